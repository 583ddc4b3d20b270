import { memo, useId } from 'react';
import type { ActionPermission } from '@/lib/session/use-action-permission';
import type { Deployment } from '../../api/deployment-schema';
import { actionAvailability, type LifecycleAction } from '../../model/actions';

/**
 * Start / Stop in a table row: plain buttons and a CSS-shown hint, because a page of 50 rows renders
 * them all on every filter keystroke. Same rules and labels as the overview's DeploymentActions.
 */
function RowActionButton({ label, action, deployment, pending, permission, onClick }: {
  label: string;
  action: LifecycleAction;
  deployment: Deployment;
  pending: boolean;
  permission: ActionPermission;
  onClick: (deployment: Deployment) => void;
}) {
  const hintId = useId();
  const availability = actionAvailability(action, deployment.status, permission);
  const className = `row-action row-action-${action === 'STOP' ? 'stop' : 'start'}`;
  if (availability.allowed) {
    return (
      <button type="button" className={className} disabled={pending} onClick={() => onClick(deployment)} aria-label={`${label} ${deployment.name}`}>
        {label}
      </button>
    );
  }
  return (
    <span className="row-action-unavailable" tabIndex={0} aria-label={`${label} ${deployment.name} is unavailable: ${availability.reason}`}>
      <button type="button" className={className} disabled aria-describedby={hintId} aria-label={`${label} ${deployment.name}`}>
        {label}
      </button>
      <span role="tooltip" id={hintId} className="row-action-hint">
        {availability.reason}
      </span>
    </span>
  );
}

interface RowActionsProps {
  deployment: Deployment;
  pending: boolean;
  permission: ActionPermission;
  onStart: (deployment: Deployment) => void;
  onStop: (deployment: Deployment) => void;
}

export const RowActions = memo(function RowActions({ deployment, pending, permission, onStart, onStop }: RowActionsProps) {
  return (
    <span className="row-actions">
      <RowActionButton label="Start" action="START" deployment={deployment} pending={pending} permission={permission} onClick={onStart} />
      <RowActionButton label="Stop" action="STOP" deployment={deployment} pending={pending} permission={permission} onClick={onStop} />
    </span>
  );
});

/** Colours and states of Start / Stop; their box (shared with the server's first rows) is `rowActionBoxStyles`. */
export const rowActionStyles = {
  '.row-action-start': { color: 'var(--mui-palette-primary-main)' },
  '.row-action-stop': { color: 'var(--mui-palette-error-main)' },
  '.row-action:hover:not(:disabled)': { backgroundColor: 'var(--mui-palette-action-hover)' },
  '.row-action:focus-visible': { outline: '2px solid var(--mui-palette-primary-main)', outlineOffset: 2 },
  '.row-action:disabled': { color: 'var(--mui-palette-text-disabled)', borderColor: 'var(--mui-palette-action-disabled)', cursor: 'default' },
  '.row-action-unavailable': { position: 'relative', display: 'inline-flex', borderRadius: 6 },
  '.row-action-unavailable:focus-visible': { outline: '2px solid var(--mui-palette-primary-main)', outlineOffset: 2 },
  '.row-action-hint': {
    display: 'none',
    position: 'absolute',
    bottom: 'calc(100% + 6px)',
    right: 0,
    zIndex: 1500,
    width: 'max-content',
    maxWidth: 280,
    padding: '4px 8px',
    borderRadius: 4,
    fontSize: '0.75rem',
    lineHeight: 1.4,
    color: 'var(--mui-palette-common-white)',
    backgroundColor: 'rgba(50, 50, 50, 0.95)',
    pointerEvents: 'none',
  },
  '.row-action-unavailable:hover .row-action-hint, .row-action-unavailable:focus .row-action-hint': { display: 'block' },
} as const;
