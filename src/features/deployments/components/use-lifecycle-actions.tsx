import { useCallback, useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useActionPermission, type ActionPermission } from '@/lib/session/use-action-permission';
import type { Deployment } from '../api/deployment-schema';
import { actionAvailability } from '../model/actions';
import { statusLabel } from '../model/status';
import { useDeploymentAction } from '../api/use-deployment-action';

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
  const stopApplies = current ? actionAvailability('STOP', current.status).allowed : false;
  const close = () => setStopping(null);

  const dialog = (
    <Dialog open={stopping !== null} onClose={close} aria-labelledby="stop-deployment-title">
      {current && stopApplies ? (
        <>
          <DialogTitle id="stop-deployment-title">Stop {current.name}?</DialogTitle>
          <DialogContent>
            <DialogContentText>
              Its instances will be shut down and it will stop serving predictions until it is started again. Requests sent in the meantime will fail.
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={close} autoFocus>
              Cancel
            </Button>
            <Button
              color="error"
              variant="contained"
              onClick={() => {
                mutate({ deployment: current, action: 'STOP' });
                close();
              }}
            >
              Stop deployment
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
          <DialogTitle id="stop-deployment-title">
            {current?.name} is now {current ? statusLabel(current.status, current.rawStatus) : ''}
          </DialogTitle>
          <DialogContent>
            <DialogContentText>It changed while this dialog was open, so there is nothing to stop any more.</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={close} autoFocus>
              Close
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
  return { actions, dialog };
}
