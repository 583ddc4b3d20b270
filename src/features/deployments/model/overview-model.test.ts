import { describe, expect, it } from 'vitest';
import { conditionSteps } from './condition-steps';
import { failureCause } from './failure-cause';
import { emptyObservations, observe, timeInCondition } from './observations';
import type { Condition } from './condition';
import type { DeploymentStatus } from './status';
import { deploymentSchema, type Deployment } from '../api/deployment-schema';

const condition = (type: Condition['type'], status: boolean | null, reason = ''): Condition => ({ type, rawType: type, status, reason });
const states = (status: DeploymentStatus, c: Condition | null) => conditionSteps(status, c).steps.map((step) => `${step.type}:${step.state}`);

describe('conditionSteps', () => {
  it('marks the steps before the current one done and the current one in progress', () => {
    expect(states('Starting', condition('INITIALIZED', null))).toEqual(['SCHEDULED:done', 'INITIALIZED:active', 'STARTED:pending', 'READY:pending']);
  });

  it('shows the first step in progress while waiting to be scheduled', () => {
    expect(states('Starting', condition('SCHEDULED', null))).toEqual(['SCHEDULED:active', 'INITIALIZED:pending', 'STARTED:pending', 'READY:pending']);
  });

  it('marks a failed step and leaves the later ones not reached', () => {
    expect(states('Failed', condition('STARTED', false))).toEqual(['SCHEDULED:done', 'INITIALIZED:done', 'STARTED:failed', 'READY:pending']);
    expect(states('Failed', condition('SCHEDULED', false))).toEqual(['SCHEDULED:failed', 'INITIALIZED:pending', 'STARTED:pending', 'READY:pending']);
  });

  it('shows every step done when ready, running or idle', () => {
    expect(states('Running', condition('READY', true))).toEqual(['SCHEDULED:done', 'INITIALIZED:done', 'STARTED:done', 'READY:done']);
    expect(states('Idle', condition('READY', true))).toEqual(['SCHEDULED:done', 'INITIALIZED:done', 'STARTED:done', 'READY:done']);
  });

  it('accepts the docs’ true rows for intermediate steps', () => {
    expect(states('Starting', condition('INITIALIZED', true))).toEqual(['SCHEDULED:done', 'INITIALIZED:done', 'STARTED:pending', 'READY:pending']);
  });

  it('walks the stop flow: unscheduling, then stopping, then stopped', () => {
    expect(conditionSteps('Stopping', condition('SCHEDULED', null)).flow).toBe('stop');
    expect(states('Stopping', condition('SCHEDULED', null))).toEqual(['SCHEDULED:active', 'STOPPED:pending']);
    expect(states('Stopping', condition('STOPPED', null))).toEqual(['SCHEDULED:done', 'STOPPED:active']);
    expect(states('Stopped', condition('STOPPED', true))).toEqual(['SCHEDULED:done', 'STOPPED:done']);
  });

  it('a Starting deployment whose condition is STOPPED ("Deployment is being prepared") is a start in progress, not a stop', () => {
    const preparing = { type: 'STOPPED' as const, rawType: 'STOPPED', status: null, reason: 'Deployment is being prepared' };
    expect(conditionSteps('Starting', preparing).flow).toBe('start');
    expect(states('Starting', preparing)).toEqual(['SCHEDULED:done', 'INITIALIZED:active', 'STARTED:pending', 'READY:pending']);
    expect(conditionSteps('Starting', preparing).note).toMatch(/^Preparing: the storage initializer restarted .*“Deployment is being prepared”/);
  });

  it('explains why there are no steps', () => {
    expect(conditionSteps('Created', condition('STOPPED', true)).note).toMatch(/never been started/);
    expect(conditionSteps('Creating', condition('STOPPED', null)).note).toMatch(/being created/);
    expect(conditionSteps('Running', null).note).toMatch(/did not report a condition/);
    expect(conditionSteps('Running', { type: 'UNKNOWN', rawType: 'WARM', status: true, reason: '' }).note).toMatch(/WARM/);
  });
});

describe('failureCause', () => {
  const failed = (c: Condition | null) => failureCause({ status: 'Failed', condition: c });

  it('is null for a healthy deployment', () => {
    expect(failureCause({ status: 'Running', condition: condition('READY', true) })).toBeNull();
    expect(failureCause({ status: 'Starting', condition: condition('STARTED', null) })).toBeNull();
  });

  it('SCHEDULED false: not enough resources; suggests lowering requests or asking an administrator', () => {
    const cause = failed(condition('SCHEDULED', false, 'Failed to be scheduled: 0/3 nodes are available: 3 Insufficient cpu.'));
    expect(cause?.kind).toBe('scheduling');
    expect(cause?.nextSteps.join(' ')).toMatch(/Lower the requested cores/);
    expect(cause?.nextSteps.join(' ')).toMatch(/administrator/);
  });

  it('INITIALIZED false: the storage initializer, with its container logs', () => {
    expect(failed(condition('INITIALIZED', false))).toMatchObject({ kind: 'initialization', historicalLogs: { container: 'storage-initializer' } });
  });

  it.each(['predictor', 'transformer'] as const)('STARTED false names the %s from the reason and points at its logs', (component) => {
    const cause = failed(condition('STARTED', false, `Failed to run: ${component} terminated unsuccessfully`));
    expect(cause).toMatchObject({ kind: component, component });
    expect(cause?.nextSteps).toContain('A failed deployment must be stopped before it can be started again.');
  });

  it('READY false: connectivity', () => {
    expect(failed(condition('READY', false, 'Failed to setup connectivity: x'))?.kind).toBe('connectivity');
  });

  it('a Failed status without a failed condition still gets guidance', () => {
    expect(failed(null)?.kind).toBe('unknown');
  });
});

describe('observations', () => {
  const base = deploymentSchema.parse({ id: 1, name: 'm', status: 'Starting', condition: { type: 'SCHEDULED', reason: 'Waiting for being scheduled' } });
  const withCondition = (type: string, status: string, running: number): Deployment =>
    deploymentSchema.parse({ id: 1, name: 'm', status, condition: { type, reason: type }, availableInstances: running, requestedInstances: 1 });

  it('records a transition only when status or condition changes, and a sample each poll', () => {
    let observed = observe(emptyObservations, base, 1000);
    observed = observe(observed, base, 3000);
    observed = observe(observed, withCondition('INITIALIZED', 'Starting', 1), 5000);
    expect(observed.transitions.map((t) => t.conditionType)).toEqual(['SCHEDULED', 'INITIALIZED']);
    expect(observed.samples.map((s) => s.predictor)).toEqual([0, 0, 1]);
  });

  it('ignores an older or repeated answer', () => {
    const observed = observe(emptyObservations, base, 1000);
    expect(observe(observed, base, 1000)).toBe(observed);
  });

  it('measures the time spent in each condition as observed', () => {
    let observed = observe(emptyObservations, base, 0);
    observed = observe(observed, withCondition('INITIALIZED', 'Starting', 1), 3000);
    observed = observe(observed, withCondition('INITIALIZED', 'Starting', 1), 5000);
    const times = timeInCondition(observed.transitions, 133_000);
    expect(times.get('SCHEDULED')).toEqual({ since: 0, duration: 3000, current: false });
    expect(times.get('INITIALIZED')).toEqual({ since: 3000, duration: 130_000, current: true });
  });
});
