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
