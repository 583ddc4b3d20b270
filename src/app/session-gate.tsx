import { lazy, Suspense, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import { ProgressBar } from '@/components/progress-bar';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { ErrorPanel } from '@/components/error-panel';
import { sessionQuery, sessionQueryKey, type SessionInfo } from '@/lib/session/session-api';

// Only signed-out users need it: kept out of the entry script.
const SignInPage = lazy(async () => ({ default: (await import('@/features/session/components/sign-in-page')).SignInPage }));

/**
 * Behind the console's server: the app once signed in, else the sign-in page — at the same URL, so
 * after signing in (again) the user is back where they were, filters and log view included.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const config = useRuntimeConfig();
  const queryClient = useQueryClient();
  const session = useQuery({ ...sessionQuery(config), enabled: config.auth === 'session' });
  if (config.auth === 'none' || session.data?.signedIn) return children;
  if (session.data) {
    const onSignedIn = (info: SessionInfo) => {
      queryClient.setQueryData(sessionQueryKey, info);
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    };
    return (
      <Suspense fallback={<ProgressBar label="Loading the sign-in page" />}>
        <SignInPage ended={session.data.ended === true} hopsworksHost={session.data.hopsworksHost} onSignedIn={onSignedIn} />
      </Suspense>
    );
  }
  if (session.isError) {
    return (
      <Box sx={{ p: 3 }}>
        <ErrorPanel title="Could not reach the console's server" error={session.error} onRetry={() => void session.refetch()} />
      </Box>
    );
  }
  return <ProgressBar label="Checking your session" />;
}
