import { useCallback, useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { deploymentQueries, type PollingIntervals } from './deployment-queries';
import type { DeploymentList } from './deployment-schema';

/**
 * One deployment, live. Opened from the list, it shows at once what the list knew (with the list's
 * answer time, so the page says how old it is) while the fresh answer loads: no spinner for what is known.
 */
export function useDeployment(projectId: number, deploymentId: number, intervals: PollingIntervals, { inBackground = false } = {}) {
  const queryClient = useQueryClient();
  const listKey = deploymentQueries.list(projectId).queryKey;
  return useQuery({
    ...deploymentQueries.detail(projectId, deploymentId, intervals),
    // Someone waits for an outcome ("Notify me"): keep asking while the tab is in the background.
    refetchIntervalInBackground: inBackground,
    initialData: () => queryClient.getQueryData<DeploymentList>(listKey)?.deployments.find((deployment) => deployment.id === deploymentId),
    initialDataUpdatedAt: () => queryClient.getQueryState(listKey)?.dataUpdatedAt,
  });
}

/** How long the pointer rests on a row's link before its deployment is fetched ahead of the click. */
export const hoverIntentMs = 100;

/**
 * Fetches a deployment ahead of the click when the pointer rests on (or the keyboard focuses) its link;
 * an answer younger than 10 s is not asked for again. Both callbacks are stable.
 */
export function usePrefetchOnIntent(projectId: number) {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const start = useCallback(
    (deploymentId: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void queryClient.prefetchQuery({ ...deploymentQueries.detail(projectId, deploymentId), staleTime: 10_000 }), hoverIntentMs);
    },
    [queryClient, projectId],
  );
  const cancel = useCallback(() => clearTimeout(timer.current), []);
  return { start, cancel };
}
