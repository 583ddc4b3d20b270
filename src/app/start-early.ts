import { matchPath } from 'react-router';
import { paths } from '@/config/paths';
import type { RuntimeConfig } from '@/config/runtime-config';
import { startDeploymentListEarly } from '@/features/deployments/api/deployment-queries';
import { startSessionCheckEarly } from '@/lib/session/session-api';

/** The project of a list URL (`pathname` is the browser's path, under the console's base path), else null. */
export function listPageProject(basePath: string, pathname: string): number | null {
  const base = basePath.replace(/\/$/, '');
  if (base && !pathname.startsWith(`${base}/`)) return null;
  const match = matchPath(paths.deployments.path, pathname.slice(base.length) || '/');
  const projectId = Number(match?.params.projectId);
  return Number.isInteger(projectId) && projectId > 0 ? projectId : null;
}

/**
 * The first page's data, asked for as soon as the API client is configured instead of after React's
 * first render. Behind the console's server the session check goes first, and the list only once it
 * says someone is signed in (never a 401 for a visitor who has yet to sign in).
 */
export function startFirstPageRequests(config: Pick<RuntimeConfig, 'auth' | 'sessionPath' | 'basePath'>, pathname: string): void {
  const projectId = listPageProject(config.basePath, pathname);
  if (config.auth === 'none') {
    if (projectId !== null) startDeploymentListEarly(projectId);
    return;
  }
  startSessionCheckEarly(config).then(
    (session) => {
      if (session.signedIn && projectId !== null) startDeploymentListEarly(projectId);
    },
    () => undefined, // the session query reports it
  );
}
