import { useState, type ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import type { RuntimeConfig } from '@/config/runtime-config';
import { AppProviders } from './providers';
import { createAppRouter } from './router';
import { SessionGate } from './session-gate';

export function App({ config, mockControl }: { config: RuntimeConfig; mockControl?: ReactNode }) {
  const [router] = useState(() => createAppRouter(config.basePath, mockControl));
  return (
    <AppProviders config={config}>
      <SessionGate>
        <RouterProvider router={router} />
      </SessionGate>
    </AppProviders>
  );
}
