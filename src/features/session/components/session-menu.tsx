import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Tooltip } from '@/components/tooltip';
import Typography from '@mui/material/Typography';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { useNotify } from '@/components/notifications';
import { errorMessage } from '@/lib/api/api-error';
import { sessionQuery, sessionQueryKey, signOut, type SessionInfo } from '@/lib/session/session-api';

/** Top bar: who is signed in and "Sign out"; in service-key mode, that the console is read-only. */
export function SessionMenu() {
  const config = useRuntimeConfig();
  const session = useQuery(sessionQuery(config)).data;
  const queryClient = useQueryClient();
  const notify = useNotify();
  const mutation = useMutation({
    mutationFn: () => signOut(config),
    onSuccess: (info: SessionInfo) => {
      // Nothing of the signed-out user's stays in memory for the next one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, info);
    },
    onError: (error) => notify(`Could not sign out: ${errorMessage(error)}`, 'error'),
  });
  if (!session || session.mode === 'demo') return null;
  if (session.mode === 'service-key') {
    const label = session.actionsAllowed ? 'Service key' : 'Service key · read-only';
    const explanation = session.actionsAllowed
      ? 'Everyone using this console acts with one shared service key.'
      : (session.actionsDisabledReason ?? 'This console is read-only.');
    return (
      <Tooltip title={explanation}>
        <Typography
          variant="body2"
          component="span"
          tabIndex={0}
          aria-label={`${label}: ${explanation}`}
          sx={{ border: 1, borderColor: 'divider', borderRadius: 4, px: 1.25, lineHeight: '22px', fontSize: '0.8125rem', whiteSpace: 'nowrap' }}
        >
          {label}
        </Typography>
      </Tooltip>
    );
  }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary" noWrap sx={{ display: { xs: 'none', sm: 'block' }, maxWidth: 220 }} title={session.user ?? undefined}>
        {session.user}
      </Typography>
      <Button size="small" color="inherit" startIcon={<LogoutOutlined />} onClick={() => mutation.mutate()} loading={mutation.isPending} aria-label="Sign out" sx={{ minWidth: 0 }}>
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          Sign out
        </Box>
      </Button>
    </Stack>
  );
}

/** A key without the PROJECT scope: say what is missing and what still works. */
export function MissingScopesNotice() {
  const config = useRuntimeConfig();
  const session = useQuery(sessionQuery(config)).data;
  if (!session?.missingScopes.includes('PROJECT')) return null;
  return (
    <Typography variant="body2" role="note" sx={{ px: 2, py: 0.75, bgcolor: 'action.hover', borderBottom: 1, borderColor: 'divider' }}>
      Your API key has no PROJECT scope: listing, opening, starting and stopping deployments and reading their logs work; project names,
      switching projects and the OpenSearch token for &quot;See logs&quot; need a key with the PROJECT scope.
    </Typography>
  );
}
