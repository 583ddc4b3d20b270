import { isTransitioning, statusLabel, type DeploymentStatus } from './status';

/**
 * "Notify me": a user who starts or stops a deployment can leave the tab; when it reaches an outcome —
 * Running, Idle, Stopped or Failed — the browser says so.
 */

const outcomes: readonly DeploymentStatus[] = ['Running', 'Idle', 'Stopped', 'Failed'];

export function isOutcome(status: DeploymentStatus): boolean {
  return outcomes.includes(status);
}

/** Worth offering while the deployment is on its way somewhere. */
export function canNotifyOnOutcome(status: DeploymentStatus): boolean {
  return isTransitioning(status);
}

export function outcomeNotice(name: string, status: DeploymentStatus, rawStatus: string, reason: string | undefined): { title: string; body: string } {
  const label = statusLabel(status, rawStatus);
  return { title: `${name} is ${label}`, body: reason ? reason : `The deployment ${name} is now ${label}.` };
}

/** The tab title: the status and name, marked while an outcome the user asked about waits unseen. */
export function tabTitle(name: string, label: string, unseenOutcome: boolean): string {
  return `${unseenOutcome ? '● ' : ''}${label} · ${name}`;
}
