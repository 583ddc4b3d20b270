import { describe, expect, it } from 'vitest';
import { actionVerdict, applyAction, derive, durationsFor, receiveRequest, redeploy, settle, toWire, type SimDeployment } from './lifecycle';
import { makeSpec } from './seed';
import { contractRefusalRows } from './contract-refusals';
import { reasons } from './hopsworks-wire';

const durations = durationsFor(1);
const t0 = 1_700_000_000_000;

function deployment(overrides: Partial<SimDeployment> = {}, transformer = false, instances = 1): SimDeployment {
  return {
    spec: makeSpec({ id: 1, name: 'fraudmodel', transformer, instances, createdAgo: 1000 }, t0),
    activity: { kind: 'stopped' },
    ...overrides,
  };
}

/** Applies settle, then reads the wire state, at time t. */
function at(dep: SimDeployment, t: number) {
  const settled = settle(dep, t, durations);
  return { dep: settled, wire: toWire(settled, t, durations) };
}

function start(dep: SimDeployment, t = t0): SimDeployment {
  const result = applyAction(dep, 'START', t, durations);
  if (!result.ok) throw new Error(result.usrMsg);
  return result.deployment;
}

describe('START', () => {
  it('walks SCHEDULED → INITIALIZED → STARTED → READY with the backend reasons and ends Running', () => {
    let dep = start(deployment({}, true, 2));
    const seen: [string, string, boolean | undefined, string, number, number | undefined][] = [];
    for (let t = t0; t <= t0 + 20_000; t += 500) {
      const state = at(dep, t);
      dep = state.dep;
      const w = state.wire;
      const row: (typeof seen)[number] = [w.status, w.condition.type, w.condition.status, w.condition.reason, w.availableInstances, w.availableTransformerInstances];
      if (JSON.stringify(seen.at(-1)) !== JSON.stringify(row)) seen.push(row);
    }
    expect(seen).toEqual([
      ['Starting', 'SCHEDULED', undefined, reasons.waitingScheduled, 0, 0],
      ['Starting', 'INITIALIZED', undefined, reasons.initializing, 1, 1],
      ['Starting', 'STARTED', undefined, reasons.starting, 2, 1],
      ['Starting', 'READY', undefined, reasons.settingUpConnectivity, 2, 1],
      ['Running', 'READY', true, reasons.ready, 2, 1],
    ]);
  });

  it('a failing storage initializer first restarts — Starting with STOPPED "Deployment is being prepared" — then fails', () => {
    const dep = start(deployment({ fault: 'initialize' }));
    const initializingFrom = t0 + durations.scheduling;
    expect(at(dep, initializingFrom + 1).wire).toMatchObject({ status: 'Starting', condition: { type: 'INITIALIZED', reason: 'Initializing deployment' } });
    expect(at(dep, initializingFrom + durations.initializing / 2).wire).toMatchObject({
      status: 'Starting',
      condition: { type: 'STOPPED', reason: 'Deployment is being prepared' },
    });
    expect(at(dep, initializingFrom + durations.initializing / 2).wire.condition.status).toBeUndefined();
    expect(at(dep, initializingFrom + durations.initializing + 1).wire).toMatchObject({
      status: 'Failed',
      condition: { type: 'INITIALIZED', status: false, reason: 'Failed to initialize: storage initializer finished unsuccessfully' },
    });
  });

  it('sets a new deployed time and an 8-digit revision; times go out as ISO-8601 strings, as the server sends them', () => {
    const dep = start(deployment());
    const wire = toWire(dep, t0, durations);
    expect(wire.deployed).toBe(new Date(t0).toISOString());
    expect(wire.created).toBe(new Date(dep.spec.created).toISOString());
    expect(wire.deployed).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(wire.revision).toMatch(/^\d{8}$/);
  });

  it('a redeploy of a running deployment shows Updating, keeps its instances, then Running', () => {
    const running = deployment({ activity: { kind: 'serving', since: t0 - 10_000 } });
    const updating = redeploy(running, t0);
    expect(at(updating, t0 + 100).wire).toMatchObject({ status: 'Updating', availableInstances: 1 });
    expect(at(updating, t0 + 16_000).wire.status).toBe('Running');
  });

  it.each([
    ['schedule', 'SCHEDULED', 'Failed to be scheduled: 0/3 nodes are available: 3 Insufficient cpu.', 3_000],
    ['initialize', 'INITIALIZED', reasons.failedInitialized, 8_000],
    ['predictor', 'STARTED', 'Failed to run: predictor terminated unsuccessfully', 13_000],
    ['transformer', 'STARTED', 'Failed to run: transformer terminated unsuccessfully', 13_000],
    ['connectivity', 'READY', 'Failed to setup connectivity: the ingress gateway did not accept the route for this deployment.', 16_000],
  ] as const)('a %s fault fails the start at %s with the backend reason', (fault, type, reason, failsAfter) => {
    const dep = start(deployment({ fault }, true));
    expect(at(dep, t0 + failsAfter - 1).wire.status).toBe('Starting');
    const failed = at(dep, t0 + failsAfter).wire;
    expect(failed).toMatchObject({ status: 'Failed', condition: { type, status: false, reason } });
    // Instances count in any phase, so crash-looping or pending instances still count.
    expect(failed.availableInstances).toBe(1);
  });
});

