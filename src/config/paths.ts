/** The route table: each route's pattern next to the function that builds its links. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  deployments: {
    path: '/p/:projectId/deployments',
    getHref: (projectId: number | string, search = '') => `/p/${encodeURIComponent(String(projectId))}/deployments${search}`,
  },
  deployment: {
    path: '/p/:projectId/deployments/:deploymentId',
    getHref: (projectId: number | string, deploymentId: number | string, search = '') =>
      `/p/${encodeURIComponent(String(projectId))}/deployments/${encodeURIComponent(String(deploymentId))}${search}`,
  },
} as const;

export type FirstPage = { route: 'deployments'; projectId: number } | { route: 'deployment'; projectId: number; deploymentId: number };

const positiveId = (text: string | undefined) => {
  const id = Number(text);
  return /^\d+$/.test(text ?? '') && Number.isSafeInteger(id) && id > 0 ? id : null;
};

/**
 * The page a browser path opens (below the console's base path), when it is one whose data can be
 * fetched before the app renders — by the boot code, and named by the console's server in preload links.
 * Plain string work, no router: the server uses it too.
 */
export function firstPageOf(basePath: string, pathname: string, defaultProjectId?: number): FirstPage | null {
  const base = basePath.replace(/\/$/, '');
  if (base && !pathname.startsWith(`${base}/`) && pathname !== base) return null;
  const segments = pathname.slice(base.length).split('/').filter(Boolean);
  // The console's root opens the default project's list.
  if (segments.length === 0) return defaultProjectId ? { route: 'deployments', projectId: defaultProjectId } : null;
  const [p, projectText, deployments, deploymentText, ...rest] = segments;
  const projectId = positiveId(projectText);
  if (p !== 'p' || deployments !== 'deployments' || projectId === null || rest.length > 0) return null;
  if (deploymentText === undefined) return { route: 'deployments', projectId };
  const deploymentId = positiveId(deploymentText);
  return deploymentId === null ? null : { route: 'deployment', projectId, deploymentId };
}
