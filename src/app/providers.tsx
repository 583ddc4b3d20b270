import { useState, type ReactNode } from 'react';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { statusIndicatorStyles } from '@/features/deployments/components/status-indicator-styles';
import { deploymentsTableStyles, rowActionBoxStyles } from '@/features/deployments/components/list/deployments-table-layout';
import { rowActionStyles } from '@/features/deployments/components/list/row-actions';
import { relativeTimeStyles } from '@/components/relative-time';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from '@/lib/theme';
import { isApiError } from '@/lib/api/api-error';
import { refetchOnMountAfterFirstSight } from './first-sight';
import { markSessionEnded } from '@/lib/session/session-api';
import { NotificationsProvider } from '@/components/notifications';
import { RuntimeConfigContext } from '@/config/runtime-config-context';
import type { RuntimeConfig } from '@/config/runtime-config';

/** `onUnauthorized`: Hopsworks answered 401 to some request (behind the console's server: the session ended). */
export function createQueryClient({ onUnauthorized }: { onUnauthorized?: (client: QueryClient) => void } = {}): QueryClient {
  const onError = (error: unknown) => {
    if (onUnauthorized && isApiError(error) && error.status === 401) onUnauthorized(client);
  };
  const queryCache = new QueryCache({ onError });
  const client: QueryClient = new QueryClient({
    queryCache,
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Client errors (404, 403, 401…) will not heal by asking again right away; the poll retries later.
        retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status !== undefined && error.status < 500),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 4000),
        refetchOnMount: refetchOnMountAfterFirstSight(queryCache),
        refetchOnWindowFocus: true,
        // A tab nobody looks at asks nothing (Hopsworks reads Kubernetes for every list); back in view it catches up.
        refetchIntervalInBackground: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

interface AppProvidersProps {
  config: RuntimeConfig;
  children: ReactNode;
  queryClient?: QueryClient;
}

export function AppProviders({ config, children, queryClient }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient(config.auth === 'session' ? { onUnauthorized: markSessionEnded } : {}));
  return (
    <RuntimeConfigContext.Provider value={config}>
      <ThemeProvider theme={theme} defaultMode="system">
        <CssBaseline enableColorScheme />
        <GlobalStyles styles={[statusIndicatorStyles, deploymentsTableStyles, rowActionBoxStyles, rowActionStyles, relativeTimeStyles]} />
        <QueryClientProvider client={client}>
          <NotificationsProvider>{children}</NotificationsProvider>
        </QueryClientProvider>
      </ThemeProvider>
    </RuntimeConfigContext.Provider>
  );
}
