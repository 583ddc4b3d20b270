import { describe, expect, it } from 'vitest';
import { canNotifyOnOutcome, isOutcome, outcomeNotice, tabTitle } from './settle-notice';
import { knownStatuses } from './status';

describe('notify me when it settles', () => {
  it('the outcomes are Running, Idle, Stopped and Failed; it is offered while the deployment changes', () => {
    expect(knownStatuses.filter(isOutcome)).toEqual(['Running', 'Idle', 'Failed', 'Stopped']);
    expect(knownStatuses.filter(canNotifyOnOutcome)).toEqual(['Creating', 'Starting', 'Updating', 'Stopping']);
  });

  it('says which deployment reached what, with the server\'s reason', () => {
    expect(outcomeNotice('fraudmodel', 'Failed', 'Failed', 'Failed to run: predictor terminated unsuccessfully')).toEqual({
      title: 'fraudmodel is Failed',
      body: 'Failed to run: predictor terminated unsuccessfully',
    });
    expect(outcomeNotice('fraudmodel', 'Running', 'Running', undefined).body).toBe('The deployment fraudmodel is now Running.');
  });

  it('marks the tab title while the outcome waits unseen', () => {
    expect(tabTitle('fraudmodel', 'Running', true)).toBe('● Running · fraudmodel');
    expect(tabTitle('fraudmodel', 'Running', false)).toBe('Running · fraudmodel');
  });
});
