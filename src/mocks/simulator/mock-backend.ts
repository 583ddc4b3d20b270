import { errorCodes, type WireDeployment, type WireHistoryEntry, type WireLogEntry } from './hopsworks-wire';
import {
  applyAction,
  containerStartedAt,
  durationsFor,
  receiveRequest,
  settle,
  toWire,
  type Durations,
  type LifecycleAction,
  type SimDeployment,
} from './lifecycle';
import { instanceLogContent, instanceName, type LogComponent } from './model-server-logs';
import { defaultSeed, failuresSeed, largeSeed, mockProject, oddLogLines, oddSeed } from './seed';
import { FaultInjector } from './faults';

/** The simulated Hopsworks project: deployments, lifecycle, logs and faults, independent of HTTP. */

export const scenarios = ['default', 'large', 'faults', 'empty', 'odd', 'failures'] as const;
export type Scenario = (typeof scenarios)[number];

export const scenarioDescriptions: Record<Scenario, string> = {
  default: 'A dozen deployments in every status',
  large: '2,000 deployments',
  faults: 'Endpoints fail every other request',
  empty: 'A project without deployments',
  odd: 'Odd names, unknown statuses, odd logs',
  failures: 'A failed deployment for every cause the console explains',
};

export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && (scenarios as readonly string[]).includes(value);
}

export interface PersistedState {
  version: 1;
  scenario: Scenario;
  deployments: SimDeployment[];
}

export interface StateStore {
  load(): PersistedState | null;
  save(state: PersistedState): void;
}

export interface MockBackendOptions {
  scenario?: Scenario;
  speed?: number;
  now?: () => number;
  store?: StateStore;
}

export type BackendResult<T> = { ok: true; body: T } | { ok: false; status: number; errorCode: number; errorMsg: string; usrMsg?: string };

/** An error answer; `usrMsg` only where the backend sends one (240000, 240027 and the 401 carry none). */
function failure(status: number, errorCode: number, errorMsg: string, usrMsg?: string): BackendResult<never> {
  return usrMsg === undefined ? { ok: false, status, errorCode, errorMsg } : { ok: false, status, errorCode, errorMsg, usrMsg };
}

const deploymentNotFound = () => failure(404, errorCodes.notFound, 'Serving instance not found');
const projectNotFound = () => failure(404, errorCodes.projectNotFound, 'Project wasn\'t found.');
/** The generic illegal-argument error (an unknown component or action, transformer logs without a transformer). */
const illegalArgument = (detail: string) => failure(400, errorCodes.illegalArgument, 'A wrong argument was provided.', detail);
/** The most lines one historical-logs answer carries (the newest of the window). */
export const historyPageSize = 500;

export interface HistoryWindow {
  /** Epoch ms; default an hour ago. */
  since?: number;
  /** Epoch ms; default now. */
  until?: number;
  pod?: string;
}

type TimedHistoryEntry = WireHistoryEntry & { at: number };

/** Model-server lines ("2026-11-24 10:00:00.000 INFO …") → history entries with the line's time and a stable id. */
function historyEntries(instance: string, content: string): TimedHistoryEntry[] {
  if (content === '') return [];
  const seenAt = new Map<number, number>();
  return content.split('\n').flatMap((line) => {
    const stamp = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}\.\d{3}) /.exec(line);
    const at = stamp ? Date.parse(`${stamp[1]}T${stamp[2]}Z`) : Number.NaN;
    if (!stamp || !Number.isFinite(at)) return [];
    // Stable across requests (a line keeps its id as the log grows): instance, time, and its place among lines of that time.
    const nth = seenAt.get(at) ?? 0;
    seenAt.set(at, nth + 1);
    return [{ instanceName: instance, content: line.slice(stamp[0].length), timestamp: new Date(at).toISOString(), docId: `${instance}:${at}:${nth}`, at }];
  });
}

/** How long an accepted start/stop holds the deployment's lock (simulated ms); another action meanwhile gets 240004. */
const actionLockMs = 400;

