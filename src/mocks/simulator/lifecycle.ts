import {
  reasons,
  refusals,
  type WireCondition,
  type WireConditionType,
  type WireDeployment,
  type WireStatus,
} from './hopsworks-wire';

/**
 * The lifecycle engine of the simulated backend: plain data and pure functions of time.
 * A deployment holds its static spec and its current activity; its status, condition and instance
 * counts are derived from the activity and the time elapsed, the way KServe's pods would report them.
 */

/** Where a start fails, for a deployment whose spec carries a fault. */
export type FailurePoint = 'schedule' | 'initialize' | 'predictor' | 'transformer' | 'connectivity';

/** A deployment's configuration; times are epoch ms here and ISO strings on the wire. */
export type DeploymentSpec = Omit<
  WireDeployment,
  'status' | 'condition' | 'created' | 'deployed' | 'revision' | 'availableInstances' | 'availableTransformerInstances'
> & { created: number };

export type Activity =
  | { kind: 'creating'; since: number }
  | { kind: 'created' }
  | { kind: 'starting'; since: number; rollout: 'first' | 'update' }
  | { kind: 'serving'; since: number }
  | { kind: 'waking'; since: number }
  | { kind: 'failed'; since: number; point: FailurePoint }
  | { kind: 'stopping'; since: number; predictorInstances: number; transformerInstances: number }
  | { kind: 'stopped' };

export interface SimDeployment {
  spec: DeploymentSpec;
  /** A misconfiguration that makes every start fail at this point. */
  fault?: FailurePoint;
  /** The cluster's message for schedule/connectivity faults. */
  faultMessage?: string;
  activity: Activity;
  deployed?: number;
  revision?: string;
  /** Last inference request; scale-to-zero deployments go idle after a quiet period. */
  lastRequestAt?: number;
  /** Raw JSON fields sent as they are: values a newer or odd backend might send (unknown status…). */
  wireOverrides?: Record<string, unknown>;
  /** Earlier runs whose instances are gone (their lines live on in the log history), newest last. */
  pastRuns?: PastRun[];
}

export interface PastRun {
  revision: string;
  startedAt: number;
  endedAt: number;
  /** The instances crash-looped (the start had failed). */
  crashed?: FailurePoint;
}

const pastRunsKept = 3;

/** Durations in simulated milliseconds at speed 1 (divided by the simulation speed). */
export const baseDurations = {
  creating: 8_000,
  scheduling: 3_000,
  initializing: 5_000,
  startingServer: 5_000,
  connecting: 3_000,
  unscheduling: 3_000,
  stopping: 4_000,
  idleAfter: 60_000,
  wakeUp: 4_000,
} as const;

export type Durations = Record<keyof typeof baseDurations, number>;

export function durationsFor(speed: number): Durations {
  const factor = speed > 0 ? 1 / speed : 1;
  return Object.fromEntries(Object.entries(baseDurations).map(([key, ms]) => [key, ms * factor])) as Durations;
}

const startSteps: { type: Exclude<WireConditionType, 'STOPPED'>; duration: keyof Durations; reason: string; fails: FailurePoint[] }[] =
  [
    { type: 'SCHEDULED', duration: 'scheduling', reason: reasons.waitingScheduled, fails: ['schedule'] },
    { type: 'INITIALIZED', duration: 'initializing', reason: reasons.initializing, fails: ['initialize'] },
    { type: 'STARTED', duration: 'startingServer', reason: reasons.starting, fails: ['predictor', 'transformer'] },
    { type: 'READY', duration: 'connecting', reason: reasons.settingUpConnectivity, fails: ['connectivity'] },
  ];

/** Instances a running component keeps: a scale-to-zero component (0 requested) runs one while busy. */
export function targetInstances(requested: number | undefined): number {
  return Math.max(requested ?? 0, 1);
}

function hasTransformer(dep: SimDeployment): boolean {
  return dep.spec.transformer !== undefined;
}

function canScaleToZero(dep: SimDeployment): boolean {
  return dep.spec.requestedInstances === 0 && (!hasTransformer(dep) || dep.spec.requestedTransformerInstances === 0);
}

