import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api/api-client';
import type { LogComponent } from '../model/log-target';

/** Transient logs (`GET .../serving/{id}/logs`) and Hopsworks' OpenSearch token. */

const logEntrySchema = z.looseObject({
  instanceName: z.string().catch('unnamed instance'),
  content: z
    .unknown()
    .optional()
    .transform((value) => (typeof value === 'string' ? value : value == null ? '' : String(value))),
});

const logsSchema = z.union([
  z.array(logEntrySchema),
  z.looseObject({ items: z.array(logEntrySchema) }).transform((page) => page.items),
]);

export type InstanceLog = z.output<typeof logEntrySchema>;

const openSearchTokenSchema = z.looseObject({ kibanaUrl: z.string().optional(), token: z.string().optional() });

export function fetchTransientLogs(projectId: number, deploymentId: number, component: LogComponent, tail: number, signal?: AbortSignal) {
  return apiClient.request(`/project/${projectId}/serving/${deploymentId}/logs`, logsSchema, { query: { component, tail }, signal });
}

export const logsQueries = {
  transient: (projectId: number, deploymentId: number, component: LogComponent, tail: number) =>
    queryOptions({
      // Not under ['projects', id, 'deployments']: starting or stopping a deployment must not cancel
      // and refetch every log query (up to 100,000 lines each).
      queryKey: ['projects', projectId, 'logs', deploymentId, component, tail] as const,
      queryFn: ({ signal }) => fetchTransientLogs(projectId, deploymentId, component, tail, signal),
    }),
  openSearchToken: (projectId: number) =>
    queryOptions({
      queryKey: ['projects', projectId, 'opensearch-token'] as const,
      queryFn: ({ signal }) => apiClient.request(`/elastic/jwt/${projectId}`, openSearchTokenSchema, { signal }),
      staleTime: 5 * 60_000,
      // Refused (e.g. a SERVING-only API key): the link works without the token.
      retry: false,
    }),
};