function scenarioSeed(scenario: Scenario, now: number): SimDeployment[] {
  if (scenario === 'large') return largeSeed(now);
  if (scenario === 'empty') return [];
  if (scenario === 'odd') return oddSeed(now);
  if (scenario === 'failures') return failuresSeed(now);
  return defaultSeed(now);
}

/** Every seeded deployment also ran before: an earlier revision served for 20 minutes, until 10 minutes before seeding. */
function seedFor(scenario: Scenario, now: number): SimDeployment[] {
  return scenarioSeed(scenario, now).map((dep) => {
    const endedAt = now - 10 * 60_000;
    const startedAt = endedAt - 20 * 60_000;
    if (scenario === 'large' || startedAt < dep.spec.created) return dep;
    return { ...dep, pastRuns: [{ revision: String(Number(dep.revision ?? '10000001') - 1), startedAt, endedAt }] };
  });
}

export class MockBackend {
  readonly scenario: Scenario;
  readonly speed: number;
  readonly faults: FaultInjector;
  /** How long each answer takes, like a real server (0: at once; tests that control the clock use 0). */
  latencyMs = 40;
  private readonly now: () => number;
  private readonly store: StateStore | undefined;
  private readonly durations: Durations;
  private deployments: SimDeployment[];
  /** Extra lines appended to every instance's log of a component (demos of odd log content, tests). */
  private readonly injectedLogLines = new Map<string, string[]>();
  private readonly actionLocks = new Map<number, number>();
  /** false: an older Hopsworks that ignores `source=opensearch` and answers transient logs. */
  historyAvailable = true;

  constructor(options: MockBackendOptions = {}) {
    this.scenario = options.scenario ?? 'default';
    this.speed = options.speed ?? 1;
    this.now = options.now ?? Date.now;
    this.store = options.store;
    this.durations = durationsFor(this.speed);
    this.faults = new FaultInjector(this.scenario === 'faults');
    const persisted = this.store?.load();
    this.deployments = persisted && persisted.scenario === this.scenario ? persisted.deployments : seedFor(this.scenario, this.now());
    if (this.scenario === 'odd') this.injectLogLines(2001, 'predictor', oddLogLines);
  }

  reset(): void {
    this.deployments = seedFor(this.scenario, this.now());
    this.persist();
  }

  private persist(): void {
    this.store?.save({ version: 1, scenario: this.scenario, deployments: this.deployments });
  }

  /** Advances every deployment to `now`; persists when something moved on. */
  private settleAll(): number {
    const now = this.now();
    let changed = false;
    this.deployments = this.deployments.map((dep) => {
      const next = settle(dep, now, this.durations);
      if (next !== dep) changed = true;
      return next;
    });
    if (changed) this.persist();
    return now;
  }

  private find(projectId: number, servingId: number): SimDeployment | undefined {
    if (projectId !== mockProject.id) return undefined;
    return this.deployments.find((dep) => dep.spec.id === servingId);
  }

  project(projectId: number): BackendResult<{ projectId: number; projectName: string; owner: string; created: string }> {
    if (projectId !== mockProject.id) return projectNotFound();
    return { ok: true, body: { projectId: mockProject.id, projectName: mockProject.name, owner: mockProject.owner, created: '2026-01-12T09:30:00.000Z' } };
  }

  /** `GET /project`: the simulated user is the Data owner of the one simulated project. */
  memberships(): BackendResult<{ project: { id: number; name: string; owner: string }; teamRole: string; timestamp: string }[]> {
    return {
      ok: true,
      body: [{ project: { id: mockProject.id, name: mockProject.name, owner: mockProject.owner }, teamRole: 'Data owner', timestamp: '2026-01-12T09:30:00.000Z' }],
    };
  }

