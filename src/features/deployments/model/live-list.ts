import type { DeploymentStatus } from './status';
import { isTransitioning } from './status';

/**
 * The list page polls the whole list at the settled interval and each changing deployment on its own
 * endpoint at the fast interval. These rules fold the single-deployment answers into the list: an
 * answer newer than the list's replaces its row; the next list answer (newer still) takes over again.
 */

export interface FoldableDeployment {
  id: number;
  status: DeploymentStatus;
}

export interface SingleAnswer<T> {
  deployment: T;
  /** When it arrived (epoch ms). */
  at: number;
}

export function foldAnswers<T extends FoldableDeployment>(list: readonly T[], listAt: number, answers: ReadonlyMap<number, SingleAnswer<T>>): readonly T[] {
  if (answers.size === 0) return list;
  let changed = false;
  const folded = list.map((deployment) => {
    const answer = answers.get(deployment.id);
    if (!answer || answer.at <= listAt || answer.deployment === deployment) return deployment;
    changed = true;
    return answer.deployment;
  });
  return changed ? folded : list;
}

/** The deployments to follow one by one, fast: changing by themselves, or expected to start changing. */
export function deploymentsToWatch<T extends FoldableDeployment>(deployments: readonly T[], expected: (deployment: T) => boolean): number[] {
  const ids: number[] = [];
  for (const deployment of deployments) if (isTransitioning(deployment.status) || expected(deployment)) ids.push(deployment.id);
  return ids;
}

/** Beyond this many changing at once (a bulk restart), one fast list call costs less than that many single ones. */
export const maxWatchedOneByOne = 20;

export interface PollingIntervals {
  transitioningMs: number;
  settledMs: number;
}

/**
 * The whole list's interval: settled while at most `maxWatchedOneByOne` deployments change (those are
 * followed one by one), fast when more do — and fast until a first answer arrives.
 */
export function listPollingInterval<T extends FoldableDeployment>(deployments: readonly T[] | undefined, intervals: PollingIntervals, expected: (deployment: T) => boolean): number {
  if (!deployments) return intervals.transitioningMs;
  return deploymentsToWatch(deployments, expected).length > maxWatchedOneByOne ? intervals.transitioningMs : intervals.settledMs;
}
