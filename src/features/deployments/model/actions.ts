import type { DeploymentStatus } from './status';

/** Which lifecycle actions the backend accepts in each status, and why not otherwise. */
export type LifecycleAction = 'START' | 'STOP';

export type ActionAvailability = { allowed: true } | { allowed: false; reason: string };

const allowed: ActionAvailability = { allowed: true };
const refused = (reason: string): ActionAvailability => ({ allowed: false, reason });

const busy: Partial<Record<DeploymentStatus, string>> = {
  Creating: 'The deployment is still being created.',
  Starting: 'The deployment is starting; wait until it is running or has failed.',
  Updating: 'The deployment is applying an update; wait until it is running.',
  Stopping: 'The deployment is stopping; wait until it has stopped.',
};

/** `permission`: whether this user may act at all (role, read-only console); it wins over the status rule. */
export function actionAvailability(action: LifecycleAction, status: DeploymentStatus, permission: ActionAvailability = allowed): ActionAvailability {
  if (!permission.allowed) return permission;
  const busyReason = busy[status];
  if (busyReason) return refused(busyReason);
  if (status === 'Unknown') return refused('The deployment reports a status this console does not know.');
  if (action === 'START') {
    if (status === 'Running' || status === 'Idle') return refused('The deployment is already started.');
    if (status === 'Failed') return refused('A failed deployment must be stopped before it can start again.');
    return allowed;
  }
  if (status === 'Created' || status === 'Stopped') return refused('The deployment is not running.');
  return allowed;
}

/** What the status becomes right after the backend accepted the action (before the next poll). */
export function statusAfterAccepted(action: LifecycleAction): DeploymentStatus {
  return action === 'START' ? 'Starting' : 'Stopping';
}