  openSearchToken(projectId: number): BackendResult<{ token: string; kibanaUrl: string; projectName: string }> {
    if (projectId !== mockProject.id) return projectNotFound();
    const token = 'eyJhbGciOiJIUzI1NiJ9.mock-opensearch-token.c2lnbmF0dXJl';
    return { ok: true, body: { token, kibanaUrl: `/hopsworks-api/kibana/app/discover?jt=${token}&`, projectName: mockProject.name } };
  }

  list(projectId: number): BackendResult<WireDeployment[]> {
    if (projectId !== mockProject.id) return projectNotFound();
    const now = this.settleAll();
    return { ok: true, body: this.deployments.map((dep) => toWire(dep, now, this.durations)) };
  }

  get(projectId: number, servingId: number): BackendResult<WireDeployment> {
    const now = this.settleAll();
    const dep = this.find(projectId, servingId);
    if (!dep) return deploymentNotFound();
    return { ok: true, body: toWire(dep, now, this.durations) };
  }

  act(projectId: number, servingId: number, action: string): BackendResult<null> {
    if (action !== 'START' && action !== 'STOP') {
      return illegalArgument(`Unknown action "${action}". Use START or STOP.`);
    }
    const now = this.settleAll();
    const dep = this.find(projectId, servingId);
    if (!dep) return deploymentNotFound();
    const result = applyAction(dep, action as LifecycleAction, now, this.durations);
    const lockedUntil = this.actionLocks.get(servingId) ?? -Infinity;
    if (now < lockedUntil) return failure(500, errorCodes.instanceBusy, 'Instance is busy. Please, try later', 'Instance is busy. Please, try later');
    if (!result.ok) return failure(400, errorCodes.lifecycleConflict, 'Serving action not allowed in the current state', result.usrMsg);
    this.actionLocks.set(servingId, now + actionLockMs / this.speed);
    this.replace(result.deployment);
    return { ok: true, body: null };
  }

  /** An inference request (used by the mock control to wake an idle deployment). */
  sendInferenceRequest(servingId: number): void {
    const now = this.settleAll();
    const dep = this.find(mockProject.id, servingId);
    if (dep) this.replace(receiveRequest(dep, now, this.durations));
  }

  /**
   * Historical logs (`source=opensearch`): one entry per line, oldest first, of the current run's instances
   * and of the run before (whose instances are gone: stopped or crashed) — at most `historyPageSize`,
   * the newest in [since, until]. An old server (`historyAvailable` false) ignores `source`: transient logs.
   */
  history(projectId: number, servingId: number, component: string, window: HistoryWindow): BackendResult<WireLogEntry[] | WireHistoryEntry[]> {
    if (!this.historyAvailable) return this.logs(projectId, servingId, component, 5);
    const now = this.settleAll();
    const dep = this.find(projectId, servingId);
    if (!dep) return deploymentNotFound();
    if (component !== 'predictor' && component !== 'transformer') return illegalArgument(`Unknown component "${component}". Use predictor or transformer.`);
    if (component === 'transformer' && dep.spec.transformer === undefined) return illegalArgument('This deployment has no transformer.');
    const wire = toWire(dep, now, this.durations);
    const runs = [this.pastRunLines(dep, component, wire), this.currentRun(dep, component, wire, now)];
    const since = window.since ?? now - 60 * 60_000;
    const until = window.until ?? now;
    const entries = runs
      .flat()
      .filter((entry) => (!window.pod || entry.instanceName === window.pod) && entry.at >= since && entry.at <= until)
      .sort((a, b) => a.at - b.at || a.docId.localeCompare(b.docId))
      .slice(-historyPageSize)
      .map(({ at: _at, ...entry }) => entry);
    return { ok: true, body: entries };
  }

