/** What the logs feature needs to know about a deployment (the app maps a deployment onto it). */
export interface LogTarget {
  projectId: number;
  id: number;
  name: string;
  status: string;
  hasTransformer: boolean;
  /** Epoch ms of the last deploy, when deployed. */
  deployedAt: number | undefined;
  /** Changing by itself (starting, updating…): follow the logs by default. */
  transitioning: boolean;
}

export type LogComponent = 'predictor' | 'transformer';

/** Statuses in which the backend has no running instance and answers 404 / 240027. */
const withoutInstances: Record<string, string> = {
  Creating: 'the deployment is still being created, so no instance runs yet',
  Created: 'the deployment has never been started, so no instance runs',
  Idle: 'the deployment is idle: it has scaled to zero, so no instance runs until the next request',
  Stopping: 'the deployment is stopping and its instances are shutting down',
  Stopped: 'the deployment is stopped, so no instance runs',
};

/** Why transient logs cannot be read in this status, or null when they can. */
export function transientLogsUnavailableReason(status: string): string | null {
  return withoutInstances[status] ?? null;
}
