// First: configures zod before any schema is built (the CSP forbids eval).
import '@/lib/zod-setup';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { startFirstPageRequests } from '@/app/start-early';
import { BootError } from '@/app/boot-error';
import { configureApiClient } from '@/lib/api/api-client';
import { loadRuntimeConfig, type RuntimeConfig } from '@/config/runtime-config';

/** Boot: read the runtime config, start the simulated backend in mock mode, then render. */

async function enableMocking(config: RuntimeConfig): Promise<ReactNode> {
  if (config.mode !== 'mock') return undefined;
  const [{ startMockBackend }, { MockControl }] = await Promise.all([import('./mocks/browser'), import('./mocks/mock-control')]);
  const { backend, settings } = await startMockBackend(new URL('mockServiceWorker.js', document.baseURI).pathname);
  return <MockControl backend={backend} settings={settings} />;
}

async function boot(root: HTMLElement) {
  const reactRoot = createRoot(root);
  try {
    const config = await loadRuntimeConfig(new URL('config.json', document.baseURI).toString());
    configureApiClient({ baseUrl: config.apiBasePath, timeoutMs: config.requestTimeoutMs });
    const mockControl = await enableMocking(config);
    startFirstPageRequests(config, window.location.pathname);
    reactRoot.render(
      <StrictMode>
        <App config={config} mockControl={mockControl} />
      </StrictMode>,
    );
  } catch (error) {
    reactRoot.render(<BootError message={error instanceof Error ? error.message : String(error)} />);
  }
}

void boot(document.getElementById('root')!);