/** The step a start is in after `elapsed` ms, or null when all steps are done. */
function startStepAt(elapsed: number, durations: Durations) {
  let stepStart = 0;
  for (const [index, step] of startSteps.entries()) {
    const stepEnd = stepStart + durations[step.duration];
    if (elapsed < stepEnd) return { index, step, stepStart, stepEnd };
    stepStart = stepEnd;
  }
  return null;
}

/** The time, relative to the start, at which a start with this fault fails; null when it does not fail. */
function failureOffset(point: FailurePoint | undefined, durations: Durations): number | null {
  if (!point) return null;
  let offset = 0;
  for (const step of startSteps) {
    offset += durations[step.duration];
    if (step.fails.includes(point)) return offset;
  }
  return null;
}

function startDuration(durations: Durations): number {
  return startSteps.reduce((sum, step) => sum + durations[step.duration], 0);
}

/** Turns activities whose time is up into the next one. Returns the same object when nothing changed. */
export function settle(dep: SimDeployment, now: number, durations: Durations): SimDeployment {
  const activity = dep.activity;
  switch (activity.kind) {
    case 'creating':
      return now - activity.since >= durations.creating ? { ...dep, activity: { kind: 'created' } } : dep;
    case 'starting': {
      const failAt = failureOffset(dep.fault, durations);
      if (failAt !== null && now - activity.since >= failAt) {
        return { ...dep, activity: { kind: 'failed', since: activity.since + failAt, point: dep.fault! } };
      }
      const end = activity.since + startDuration(durations);
      if (now >= end) return { ...dep, activity: { kind: 'serving', since: end }, lastRequestAt: end };
      return dep;
    }
    case 'waking': {
      const end = activity.since + durations.wakeUp;
      return now >= end ? { ...dep, activity: { kind: 'serving', since: end }, lastRequestAt: end } : dep;
    }
    case 'stopping':
      return now - activity.since >= durations.unscheduling + durations.stopping
        ? { ...dep, activity: { kind: 'stopped' }, deployed: undefined }
        : dep;
    default:
      return dep;
  }
}

export function isIdle(dep: SimDeployment, now: number, durations: Durations): boolean {
  if (dep.activity.kind === 'waking') return true;
  if (dep.activity.kind !== 'serving' || !canScaleToZero(dep)) return false;
  const lastActivity = Math.max(dep.activity.since, dep.lastRequestAt ?? 0);
  return now - lastActivity >= durations.idleAfter;
}

interface DerivedState {
  status: WireStatus;
  condition: WireCondition;
  predictorInstances: number;
  transformerInstances: number;
}

function failureCondition(dep: SimDeployment, point: FailurePoint): WireCondition {
  switch (point) {
    case 'schedule':
      return {
        type: 'SCHEDULED',
        status: false,
        reason: reasons.failedScheduled(dep.faultMessage ?? '0/3 nodes are available: 3 Insufficient cpu.'),
      };
    case 'initialize':
      return { type: 'INITIALIZED', status: false, reason: reasons.failedInitialized };
    case 'predictor':
    case 'transformer':
      return { type: 'STARTED', status: false, reason: reasons.failedStarted(point) };
    case 'connectivity':
      return {
        type: 'READY',
        status: false,
        reason: reasons.failedReady(dep.faultMessage ?? 'the ingress gateway did not accept the route for this deployment.'),
      };
  }
}

