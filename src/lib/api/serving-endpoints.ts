/** Hopsworks' serving endpoints below the API base (`/hopsworks-api/api`), for the client and the console's server. */
export const servingEndpoints = {
  list: (projectId: number) => `/project/${projectId}/serving`,
  deployment: (projectId: number, deploymentId: number) => `/project/${projectId}/serving/${deploymentId}`,
  logs: (projectId: number, deploymentId: number) => `/project/${projectId}/serving/${deploymentId}/logs`,
};
