import { describe, expect, it } from 'vitest';
import { deploymentsToWatch, foldAnswers, listPollingInterval, maxWatchedOneByOne } from './live-list';
import type { DeploymentStatus } from './status';

const d = (id: number, status: DeploymentStatus) => ({ id, status });

describe('folding single-deployment answers into the list', () => {
  const list = [d(1, 'Running'), d(2, 'Starting'), d(3, 'Stopped')];

  it('an answer newer than the list replaces its row; the rest stay the same objects', () => {
    const folded = foldAnswers(list, 1000, new Map([[2, { deployment: d(2, 'Running'), at: 2500 }]]));
    expect(folded).toEqual([d(1, 'Running'), d(2, 'Running'), d(3, 'Stopped')]);
    expect(folded[0]).toBe(list[0]);
  });

  it('a list answer newer than the single answer wins (it may know more: a stop since, a deletion)', () => {
    expect(foldAnswers(list, 3000, new Map([[2, { deployment: d(2, 'Running'), at: 2500 }]]))).toBe(list);
  });

  it('answers for deployments the list no longer has are ignored, and nothing to fold keeps the same array', () => {
    expect(foldAnswers(list, 1000, new Map([[9, { deployment: d(9, 'Running'), at: 5000 }]]))).toBe(list);
    expect(foldAnswers(list, 1000, new Map())).toBe(list);
  });
});

describe('which deployments are followed one by one', () => {
  it('the changing ones and those an action is expected to change, nothing else', () => {
    const list = [d(1, 'Running'), d(2, 'Starting'), d(3, 'Stopped'), d(4, 'Stopping'), d(5, 'Idle'), d(6, 'Updating'), d(7, 'Failed')];
    expect(deploymentsToWatch(list, (deployment) => deployment.id === 3)).toEqual([2, 3, 4, 6]);
    expect(deploymentsToWatch(list.filter((x) => x.id !== 2 && x.id !== 4 && x.id !== 6), () => false)).toEqual([]);
  });
});

describe("the whole list's polling interval", () => {
  const intervals = { transitioningMs: 1500, settledMs: 15000 };
  const many = (count: number, status: DeploymentStatus) => Array.from({ length: count }, (_, index) => d(index + 1, status));

  it('settled while the changing deployments are followed one by one', () => {
    expect(listPollingInterval([...many(1999, 'Running'), d(5000, 'Starting')], intervals, () => false)).toBe(intervals.settledMs);
    expect(listPollingInterval(many(maxWatchedOneByOne, 'Starting'), intervals, () => false)).toBe(intervals.settledMs);
  });

  it('fast when more change at once than are worth following one by one, and before the first answer', () => {
    expect(listPollingInterval(many(maxWatchedOneByOne + 1, 'Stopping'), intervals, () => false)).toBe(intervals.transitioningMs);
    expect(listPollingInterval(many(maxWatchedOneByOne + 1, 'Running'), intervals, () => true)).toBe(intervals.transitioningMs);
    expect(listPollingInterval(undefined, intervals, () => false)).toBe(intervals.transitioningMs);
  });
});
