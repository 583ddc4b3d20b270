import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '@/lib/api/api-client';
import { servingEndpoints } from '@/lib/api/serving-endpoints';
import { isApiError } from '@/lib/api/api-error';
import { deploymentListSchema, deploymentSchema, type Deployment, type DeploymentList } from './deployment-schema';
import { isTransitioning } from '../model/status';
import { ExpectedTransitions } from '../model/expected-transitions';
import { listPollingInterval, type PollingIntervals } from '../model/live-list';

export type { PollingIntervals };

/** Query keys and options for deployments: one factory, shared by pages and mutations. */

export const defaultPolling: PollingIntervals = { transitioningMs: 1500, settledMs: 15000 };

/** Start/stop actions accepted but not yet visible in what the backend reports (shared by every page). */
export const expectedTransitions = new ExpectedTransitions();

/** Whether a start or stop was accepted for this deployment and its reported status has not moved yet. */
export function isExpected(projectId: number, deployment: Deployment, now = Date.now()): boolean {
  return expectedTransitions.pending(projectId, [deployment], now);
}

/** Fast while anything shown is changing by itself or is expected to start changing, slower when settled. */
export function pollingInterval(
  deployments: readonly Deployment[] | undefined,
  intervals: PollingIntervals,
  projectId?: number,
  now = Date.now(),
): number {
  if (!deployments) return intervals.transitioningMs;
  if (deployments.some((deployment) => isTransitioning(deployment.status))) return intervals.transitioningMs;
  if (projectId !== undefined && expectedTransitions.pending(projectId, deployments, now)) return intervals.transitioningMs;
  return intervals.settledMs;
}

/**
 * The project's deployments. `beforeRead` gets the answer before its rows are read, and the rows are
 * read once it has resolved: the boot code paints the first page's rows from it in the meantime.
 */
export function fetchDeployments(projectId: number, signal?: AbortSignal, beforeRead?: (answer: unknown) => Promise<void>): Promise<DeploymentList> {
  if (!beforeRead) return apiClient.request(servingEndpoints.list(projectId), deploymentListSchema, { signal });
  const seenFirst = z.transform(async (answer: unknown) => {
    await beforeRead(answer);
    return answer;
  });
  return apiClient.request(servingEndpoints.list(projectId), z.pipe(seenFirst, deploymentListSchema), { signal });
}

/** A list answer the page already holds (the console's server put it into index.html), read like a fetched one. */
export function readDeploymentList(json: string): Promise<DeploymentList> {
  return deploymentListSchema.parseAsync(JSON.parse(json));
}

export function fetchDeployment(projectId: number, deploymentId: number, signal?: AbortSignal): Promise<Deployment> {
  return apiClient.request(servingEndpoints.deployment(projectId, deploymentId), deploymentSchema, { signal });
}

export function postDeploymentAction(projectId: number, deploymentId: number, action: 'START' | 'STOP'): Promise<void> {
  return apiClient.send(servingEndpoints.deployment(projectId, deploymentId), { method: 'POST', query: { action } });
}

export const deploymentQueries = {
  all: (projectId: number) => ['projects', projectId, 'deployments'] as const,
  list: (projectId: number, intervals: PollingIntervals = defaultPolling) =>
    queryOptions({
      queryKey: [...deploymentQueries.all(projectId), 'list'] as const,
      queryFn: ({ signal }) => fetchDeployments(projectId, signal),
      // The boot code fetches the first page's list before React renders: the page takes that answer.
      staleTime: 1_000,
      // The changing deployments are followed one by one (useLiveDeployments): the whole list only settled.
      refetchInterval: (query) => listPollingInterval(query.state.data?.deployments, intervals, (deployment) => isExpected(projectId, deployment)),
    }),
  detail: (projectId: number, deploymentId: number, intervals: PollingIntervals = defaultPolling) =>
    queryOptions({
      queryKey: [...deploymentQueries.all(projectId), 'detail', deploymentId] as const,
      queryFn: ({ signal }) => fetchDeployment(projectId, deploymentId, signal),
      staleTime: 1_000,
      refetchInterval: (query) => {
        // Never seen and not found: nothing to follow. Seen before: it may come back, keep checking slowly.
        if (isApiError(query.state.error) && query.state.error.status === 404) return query.state.data ? intervals.settledMs : false;
        return pollingInterval(query.state.data ? [query.state.data] : undefined, intervals, projectId);
      },
    }),
};