/** Status, condition and instance counts of a settled deployment at `now`. */
export function derive(dep: SimDeployment, now: number, durations: Durations): DerivedState {
  const predictorTarget = targetInstances(dep.spec.requestedInstances);
  const transformerTarget = hasTransformer(dep) ? targetInstances(dep.spec.requestedTransformerInstances) : 0;
  const activity = dep.activity;
  switch (activity.kind) {
    case 'creating':
      return { status: 'Creating', condition: { type: 'STOPPED', reason: reasons.preparing }, predictorInstances: 0, transformerInstances: 0 };
    case 'created':
    case 'stopped':
      return {
        status: activity.kind === 'created' ? 'Created' : 'Stopped',
        condition: { type: 'STOPPED', status: true, reason: reasons.notRunning },
        predictorInstances: 0,
        transformerInstances: 0,
      };
    case 'starting': {
      const current = startStepAt(now - activity.since, durations);
      const step = current?.step ?? startSteps[startSteps.length - 1]!;
      const status: WireStatus = activity.rollout === 'first' ? 'Starting' : 'Updating';
      if (activity.rollout === 'update') {
        return { status, condition: { type: step.type, reason: step.reason }, predictorInstances: predictorTarget, transformerInstances: transformerTarget };
      }
      // Instances appear as they are scheduled: none while waiting for a node, half while initialising, all after.
      const scale = (target: number) => (current?.index === 0 ? 0 : current?.index === 1 ? Math.ceil(target / 2) : target);
      // A failing storage initializer restarts (up to twice) before the backend calls the start failed;
      // meanwhile it reports STOPPED "Deployment is being prepared".
      const restartingInitializer =
        dep.fault === 'initialize' && current?.step.type === 'INITIALIZED' && now - activity.since - current.stepStart >= durations.initializing / 3;
      return {
        status,
        condition: restartingInitializer ? { type: 'STOPPED', reason: reasons.preparing } : { type: step.type, reason: step.reason },
        predictorInstances: scale(predictorTarget),
        transformerInstances: scale(transformerTarget),
      };
    }
    case 'failed':
      // Instances count in any phase, so pending or crash-looping ones still count.
      return {
        status: 'Failed',
        condition: failureCondition(dep, activity.point),
        predictorInstances: predictorTarget,
        transformerInstances: transformerTarget,
      };
    case 'serving':
    case 'waking':
      if (isIdle(dep, now, durations)) {
        return { status: 'Idle', condition: { type: 'READY', status: true, reason: reasons.idle }, predictorInstances: 0, transformerInstances: 0 };
      }
      return {
        status: 'Running',
        condition: { type: 'READY', status: true, reason: reasons.ready },
        predictorInstances: predictorTarget,
        transformerInstances: transformerTarget,
      };
    case 'stopping': {
      const elapsed = now - activity.since;
      if (elapsed < durations.unscheduling) {
        return {
          status: 'Stopping',
          condition: { type: 'SCHEDULED', reason: reasons.waitingUnscheduled },
          predictorInstances: activity.predictorInstances,
          transformerInstances: activity.transformerInstances,
        };
      }
      const remaining = 1 - (elapsed - durations.unscheduling) / durations.stopping;
      const countDown = (from: number) => Math.max(0, Math.ceil(from * remaining));
      return {
        status: 'Stopping',
        condition: { type: 'STOPPED', reason: reasons.stopping },
        predictorInstances: countDown(activity.predictorInstances),
        transformerInstances: countDown(activity.transformerInstances),
      };
    }
  }
}

/** The deployment as the backend's JSON at `now`. */
export function toWire(dep: SimDeployment, now: number, durations: Durations): WireDeployment {
  const state = derive(dep, now, durations);
  const wire: WireDeployment = {
    ...dep.spec,
    created: new Date(dep.spec.created).toISOString(),
    status: state.status,
    condition: state.condition,
    availableInstances: state.predictorInstances,
  };
  if (hasTransformer(dep)) wire.availableTransformerInstances = state.transformerInstances;
  if (dep.deployed !== undefined) wire.deployed = new Date(dep.deployed).toISOString();
  if (dep.revision !== undefined) wire.revision = dep.revision;
  return dep.wireOverrides ? ({ ...wire, ...dep.wireOverrides } as WireDeployment) : wire;
}

export type LifecycleAction = 'START' | 'STOP';

export type ActionResult = { ok: true; deployment: SimDeployment } | { ok: false; usrMsg: string };

/** What the backend does with an action: accept it, accept it and change nothing, or refuse it with these words. */
export type Verdict = 'accept' | 'no-op' | string;

/**
 * The backend's start/stop rules: for each action and status, the answer when the deployment is not
 * deployed and when it is (has a `deployed` time) — the contract's "Refusals" table, row by row.
 */
