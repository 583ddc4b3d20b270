import type { DeploymentStatus } from './status';

/**
 * After an accepted start or stop, the backend may still report the old status for a while (the
 * contract allows it). Until the reported status moves away from the one the action started from — or
 * a bounded time passes — the page keeps polling at the fast interval, whatever the first answer says.
 */
export interface ExpectedTransition {
  from: DeploymentStatus;
  deadline: number;
}

export const expectationWindowMs = 60_000;

export class ExpectedTransitions {
  private readonly byKey = new Map<string, ExpectedTransition>();

  expect(projectId: number, deploymentId: number, from: DeploymentStatus, now: number): void {
    this.byKey.set(`${projectId}/${deploymentId}`, { from, deadline: now + expectationWindowMs });
  }

  /**
   * Whether any of these deployments still reports the status its action started from, within the
   * window. (Expectations are not dropped when the status differs: the page's own optimistic
   * "Starting" differs too, and a stale answer may follow it.)
   */
  pending(projectId: number, deployments: readonly { id: number; status: DeploymentStatus }[], now: number): boolean {
    // The usual case, asked for each of 2,000 rows whenever the list page renders (a filter keystroke).
    if (this.byKey.size === 0) return false;
    let pending = false;
    for (const deployment of deployments) {
      const key = `${projectId}/${deployment.id}`;
      const expected = this.byKey.get(key);
      if (!expected) continue;
      if (now >= expected.deadline) this.byKey.delete(key);
      else if (deployment.status === expected.from) pending = true;
    }
    return pending;
  }
}