  /** The lines of the running (or crash-looping) instances, up to now. */
  private currentRun(dep: SimDeployment, component: LogComponent, wire: WireDeployment, now: number): TimedHistoryEntry[] {
    const startedAt = containerStartedAt(dep, this.durations);
    if (startedAt === null || startedAt > now) return [];
    const count = component === 'predictor' ? wire.availableInstances : (wire.availableTransformerInstances ?? 0);
    const crashing = dep.activity.kind === 'failed' && dep.activity.point === component;
    return Array.from({ length: count }, (_, index) => {
      const instance = instanceName(dep.spec.name, component, dep.revision, index);
      const content = instanceLogContent({ deployment: wire, component, instance, startedAt: startedAt + index * 400, linePeriodMs: 2_500 / this.speed, crashing, restartPeriodMs: 20_000 / this.speed, now, tail: historyPageSize });
      return historyEntries(instance, content);
    }).flat();
  }

  /** The lines of runs whose instances are gone (stopped, or crashed before a stop). */
  private pastRunLines(dep: SimDeployment, component: LogComponent, wire: WireDeployment): TimedHistoryEntry[] {
    const instances = component === 'predictor' ? Math.max(dep.spec.requestedInstances ?? 1, 1) : Math.max(dep.spec.requestedTransformerInstances ?? 1, 1);
    return (dep.pastRuns ?? []).flatMap((run) =>
      Array.from({ length: instances }, (_, index) => {
        const instance = instanceName(dep.spec.name, component, run.revision, index);
        const content = instanceLogContent({
          deployment: wire,
          component,
          instance,
          startedAt: run.startedAt + index * 400,
          linePeriodMs: 30_000,
          crashing: run.crashed === component,
          restartPeriodMs: 60_000,
          now: run.endedAt,
          tail: historyPageSize,
        });
        return historyEntries(instance, content);
      }).flat(),
    );
  }

  logs(projectId: number, servingId: number, component: string, tail: number): BackendResult<WireLogEntry[]> {
    const now = this.settleAll();
    const dep = this.find(projectId, servingId);
    if (!dep) return deploymentNotFound();
    if (component !== 'predictor' && component !== 'transformer') {
      return illegalArgument(`Unknown component "${component}". Use predictor or transformer.`);
    }
    const wire = toWire(dep, now, this.durations);
    if (!['Starting', 'Running', 'Updating', 'Failed'].includes(wire.status)) {
      return failure(404, errorCodes.logsUnavailable, 'Server logs not available');
    }
    if (component === 'transformer' && wire.transformer === undefined) {
      return illegalArgument('This deployment has no transformer.');
    }
    const startedAt = containerStartedAt(dep, this.durations);
    const count = component === 'predictor' ? wire.availableInstances : (wire.availableTransformerInstances ?? 0);
    if (startedAt === null || startedAt > now) {
      return { ok: true, body: [] };
    }
    const crashing = dep.activity.kind === 'failed' && dep.activity.point === component;
    const entries: WireLogEntry[] = [];
    for (let index = 0; index < count; index++) {
      const instance = instanceName(dep.spec.name, component as LogComponent, dep.revision, index);
      entries.push({
        instanceName: instance,
        content: this.withInjectedLines(servingId, component as LogComponent, instanceLogContent({
          deployment: wire,
          component: component as LogComponent,
          instance,
          startedAt: startedAt + index * 400,
          linePeriodMs: 2_500 / this.speed,
          crashing,
          restartPeriodMs: 20_000 / this.speed,
          now,
          tail,
        }), tail),
      });
    }
    return { ok: true, body: entries };
  }

  injectLogLines(servingId: number, component: LogComponent, lines: string[]): void {
    const key = `${servingId}/${component}`;
    this.injectedLogLines.set(key, [...(this.injectedLogLines.get(key) ?? []), ...lines]);
  }

  private withInjectedLines(servingId: number, component: LogComponent, content: string, tail: number): string {
    const extra = this.injectedLogLines.get(`${servingId}/${component}`);
    if (!extra) return content;
    const lines = content === '' ? extra : [...content.split('\n'), ...extra];
    return lines.slice(-tail).join('\n');
  }

  private replace(next: SimDeployment): void {
    this.deployments = this.deployments.map((dep) => (dep.spec.id === next.spec.id ? next : dep));
    this.persist();
  }
}
