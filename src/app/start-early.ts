import type { QueryClient } from '@tanstack/react-query';
import { firstPageOf } from '@/config/paths';
import type { RuntimeConfig } from '@/config/runtime-config';
import { deploymentQueries, readDeploymentList } from '@/features/deployments/api/deployment-queries';
import type { DeploymentList } from '@/features/deployments/api/deployment-schema';
import { firstRowsHtml } from '@/features/deployments/components/list/first-rows-html';
import { sessionQuery } from '@/lib/session/session-api';

/**
 * The first page's data, fetched into the query cache before React renders (what a router loader would
 * do), so that the first render already shows it. Behind the console's server the answers are already
 * on their way (index.html asks for them with preload links) or in the page (a list page's deployments).
 * The session check goes first, and the deployments only once it says someone is signed in (never a
 * 401 for a visitor who has yet to sign in). Never rejects: a failure stays in the cache for the page.
 */
export async function prefetchFirstPage(
  queryClient: QueryClient,
  config: Pick<RuntimeConfig, 'auth' | 'sessionPath' | 'basePath' | 'defaultProjectId'>,
  pathname: string,
  /** The list's answer for this project the page already holds (see config/first-page.ts), if any. */
  listInPage: (projectId: number) => string | undefined = () => undefined,
): Promise<void> {
  const page = firstPageOf(config.basePath, pathname, config.defaultProjectId);
  if (config.auth === 'session') {
    const session = await queryClient.fetchQuery(sessionQuery(config)).catch(() => null);
    if (!session?.signedIn) return;
  }
  if (page?.route === 'deployments') {
    const embedded = listInPage(page.projectId);
    const list = embedded === undefined ? undefined : await readDeploymentList(embedded).catch(() => undefined);
    if (list) queryClient.setQueryData(deploymentQueries.list(page.projectId).queryKey, list);
    else await queryClient.prefetchQuery(deploymentQueries.list(page.projectId));
  }
  if (page?.route === 'deployment') await queryClient.prefetchQuery(deploymentQueries.detail(page.projectId, page.deploymentId));
}

/**
 * The first page's rows as plain HTML in the boot frame, the moment its data is in the cache, when the
 * console's server has not painted them already: React's first render takes a while on a slow machine,
 * and replaces them. Returns whether it painted any.
 */
export function paintFirstRows(
  document: Document,
  queryClient: QueryClient,
  config: Pick<RuntimeConfig, 'basePath' | 'defaultProjectId'>,
  location: Pick<Location, 'pathname' | 'search'>,
): boolean {
  const page = firstPageOf(config.basePath, location.pathname, config.defaultProjectId);
  const frame = document.querySelector('.boot-frame-main');
  if (page?.route !== 'deployments' || !frame || frame.querySelector('.first-rows')) return false;
  const list = queryClient.getQueryData<DeploymentList>(deploymentQueries.list(page.projectId).queryKey);
  const html = list ? firstRowsHtml(page.projectId, list.deployments, location.search, Date.now()) : '';
  if (html) frame.insertAdjacentHTML('beforeend', html);
  return html !== '';
}

/**
 * Resolves once the browser has painted what is on the page (at once in a hidden tab, which paints
 * nothing; after 250 ms at most). entry.ts has its own copy: the entry must share no module with the
 * console's code, or loading it would run that code before the first paint.
 */
export function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 250);
  });
}
