import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { RuntimeConfig } from '@/config/runtime-config';
import { AppProviders } from './providers';
import { AppRouter } from './router';
import { SessionGate } from './session-gate';

export function App({ config, queryClient, mockControl }: { config: RuntimeConfig; queryClient?: QueryClient; mockControl?: ReactNode }) {
  return (
    <AppProviders config={config} queryClient={queryClient}>
      <SessionGate>
        <AppRouter basename={config.basePath} mockControl={mockControl} />
      </SessionGate>
    </AppProviders>
  );
}
