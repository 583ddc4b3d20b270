import { describe, expect, it } from 'vitest';
import type { Transition } from './observations';
import { completedSteps, isLongerThanUsual, readUsualStepTimes, usualTime, withDurations } from './usual-step-times';

const at = (seconds: number) => 1_000_000 + seconds * 1000;
const step = (seconds: number, conditionType: Transition['conditionType'], extra: Partial<Transition> = {}): Transition => ({
  at: at(seconds),
  status: 'Starting',
  rawStatus: 'Starting',
  conditionType,
  conditionStatus: null,
  reason: '',
  ...extra,
});

describe('usual step times', () => {
  it('measures only the steps seen from beginning to end', () => {
    const transitions = [
      step(0, 'SCHEDULED'), // under way when the page opened: not a sample
      step(10, 'INITIALIZED'),
      step(25, 'INITIALIZED', { reason: 'still' }),
      step(40, 'STARTED'),
      step(100, 'READY', { status: 'Running', conditionStatus: true }), // current: not a sample
    ];
    expect(completedSteps(transitions)).toEqual([
      { type: 'INITIALIZED', since: at(10), ms: 30_000 },
      { type: 'STARTED', since: at(40), ms: 60_000 },
    ]);
  });

  it('does not count a step that failed', () => {
    expect(completedSteps([step(0, 'SCHEDULED'), step(5, 'STARTED', { conditionStatus: false, status: 'Failed' }), step(9, 'STOPPED')])).toEqual([]);
  });

  it('keeps the last ten per step; the usual time is their median, with how many starts', () => {
    let usual = {};
    for (const seconds of [30, 10, 20, 1000, 40, 50, 60, 70, 80, 90, 100]) usual = withDurations(usual, [{ type: 'STARTED', since: 0, ms: seconds * 1000 }]);
    expect(usualTime(usual, 'STARTED')).toEqual({ medianMs: 65_000, starts: 10 });
    expect(usualTime(usual, 'READY')).toBeUndefined();
  });

  it('calls a step longer than usual only well past its median, and only from two starts', () => {
    expect(isLongerThanUsual(61_000, { medianMs: 30_000, starts: 3 })).toBe(true);
    expect(isLongerThanUsual(59_000, { medianMs: 30_000, starts: 3 })).toBe(false);
    expect(isLongerThanUsual(35_000, { medianMs: 2_000, starts: 3 })).toBe(true);
    expect(isLongerThanUsual(30_000, { medianMs: 2_000, starts: 3 })).toBe(false);
    expect(isLongerThanUsual(600_000, { medianMs: 30_000, starts: 1 })).toBe(false);
    expect(isLongerThanUsual(600_000, undefined)).toBe(false);
  });

  it('reads what local storage holds defensively', () => {
    expect(readUsualStepTimes('{"STARTED":[1000,"x",-5,2000],"READY":"nope"}')).toEqual({ STARTED: [1000, 2000] });
    expect(readUsualStepTimes('not json')).toEqual({});
    expect(readUsualStepTimes('[1,2]')).toEqual({});
    expect(readUsualStepTimes(null)).toEqual({});
  });
});
