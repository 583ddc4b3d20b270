import { useMemo } from 'react';
import { useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { deploymentQueries, isExpected, type PollingIntervals } from './deployment-queries';
import type { Deployment } from './deployment-schema';
import { deploymentsToWatch, foldAnswers, maxWatchedOneByOne, type SingleAnswer } from '../model/live-list';

/** Single-deployment answers in the cache that are newer than the list's answer. */
function newerSingleAnswers(queryClient: QueryClient, projectId: number, listAt: number): Map<number, SingleAnswer<Deployment>> {
  const answers = new Map<number, SingleAnswer<Deployment>>();
  for (const query of queryClient.getQueryCache().findAll({ queryKey: [...deploymentQueries.all(projectId), 'detail'] })) {
    const deployment = query.state.data as Deployment | undefined;
    if (deployment && query.state.dataUpdatedAt > listAt) answers.set(deployment.id, { deployment, at: query.state.dataUpdatedAt });
  }
  return answers;
}

/**
 * A project's deployments, live at a cost that follows what changes: the whole list at the settled
 * interval, each changing deployment on its own endpoint at the fast interval, its answers folded into
 * the list (see model/live-list.ts). Returns the list query (for its errors and refresh state) and the
 * folded deployments.
 */
export function useLiveDeployments(projectId: number, intervals: PollingIntervals) {
  const queryClient = useQueryClient();
  const list = useQuery(deploymentQueries.list(projectId, intervals));
  const listed = list.data?.deployments;
  const answers = newerSingleAnswers(queryClient, projectId, list.dataUpdatedAt);
  const answersKey = [...answers].map(([id, answer]) => `${id}@${answer.at}`).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `answers` is rebuilt every render; its key says when it changed
  const deployments = useMemo(() => listed && foldAnswers(listed, list.dataUpdatedAt, answers), [listed, list.dataUpdatedAt, answersKey]);
  const watched = useMemo(() => {
    const ids = deployments ? deploymentsToWatch(deployments, (deployment) => isExpected(projectId, deployment)) : [];
    return ids.length > maxWatchedOneByOne ? [] : ids;
  }, [deployments, projectId]);
  // Reading each answer's time subscribes this component to it: a new answer re-renders and is folded in.
  useQueries({ queries: watched.map((id) => deploymentQueries.detail(projectId, id, intervals)), combine: (results) => results.map((result) => result.dataUpdatedAt).join(',') });
  return { list, deployments };
}
