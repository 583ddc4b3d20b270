import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import type { Deployment } from '../api/deployment-schema';
import { useDeploymentAction } from '../api/use-deployment-action';
import { actionAvailability, type LifecycleAction } from '../model/actions';

interface DeploymentActionsProps {
  projectId: number;
  deployment: Deployment;
  size?: 'small' | 'medium';
}

function ActionButton({
  label,
  action,
  deployment,
  size,
  pending,
  onClick,
}: {
  label: string;
  action: LifecycleAction;
  deployment: Deployment;
  size: 'small' | 'medium';
  pending: boolean;
  onClick: () => void;
}) {
  const availability = actionAvailability(action, deployment.status);
  const button = (
    <Button
      size={size}
      variant="outlined"
      color={action === 'STOP' ? 'error' : 'primary'}
      startIcon={action === 'START' ? <PlayArrowOutlined /> : <StopOutlined />}
      disabled={!availability.allowed || pending}
      onClick={onClick}
      aria-label={`${label} ${deployment.name}`}
    >
      {label}
    </Button>
  );
  if (availability.allowed) return button;
  // A disabled button gets no hover events: the wrapper carries the tooltip and stays focusable.
  return (
    <Tooltip title={availability.reason}>
      <span tabIndex={0} aria-label={`${label} ${deployment.name} is unavailable: ${availability.reason}`}>
        {button}
      </span>
    </Tooltip>
  );
}

/** Start and Stop, each enabled only when the backend would accept it; Stop asks first. */
export function DeploymentActions({ projectId, deployment, size = 'small' }: DeploymentActionsProps) {
  const mutation = useDeploymentAction(projectId);
  const [confirmingStop, setConfirmingStop] = useState(false);
  const pending = mutation.isPending;
  return (
    <>
      <Stack direction="row" spacing={1}>
        <ActionButton
          label="Start"
          action="START"
          deployment={deployment}
          size={size}
          pending={pending}
          onClick={() => mutation.mutate({ deployment, action: 'START' })}
        />
        <ActionButton label="Stop" action="STOP" deployment={deployment} size={size} pending={pending} onClick={() => setConfirmingStop(true)} />
      </Stack>
      <Dialog open={confirmingStop} onClose={() => setConfirmingStop(false)} aria-labelledby={`stop-${deployment.id}-title`}>
        <DialogTitle id={`stop-${deployment.id}-title`}>Stop {deployment.name}?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Its instances will be shut down and it will stop serving predictions until it is started again. Requests sent in the meantime will fail.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmingStop(false)} autoFocus>
            Cancel
          </Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              setConfirmingStop(false);
              mutation.mutate({ deployment, action: 'STOP' });
            }}
          >
            Stop deployment
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
