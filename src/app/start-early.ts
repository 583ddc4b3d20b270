import type { QueryClient } from '@tanstack/react-query';
import { firstPageOf } from '@/config/paths';
import type { RuntimeConfig } from '@/config/runtime-config';
import { deploymentQueries, readDeploymentList } from '@/features/deployments/api/deployment-queries';
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
