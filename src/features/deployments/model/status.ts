/** The status table: the one place that says what each deployment status means and how it looks. */
export const knownStatuses = [
  'Creating',
  'Created',
  'Starting',
  'Running',
  'Idle',
  'Failed',
  'Updating',
  'Stopping',
  'Stopped',
] as const;

export type KnownStatus = (typeof knownStatuses)[number];
export type DeploymentStatus = KnownStatus | 'Unknown';

/** Theme palette key for each status (see src/lib/theme.ts). */
export type StatusTone = 'creating' | 'created' | 'starting' | 'running' | 'idle' | 'failed' | 'updating' | 'stopping' | 'stopped' | 'unknown';

export interface StatusInfo {
  label: string;
  description: string;
  tone: StatusTone;
  /** Changing by itself: poll fast and show activity. */
  transitioning: boolean;
  /** Why no instance runs in this status (so the backend has no transient logs: 404 / 240027). */
  noInstancesReason?: string;
}

export const statusTable: Record<DeploymentStatus, StatusInfo> = {
  Creating: {
    label: 'Creating',
    description: "The deployment's artifact is being prepared.",
    tone: 'creating',
    transitioning: true,
    noInstancesReason: 'the deployment is still being created, so no instance runs yet',
  },
  Created: {
    label: 'Created',
    description: 'Deployment has never been started.',
    tone: 'created',
    transitioning: false,
    noInstancesReason: 'the deployment has never been started, so no instance runs',
  },
  Starting: { label: 'Starting', description: 'Deployment is starting.', tone: 'starting', transitioning: true },
  Running: {
    label: 'Running',
    description: 'Deployment is ready and running. Predictions are served without additional latencies.',
    tone: 'running',
    transitioning: false,
  },
  Idle: {
    label: 'Idle',
    description:
      'Deployment is ready, but idle. Higher latencies (i.e., cold-start) are expected in the first incoming inference requests.',
    tone: 'idle',
    transitioning: false,
    noInstancesReason: 'the deployment is idle: it has scaled to zero, so no instance runs until the next request',
  },
  Failed: {
    label: 'Failed',
    description:
      'Deployment is in a failed state, which can be due to multiple reasons. More details can be found in the condition.',
    tone: 'failed',
    transitioning: false,
  },
  Updating: {
    label: 'Updating',
    description: 'Deployment is applying updates to the running instances.',
    tone: 'updating',
    transitioning: true,
  },
  Stopping: {
    label: 'Stopping',
    description: 'Deployment is stopping.',
    tone: 'stopping',
    transitioning: true,
    noInstancesReason: 'the deployment is stopping and its instances are shutting down',
  },
  Stopped: {
    label: 'Stopped',
    description: 'Deployment has been stopped.',
    tone: 'stopped',
    transitioning: false,
    noInstancesReason: 'the deployment is stopped, so no instance runs',
  },
  Unknown: {
    label: 'Unknown',
    description: 'The server reported a status this console does not know; the raw value is shown.',
    tone: 'unknown',
    transitioning: false,
  },
};

/** Accepts any letter case (`Running`, `RUNNING`); anything else is Unknown. */
const statusByLowerCase = new Map<string, DeploymentStatus>(knownStatuses.map((status) => [status.toLowerCase(), status]));

export function parseStatus(raw: unknown): DeploymentStatus {
  if (typeof raw !== 'string') return 'Unknown';
  return statusByLowerCase.get(raw.trim().toLowerCase()) ?? 'Unknown';
}

export function isTransitioning(status: DeploymentStatus): boolean {
  return statusTable[status].transitioning;
}

/** Why no instance runs (no transient logs), or null when instances may run. */
export function noInstancesReason(status: DeploymentStatus): string | null {
  return statusTable[status].noInstancesReason ?? null;
}

/** The label to show: the table's, or the raw value for an unknown status. */
export function statusLabel(status: DeploymentStatus, rawStatus: string): string {
  return status === 'Unknown' ? `Unknown (${rawStatus || 'empty'})` : statusTable[status].label;
}
