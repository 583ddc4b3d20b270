import { memo } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Tooltip } from '@/components/tooltip';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import type { ActionPermission } from '@/lib/session/use-action-permission';
import type { Deployment } from '../api/deployment-schema';
import { actionAvailability, type LifecycleAction } from '../model/actions';

interface ActionButtonProps {
  label: string;
  action: LifecycleAction;
  deployment: Deployment;
  size: 'small' | 'medium';
  pending: boolean;
  permission: ActionPermission;
  onClick: (deployment: Deployment) => void;
}

function ActionButton({ label, action, deployment, size, pending, permission, onClick }: ActionButtonProps) {
  const availability = actionAvailability(action, deployment.status, permission);
  const button = (
    <Button
      size={size}
      variant="outlined"
      color={action === 'STOP' ? 'error' : 'primary'}
      startIcon={action === 'START' ? <PlayArrowOutlined /> : <StopOutlined />}
      disabled={!availability.allowed || pending}
      onClick={() => onClick(deployment)}
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

interface DeploymentActionsProps {
  deployment: Deployment;
  pending: boolean;
  permission: ActionPermission;
  onStart: (deployment: Deployment) => void;
  onStop: (deployment: Deployment) => void;
  size?: 'small' | 'medium';
}

/** Start and Stop, each enabled only when the backend would accept it (see useLifecycleActions). */
export const DeploymentActions = memo(function DeploymentActions({ deployment, pending, permission, onStart, onStop, size = 'small' }: DeploymentActionsProps) {
  return (
    <Stack direction="row" spacing={1}>
      <ActionButton label="Start" action="START" deployment={deployment} size={size} pending={pending} permission={permission} onClick={onStart} />
      <ActionButton label="Stop" action="STOP" deployment={deployment} size={size} pending={pending} permission={permission} onClick={onStop} />
    </Stack>
  );
});
