import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '@/lib/api/api-client';
import { servingEndpoints } from '@/lib/api/serving-endpoints';
import { hopsworksErrorCodes, isApiError } from '@/lib/api/api-error';
import { readHistoryAnswer, type HistoryAnswer, type TimeWindow } from '../model/history';
import type { LogComponent } from '../model/log-target';

/** Transient logs (`GET .../serving/{id}/logs`) and Hopsworks' OpenSearch token. */

const logEntryShape = {
  instanceName: z.catch(z.string(), 'unnamed instance'),
  content: z.pipe(
    z.optional(z.unknown()),
    z.transform((value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value))),
  ),
};
const logEntrySchema = z.looseObject(logEntryShape);

/** A bare array of entries, or a page `{items}` of them. */
function entries<Entry extends z.ZodMiniType>(entry: Entry) {
  return z.union([z.array(entry), z.pipe(z.looseObject({ items: z.array(entry) }), z.transform((page: { items: z.output<Entry>[] }) => page.items))]);
}

const logsSchema = entries(logEntrySchema);

export type InstanceLog = z.output<typeof logEntrySchema>;

const historyEntrySchema = z.looseObject({ ...logEntryShape, timestamp: z.optional(z.unknown()), docId: z.optional(z.unknown()) });
const historySchema = entries(historyEntrySchema);

export interface HistoryRequest extends TimeWindow {
  /** One instance (pod name); all instances when absent. */
  pod?: string;
}

/**
 * Historical logs (`source=opensearch`, newer servers). An older server ignores `source` and answers as
 * for transient logs: entries without timestamps, or 404 / 240027 when no instance runs — both mean
 * "history is not available here", not an error.
 */
export async function fetchHistoricalLogs(projectId: number, deploymentId: number, component: LogComponent, request: HistoryRequest, signal?: AbortSignal): Promise<HistoryAnswer> {
  try {
    const raw = await apiClient.request(servingEndpoints.logs(projectId, deploymentId), historySchema, {
      query: {
        source: 'opensearch',
        component,
        since: new Date(request.since).toISOString(),
        until: new Date(request.until).toISOString(),
        pod: request.pod,
      },
      signal,
    });
    return readHistoryAnswer(raw);
  } catch (error) {
    if (isApiError(error) && error.errorCode === hopsworksErrorCodes.logsUnavailable) return { supported: false };
    throw error;
  }
}

const openSearchTokenSchema = z.looseObject({ kibanaUrl: z.optional(z.string()), token: z.optional(z.string()) });

export function fetchTransientLogs(projectId: number, deploymentId: number, component: LogComponent, tail: number, signal?: AbortSignal) {
  return apiClient.request(servingEndpoints.logs(projectId, deploymentId), logsSchema, { query: { component, tail }, signal });
}

export const logsQueries = {
  transient: (projectId: number, deploymentId: number, component: LogComponent, tail: number) =>
    queryOptions({
      // Not under ['projects', id, 'deployments']: starting or stopping a deployment must not cancel
      // and refetch every log query (up to 100,000 lines each).
      queryKey: ['projects', projectId, 'logs', deploymentId, component, tail] as const,
      queryFn: ({ signal }) => fetchTransientLogs(projectId, deploymentId, component, tail, signal),
    }),
  history: (projectId: number, deploymentId: number, component: LogComponent, request: HistoryRequest) =>
    queryOptions({
      queryKey: ['projects', projectId, 'logs', deploymentId, 'history', component, request.pod ?? null, request.since, request.until] as const,
      queryFn: ({ signal }) => fetchHistoricalLogs(projectId, deploymentId, component, request, signal),
      // A closed window's lines do not change.
      staleTime: Infinity,
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
