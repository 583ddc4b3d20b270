import { describe, expect, it } from 'vitest';
import { expectationWindowMs, ExpectedTransitions } from './expected-transitions';
import { pollingInterval } from '../api/deployment-queries';
import { deploymentSchema } from '../api/deployment-schema';

const intervals = { transitioningMs: 1500, settledMs: 15000 };
const deployment = (status: string) => deploymentSchema.parse({ id: 7, name: 'm', status });

describe('after an accepted start, the page polls fast until the backend shows it', () => {
  it('stays fast while the backend still reports the old status, then settles once it moved or time is up', () => {
    const transitions = new ExpectedTransitions();
    transitions.expect(119, 7, 'Stopped', 0);
    expect(transitions.pending(119, [deployment('Starting')], 100)).toBe(false); // the page's own optimistic status
    expect(transitions.pending(119, [deployment('Stopped')], 200)).toBe(true); // a stale answer: keep asking
    expect(transitions.pending(120, [deployment('Stopped')], 200)).toBe(false); // another project
    expect(transitions.pending(119, [deployment('Running')], 300)).toBe(false);
    expect(transitions.pending(119, [deployment('Stopped')], expectationWindowMs)).toBe(false); // bounded
  });

  it('makes the list poll at the fast interval while a stale answer shows the old status', async () => {
    const { expectedTransitions } = await import('../api/deployment-queries');
    const stale = [deployment('Stopped')];
    expect(pollingInterval(stale, intervals, 119, 1_000)).toBe(intervals.settledMs);
    expectedTransitions.expect(119, 7, 'Stopped', 1_000);
    expect(pollingInterval(stale, intervals, 119, 2_000)).toBe(intervals.transitioningMs);
    expect(pollingInterval(stale, intervals, 119, 1_000 + expectationWindowMs)).toBe(intervals.settledMs);
  });
});
