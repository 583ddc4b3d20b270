import { useCallback, useMemo, useState } from 'react';
import { deferredComponent } from '@/components/deferred-component';
import { useActionPermission, type ActionPermission } from '@/lib/session/use-action-permission';
import type { Deployment } from '../api/deployment-schema';
import { useDeploymentAction } from '../api/use-deployment-action';
import type { StopDeploymentDialogProps } from './stop-deployment-dialog';

const StopDeploymentDialog = deferredComponent<StopDeploymentDialogProps>(
  async () => ({ default: (await import('./stop-deployment-dialog')).StopDeploymentDialog }),
  'StopDeploymentDialog',
);

export interface LifecycleActions {
  start: (deployment: Deployment) => void;
  /** Asks for confirmation, then stops. */
  requestStop: (deployment: Deployment) => void;
  /** The deployment whose action is being sent, if any. */
  pendingId: number | null;
  /** Whether this user may start and stop at all in this project. */
  permission: ActionPermission;
}

/**
 * Start / Stop for any number of deployments with one mutation and one confirmation dialog (a table
 * of 50 rows shares them instead of mounting 50 of each). Render `dialog` once next to the buttons.
 * `currentOf` gives the latest polled state of a deployment, so that an open "Stop?" dialog changes its
 * words when the deployment stops (or fails) underneath instead of sending a STOP that is refused.
 */
export function useLifecycleActions(projectId: number, currentOf: (id: number) => Deployment | undefined) {
  const mutation = useDeploymentAction(projectId);
  const { mutate } = mutation;
  const [stopping, setStopping] = useState<Deployment | null>(null);
  const start = useCallback((deployment: Deployment) => mutate({ deployment, action: 'START' }), [mutate]);
  const requestStop = useCallback((deployment: Deployment) => setStopping(deployment), []);
  const pendingId = mutation.isPending ? (mutation.variables?.deployment.id ?? null) : null;
  const permission = useActionPermission(projectId);
  const actions = useMemo<LifecycleActions>(() => ({ start, requestStop, pendingId, permission }), [start, requestStop, pendingId, permission]);

  const current = stopping ? (currentOf(stopping.id) ?? stopping) : null;
  const stop = useCallback((deployment: Deployment) => mutate({ deployment, action: 'STOP' }), [mutate]);
  const dialog = <StopDeploymentDialog current={current} onClose={() => setStopping(null)} onStop={stop} />;
  return { actions, dialog };
}