const verdicts: Record<LifecycleAction, Record<WireStatus, readonly [notDeployed: Verdict, deployed: Verdict]>> = {
  START: {
    Creating: [refusals.preparing, refusals.preparing],
    Created: ['accept', 'accept'],
    Stopped: ['accept', 'accept'],
    Starting: [refusals.busy, refusals.alreadyStarted],
    Running: [refusals.busy, refusals.alreadyStarted],
    Idle: [refusals.busy, refusals.alreadyStarted],
    Updating: [refusals.busy, refusals.alreadyStarted],
    Stopping: [refusals.stopping, refusals.busy],
    Failed: [refusals.busy, refusals.failedCannotStart],
  },
  STOP: {
    Creating: [refusals.alreadyStopped, 'no-op'],
    Created: [refusals.alreadyStopped, refusals.busy],
    Stopping: [refusals.alreadyStopped, refusals.busy],
    Stopped: [refusals.alreadyStopped, refusals.busy],
    Starting: [refusals.busy, refusals.starting],
    Running: ['accept', 'accept'],
    Failed: ['accept', 'accept'],
    Idle: ['accept', 'accept'],
    Updating: [refusals.busy, refusals.updating],
  },
};

export function actionVerdict(action: LifecycleAction, status: WireStatus, deployed: boolean): Verdict {
  return verdicts[action][status][deployed ? 1 : 0];
}

function newRevision(now: number): string {
  return String(10_000_000 + (Math.floor(now / 7) % 90_000_000));
}

/** Applies START or STOP the way the backend does (`actionVerdict`); an accepted STOP undeploys. */
export function applyAction(dep: SimDeployment, action: LifecycleAction, now: number, durations: Durations): ActionResult {
  const state = derive(dep, now, durations);
  const verdict = actionVerdict(action, state.status, dep.deployed !== undefined);
  if (verdict === 'no-op') return { ok: true, deployment: dep };
  if (verdict !== 'accept') return { ok: false, usrMsg: verdict };
  if (action === 'START') {
    return {
      ok: true,
      deployment: { ...dep, activity: { kind: 'starting', since: now, rollout: 'first' }, deployed: now, revision: newRevision(now) },
    };
  }
  const { deployed: _undeployed, ...rest } = dep;
  const startedAt = containerStartedAt(dep, durations);
  const endedRun: PastRun[] =
    startedAt !== null && startedAt < now
      ? [{ revision: dep.revision ?? '10000000', startedAt, endedAt: now, ...(dep.activity.kind === 'failed' ? { crashed: dep.activity.point } : {}) }]
      : [];
  return {
    ok: true,
    deployment: {
      ...rest,
      pastRuns: [...(dep.pastRuns ?? []), ...endedRun].slice(-pastRunsKept),
      activity: { kind: 'stopping', since: now, predictorInstances: state.predictorInstances, transformerInstances: state.transformerInstances },
    },
  };
}

/** A rollout after the first (new configuration applied to a running deployment): Updating → Running. */
export function redeploy(dep: SimDeployment, now: number): SimDeployment {
  return { ...dep, activity: { kind: 'starting', since: now, rollout: 'update' }, deployed: now, revision: newRevision(now) };
}

/** An inference request: an idle (scaled-to-zero) deployment wakes up; a running one stays busy. */
export function receiveRequest(dep: SimDeployment, now: number, durations: Durations): SimDeployment {
  if (dep.activity.kind !== 'serving') return dep;
  if (isIdle(dep, now, durations)) return { ...dep, activity: { kind: 'waking', since: now } };
  return { ...dep, lastRequestAt: now };
}

/** When the model server container of each instance started (for logs); null when none runs. */
export function containerStartedAt(dep: SimDeployment, durations: Durations): number | null {
  const activity = dep.activity;
  const serverStartOffset = durations.scheduling + durations.initializing;
  switch (activity.kind) {
    case 'starting':
      // An update keeps the previous revision's instances serving while the new ones roll out.
      return activity.rollout === 'update' ? activity.since - 60 * 60_000 : activity.since + serverStartOffset;
    case 'failed':
      // Crash-looping containers restart; a pod that was never scheduled or initialised has none.
      return activity.point === 'schedule' || activity.point === 'initialize' ? null : activity.since - durations.startingServer;
    case 'serving':
      return activity.since - durations.startingServer - durations.connecting;
    case 'waking':
      return activity.since;
    default:
      return null;
  }
}
