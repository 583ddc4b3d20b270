import type { QueryClient } from '@tanstack/react-query';
import { firstPageOf } from '@/config/paths';
import type { RuntimeConfig } from '@/config/runtime-config';
import { deploymentQueries, fetchDeployments, readDeploymentList } from '@/features/deployments/api/deployment-queries';
import type { Deployment } from '@/features/deployments/api/deployment-schema';
import { firstPageOfAnswer } from '@/features/deployments/api/first-page-of-answer';
import { firstRowsBodyHtml, firstRowsHtml, firstRowsLoadingHtml } from '@/features/deployments/components/list/first-rows-html';
import { readListView, type ListView } from '@/features/deployments/model/list-view';
import { readSessionInfo, sessionQuery, sessionQueryKey } from '@/lib/session/session-api';

export interface FirstPageHelpers {
  /** The session the page already holds (see config/first-page.ts), if any. */
  sessionInPage?: () => string | undefined;
  /** The list's answer for this project the page already holds (see config/first-page.ts), if any. */
  listInPage?: (projectId: number) => string | undefined;
  /** Shows the list page's rows before every deployment is read; resolves when they are on screen. */
  showFirstRows?: (projectId: number, rows: Deployment[], view: ListView) => Promise<void>;
  /** Shows the list page while its deployments are asked for. */
  showListLoading?: (view: ListView) => void;
}

/**
 * The first page's data, fetched into the query cache before React renders (what a router loader would
 * do), so that the first render already shows it. Behind the console's server the answers are already
 * in the page (the session; a list page's deployments, with its rows painted) or on their way (an
 * overview's deployment, which index.html asks for with a preload link). A fetched list's first rows
 * are shown as soon as they are picked from the answer, before the rest of it is read. The session
 * check goes first, and the deployments only once it says someone is signed in (never a 401 for a
 * visitor who has yet to sign in). Never rejects: a failure stays in the cache for the page.
 */
export async function prefetchFirstPage(
  queryClient: QueryClient,
  config: Pick<RuntimeConfig, 'auth' | 'sessionPath' | 'basePath' | 'defaultProjectId'>,
  location: Pick<Location, 'pathname' | 'search'>,
  { sessionInPage = () => undefined, listInPage = () => undefined, showFirstRows, showListLoading }: FirstPageHelpers = {},
): Promise<void> {
  const page = firstPageOf(config.basePath, location.pathname, config.defaultProjectId);
  if (config.auth === 'session') {
    const held = sessionInPage();
    const inPage = held === undefined ? undefined : readSessionInfo(held);
    if (inPage) queryClient.setQueryData(sessionQueryKey, inPage);
    const session = inPage ?? (await queryClient.fetchQuery(sessionQuery(config)).catch(() => null));
    if (!session?.signedIn) return;
  }
  if (page?.route === 'deployments') {
    const { projectId } = page;
    const embedded = listInPage(projectId);
    const list = embedded === undefined ? undefined : await readDeploymentList(embedded).catch(() => undefined);
    if (list) {
      queryClient.setQueryData(deploymentQueries.list(projectId).queryKey, list);
      return;
    }
    const view = readListView(new URLSearchParams(location.search));
    showListLoading?.(view);
    const beforeRead = async (answer: unknown) => {
      const rows = await firstPageOfAnswer(answer, view);
      if (rows?.length && showFirstRows) await showFirstRows(projectId, rows, view);
    };
    await queryClient.prefetchQuery({ ...deploymentQueries.list(projectId), queryFn: ({ signal }) => fetchDeployments(projectId, signal, beforeRead) });
  }
  if (page?.route === 'deployment') await queryClient.prefetchQuery(deploymentQueries.detail(page.projectId, page.deploymentId));
}

/**
 * The list page's rows as plain HTML in the boot frame, when the console's server has not painted them
 * already: React's first render takes a while on a slow machine, and replaces them. They take the place
 * of the loading page's placeholder rows. Returns whether it painted any.
 */
export function paintFirstRows(document: Document, projectId: number, rows: readonly Deployment[], view?: Pick<ListView, 'sort' | 'direction'>): boolean {
  const frame = document.querySelector('.boot-frame-main');
  if (!frame || rows.length === 0) return false;
  const loading = frame.querySelector('.first-rows .first-rows-loading');
  if (loading) {
    loading.outerHTML = `<tbody>${firstRowsBodyHtml(projectId, rows, Date.now())}</tbody>`;
    return true;
  }
  if (frame.querySelector('.first-rows')) return false;
  frame.insertAdjacentHTML('beforeend', firstRowsHtml(projectId, rows, Date.now(), { view }));
  return true;
}

/**
 * The list page with placeholder rows in the boot frame while its deployments are asked for: the user
 * sees the page's heading and table at once, and its rows then cost only their own layout.
 */
export function paintListLoading(document: Document, view?: Pick<ListView, 'sort' | 'direction'>): boolean {
  const frame = document.querySelector('.boot-frame-main');
  if (!frame || frame.querySelector('.first-rows')) return false;
  frame.insertAdjacentHTML('beforeend', firstRowsLoadingHtml(view));
  return true;
}

/**
 * Resolves once the browser has painted what is on the page and run what was waiting for that frame
 * (input that came meanwhile, tasks queued while it was drawn), since what follows is a long read of
 * the list (at once in a hidden tab, which paints nothing; after 250 ms at most).
 */
export function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(() => setTimeout(resolve)));
    setTimeout(resolve, 250);
  });
}
