import type { ReactNode } from 'react';
import type { RuntimeConfig } from '@/config/runtime-config';
import { AppProviders } from './providers';
import { AppRouter } from './router';
import { SessionGate } from './session-gate';

export function App({ config, mockControl }: { config: RuntimeConfig; mockControl?: ReactNode }) {
  return (
    <AppProviders config={config}>
      <SessionGate>
        <AppRouter basename={config.basePath} mockControl={mockControl} />
      </SessionGate>
    </AppProviders>
  );
}
