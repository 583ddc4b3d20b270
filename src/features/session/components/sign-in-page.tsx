import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { isApiError, errorMessage } from '@/lib/api/api-error';
import { signIn, type SessionInfo, type SignInRequest } from '@/lib/session/session-api';

type Method = SignInRequest['method'];

interface SignInPageProps {
  /** The session ended under the user (Hopsworks answered 401). */
  ended: boolean;
  hopsworksHost: string | null;
  onSignedIn: (session: SessionInfo) => void;
}

/** The refusal reason the console's server sends with a refused sign-in. */
function refusalReason(error: unknown): string | undefined {
  return isApiError(error) ? error.reason : undefined;
}

/**
 * Sign in to Hopsworks as yourself: email and password (and the two-factor code when the cluster asks
 * for it), or a personal API key. The page keeps its URL, so the user lands where they were.
 */
export function SignInPage({ ended, hopsworksHost, onSignedIn }: SignInPageProps) {
  const config = useRuntimeConfig();
  const [method, setMethod] = useState<Method>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState('');
  const [needsOtp, setNeedsOtp] = useState(false);
  const [apiKey, setApiKey] = useState('');
  const mutation = useMutation({
    mutationFn: (request: SignInRequest) => signIn(config, request),
    onSuccess: onSignedIn,
    onError: (error) => {
      const reason = refusalReason(error);
      if (reason === 'otp-required' || reason === 'bad-otp') setNeedsOtp(true);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(method === 'password' ? { method, email, password, ...(needsOtp && otp ? { otp } : {}) } : { method, apiKey });
  };
  const chooseMethod = (next: Method) => {
    setMethod(next);
    mutation.reset();
  };

  return (
    <Box component="main" id="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', px: 2, py: 4 }}>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 440, p: { xs: 3, sm: 4 } }}>
        <Stack spacing={2.5} component="form" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
          <Box>
            <Typography variant="overline" color="text.secondary">
              Model Serving Console
            </Typography>
            <Typography id="sign-in-title" variant="h1" sx={{ fontSize: '1.6rem' }}>
              Sign in to Hopsworks
            </Typography>
            {hopsworksHost && (
              <Typography variant="body2" color="text.secondary">
                as yourself, on {hopsworksHost}
              </Typography>
            )}
          </Box>
          {ended && !mutation.isError && <Alert severity="warning">Your Hopsworks session has ended — sign in again.</Alert>}
          <Tabs value={method} onChange={(_event, next: Method) => chooseMethod(next)} aria-label="How to sign in" variant="fullWidth">
            <Tab value="password" label="Email and password" />
            <Tab value="api-key" label="API key" />
          </Tabs>
          {method === 'password' ? (
            <>
              <TextField label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required autoFocus />
              <TextField label="Password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
              {needsOtp && (
                <TextField
                  label="Two-factor code"
                  autoComplete="one-time-code"
                  value={otp}
                  onChange={(e) => setOtp(e.target.value.trim())}
                  slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 16 } }}
                  helperText="The code from your authenticator app."
                  autoFocus
                />
              )}
            </>
          ) : (
            <TextField
              label="API key"
              type="password"
              autoComplete="off"
              value={apiKey}
              onChange={(e) => setApiKey(e.target.value)}
              required
              autoFocus
              helperText="A personal API key with the SERVING scope (add PROJECT for project names and switching). Needed where password sign-in is off."
            />
          )}
          {mutation.isError && (
            <Alert severity="error" role="alert">
              {errorMessage(mutation.error)}
              {refusalReason(mutation.error) === 'password-login-disabled' && method === 'password' && (
                <Button size="small" color="inherit" onClick={() => chooseMethod('api-key')} sx={{ ml: 1 }}>
                  Use an API key
                </Button>
              )}
            </Alert>
          )}
          <Button type="submit" variant="contained" size="large" loading={mutation.isPending}>
            Sign in
          </Button>
          <Typography variant="caption" color="text.secondary">
            Your credential stays on the console&apos;s server, in an encrypted session; this page never sees it again.
          </Typography>
        </Stack>
      </Paper>
    </Box>
  );
}

