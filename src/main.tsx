// First: configures zod before any schema is built (the CSP forbids eval).
import '@/lib/zod-setup';
import { StrictMode, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/providers';
import { afterNextPaint, paintFirstRows, paintListLoading, prefetchFirstPage } from '@/app/start-early';
import { runtimeConfigBlockId, sessionBlockId, takeDataBlock, takeListDataBlock } from '@/config/first-page';
import { BootError } from '@/app/boot-error';
import { warmUpFirstRows } from '@/features/deployments/components/list/first-rows-warm-up';
import { configureApiClient } from '@/lib/api/api-client';
import { markSessionEnded } from '@/lib/session/session-api';
import { loadRuntimeConfig, type RuntimeConfig } from '@/config/runtime-config';

/** Boot: read the runtime config, start the simulated backend in mock mode, fetch the first page's data, render. */

declare global {
  interface Window {
    /** Where the TanStack Query browser devtools look for the cache. */
    __TANSTACK_QUERY_CLIENT__?: QueryClient;
  }
}

async function enableMocking(config: RuntimeConfig): Promise<ReactNode> {
  if (config.mode !== 'mock') return undefined;
  const [{ startMockBackend }, { MockControl }] = await Promise.all([import('./mocks/browser'), import('./mocks/mock-control')]);
  const { backend, settings } = await startMockBackend(new URL('mockServiceWorker.js', document.baseURI).pathname);
  return <MockControl backend={backend} settings={settings} />;
}

async function boot(root: HTMLElement) {
  const reactRoot = createRoot(root);
  try {
    const config = await loadRuntimeConfig(new URL('config.json', document.baseURI).toString(), takeDataBlock(document, runtimeConfigBlockId));
    configureApiClient({ baseUrl: config.apiBasePath, timeoutMs: config.requestTimeoutMs });
    const mockControl = await enableMocking(config);
    const queryClient = createQueryClient(config.auth === 'session' ? { onUnauthorized: markSessionEnded } : {});
    // Mock mode (demos, development, tests): the query cache is open to the devtools, and tests wait on it.
    if (mockControl) window.__TANSTACK_QUERY_CLIENT__ = queryClient;
    const firstPage = prefetchFirstPage(queryClient, config, window.location, {
      sessionInPage: () => takeDataBlock(document, sessionBlockId),
      listInPage: (projectId) => takeListDataBlock(document, projectId),
      showFirstRows: async (projectId, rows, view) => {
        if (paintFirstRows(document, projectId, rows, view)) await afterNextPaint();
      },
      showListLoading: (view) => {
        paintListLoading(document, view);
        void warmUpFirstRows(view);
      },
    });
    await Promise.race([firstPage, new Promise((resolve) => setTimeout(resolve, config.firstRenderWaitMs))]);
    reactRoot.render(
      <StrictMode>
        <App config={config} queryClient={queryClient} mockControl={mockControl} />
      </StrictMode>,
    );
  } catch (error) {
    reactRoot.render(<BootError message={error instanceof Error ? error.message : String(error)} />);
  }
}

void boot(document.getElementById('root')!);
