import { useCallback, useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useActionPermission, type ActionPermission } from '@/lib/session/use-action-permission';
import type { Deployment } from '../api/deployment-schema';
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
 */
export function useLifecycleActions(projectId: number) {
  const mutation = useDeploymentAction(projectId);
  const { mutate } = mutation;
  const [stopping, setStopping] = useState<Deployment | null>(null);
  const start = useCallback((deployment: Deployment) => mutate({ deployment, action: 'START' }), [mutate]);
  const requestStop = useCallback((deployment: Deployment) => setStopping(deployment), []);
  const pendingId = mutation.isPending ? (mutation.variables?.deployment.id ?? null) : null;
  const permission = useActionPermission(projectId);
  const actions = useMemo<LifecycleActions>(() => ({ start, requestStop, pendingId, permission }), [start, requestStop, pendingId, permission]);

  const dialog = (
    <Dialog open={stopping !== null} onClose={() => setStopping(null)} aria-labelledby="stop-deployment-title">
      <DialogTitle id="stop-deployment-title">Stop {stopping?.name}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Its instances will be shut down and it will stop serving predictions until it is started again. Requests sent in the meantime will fail.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setStopping(null)} autoFocus>
          Cancel
        </Button>
        <Button
          color="error"
          variant="contained"
          onClick={() => {
            if (stopping) mutate({ deployment: stopping, action: 'STOP' });
            setStopping(null);
          }}
        >
          Stop deployment
        </Button>
      </DialogActions>
    </Dialog>
  );
  return { actions, dialog };
}
