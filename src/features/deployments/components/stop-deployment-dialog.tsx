import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { Deployment } from '../api/deployment-schema';
import { actionAvailability } from '../model/actions';
import { statusLabel } from '../model/status';

export interface StopDeploymentDialogProps {
  /** The deployment's latest polled state; null: closed. */
  current: Deployment | null;
  onClose: () => void;
  onStop: (deployment: Deployment) => void;
}

/**
 * "Stop fraudmodel?" — or, when it stopped (or failed) while the dialog was open, says so instead of
 * offering a STOP that would be refused. Loaded after the first paint (useLifecycleActions).
 */
export function StopDeploymentDialog({ current, onClose, onStop }: StopDeploymentDialogProps) {
  const stopApplies = current ? actionAvailability('STOP', current.status).allowed : false;
  return (
    <Dialog open={current !== null} onClose={onClose} aria-labelledby="stop-deployment-title">
      {current && stopApplies ? (
        <>
          <DialogTitle id="stop-deployment-title">Stop {current.name}?</DialogTitle>
          <DialogContent>
            <DialogContentText>
              Its instances will be shut down and it will stop serving predictions until it is started again. Requests sent in the meantime will fail.
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} autoFocus>
              Cancel
            </Button>
            <Button
              color="error"
              variant="contained"
              onClick={() => {
                onStop(current);
                onClose();
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
            <Button onClick={onClose} autoFocus>
              Close
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