describe('STOP', () => {
  it('walks unscheduling → stopping → Stopped, counting instances down', () => {
    let dep = deployment({ activity: { kind: 'serving', since: t0 - 1000 }, deployed: t0 - 1000, revision: '12345678' }, true, 4);
    const result = applyAction(dep, 'STOP', t0, durations);
    if (!result.ok) throw new Error(result.usrMsg);
    dep = result.deployment;
    expect(at(dep, t0 + 100).wire).toMatchObject({
      status: 'Stopping',
      condition: { type: 'SCHEDULED', reason: reasons.waitingUnscheduled },
      availableInstances: 4,
    });
    const midway = at(dep, t0 + durations.unscheduling + durations.stopping / 2).wire;
    expect(midway).toMatchObject({ status: 'Stopping', condition: { type: 'STOPPED', reason: reasons.stopping } });
    expect(midway.condition.status).toBeUndefined();
    expect(midway.availableInstances).toBe(2);
    const stopped = at(dep, t0 + 7_000).wire;
    expect(stopped).toMatchObject({ status: 'Stopped', condition: { type: 'STOPPED', status: true, reason: reasons.notRunning }, availableInstances: 0 });
    expect(stopped.deployed).toBeUndefined();
  });

  it('stops a failed deployment, after which it can start again', () => {
    const failed = deployment({ activity: { kind: 'failed', since: t0 - 1000, point: 'predictor' }, fault: 'predictor' });
    const result = applyAction(failed, 'STOP', t0, durations);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stopped = at(result.deployment, t0 + 8_000).dep;
    expect(applyAction(stopped, 'START', t0 + 8_000, durations).ok).toBe(true);
  });
});

describe('Creating', () => {
  it('shows Creating with the preparing reason, then Created', () => {
    const dep = deployment({ activity: { kind: 'creating', since: t0 } });
    expect(at(dep, t0 + 1).wire).toMatchObject({ status: 'Creating', condition: { type: 'STOPPED', reason: reasons.preparing } });
    expect(at(dep, t0 + 8_000).wire).toMatchObject({ status: 'Created', condition: { type: 'STOPPED', status: true } });
  });
});

describe('scale-to-zero', () => {
  const scaleToZero = () => deployment({ activity: { kind: 'serving', since: t0 } }, false, 0);

  it('runs one instance while busy, then goes Idle with READY true, the idle reason and 0 instances', () => {
    const dep = scaleToZero();
    expect(at(dep, t0 + 1_000).wire).toMatchObject({ status: 'Running', availableInstances: 1 });
    expect(at(dep, t0 + durations.idleAfter).wire).toMatchObject({
      status: 'Idle',
      condition: { type: 'READY', status: true, reason: reasons.idle },
      availableInstances: 0,
    });
  });

  it('wakes to Running on a request', () => {
    const idleAt = t0 + durations.idleAfter + 1;
    const woken = receiveRequest(scaleToZero(), idleAt, durations);
    expect(at(woken, idleAt + 100).wire.status).toBe('Idle');
    expect(at(woken, idleAt + durations.wakeUp).wire).toMatchObject({ status: 'Running', availableInstances: 1 });
  });

  it('a deployment that requests instances never goes idle', () => {
    const dep = deployment({ activity: { kind: 'serving', since: t0 } }, false, 1);
    expect(derive(dep, t0 + 10 * durations.idleAfter, durations).status).toBe('Running');
  });
});

describe('start and stop follow the contract\'s "Refusals" table', () => {
  const rows = contractRefusalRows;

  it('covers every status for both actions', () => {
    for (const action of ['START', 'STOP'] as const) {
      expect(new Set(rows.filter((row) => row[0] === action).map((row) => row[1])).size).toBe(9);
    }
  });

  it.each(rows)('%s while %s (deployed: %s) → %s', (action, status, deployed, verdict) => {
    expect(actionVerdict(action, status, deployed)).toBe(verdict);
  });

  it('refuses with the exact words, taking "deployed" from the deployment', () => {
    const failed = deployment({ activity: { kind: 'failed', since: t0 - 1, point: 'predictor' }, deployed: t0 - 10 });
    expect(applyAction(failed, 'START', t0, durations)).toEqual({ ok: false, usrMsg: 'Deployment is in a failed state and cannot be started.' });
    const starting = deployment({ activity: { kind: 'starting', since: t0 - 1, rollout: 'first' }, deployed: t0 - 1 });
    expect(applyAction(starting, 'STOP', t0, durations)).toEqual({ ok: false, usrMsg: 'Deployment is starting. Please, try later.' });
    expect(applyAction(deployment(), 'STOP', t0, durations)).toEqual({ ok: false, usrMsg: 'Deployment is already stopped.' });
  });

  it('an accepted STOP undeploys (no `deployed` time), so the deployment then reads Stopping, then Stopped', () => {
    const running = deployment({ activity: { kind: 'serving', since: t0 - 10 }, deployed: t0 - 10 });
    const stopped = applyAction(running, 'STOP', t0, durations);
    if (!stopped.ok) throw new Error(stopped.usrMsg);
    expect(stopped.deployment.deployed).toBeUndefined();
    expect(at(stopped.deployment, t0 + 1).wire).toMatchObject({ status: 'Stopping' });
    expect(at(stopped.deployment, t0 + 1).wire.deployed).toBeUndefined();
    expect(applyAction(stopped.deployment, 'START', t0 + 1, durations)).toEqual({ ok: false, usrMsg: 'Deployment is stopping. Please, try later.' });
  });

  it('STOP while Creating after a deploy is accepted and changes nothing', () => {
    const creating = deployment({ activity: { kind: 'creating', since: t0 - 1 }, deployed: t0 - 1 });
    expect(applyAction(creating, 'STOP', t0, durations)).toEqual({ ok: true, deployment: creating });
  });
});

describe('simulation speed', () => {
  it('divides every duration by the speed', () => {
    const fast = durationsFor(10);
    expect(fast.scheduling).toBe(300);
    expect(fast.idleAfter).toBe(6_000);
  });
});
