import { memo } from 'react';
import { Tooltip } from '@/components/tooltip';
import { statusLabel, statusTable, type DeploymentStatus } from '../model/status';
import { statusIconPaths } from './status-icon-paths';

/** The status's own icon, as a plain SVG (1em, current colour). */
export function StatusIcon({ status, className }: { status: DeploymentStatus; className?: string }) {
  return (
    <svg className={className ?? 'status-icon'} viewBox="0 0 24 24" aria-hidden focusable="false" data-icon={status}>
      {statusIconPaths[status].map((d) => (
        <path key={d} d={d} fill="currentColor" />
      ))}
    </svg>
  );
}

interface StatusIndicatorProps {
  status: DeploymentStatus;
  rawStatus?: string;
  size?: 'small' | 'medium';
  /** Show the status description on hover. */
  withTooltip?: boolean;
}

/** Colour + icon + text for a status; in-progress statuses pulse. The same everywhere. */
export const StatusIndicator = memo(function StatusIndicator({ status, rawStatus = '', size = 'small', withTooltip = true }: StatusIndicatorProps) {
  const info = statusTable[status];
  // Plain elements and CSS variables (no per-render style computation): a table shows many of these.
  const indicator = (
    <span
      data-status={status}
      className={`status-indicator status-indicator-${size}${info.transitioning ? ' status-indicator-busy' : ''}`}
      style={{ color: `var(--mui-palette-status-${info.tone})` }}
      tabIndex={withTooltip ? 0 : undefined}
    >
      <StatusIcon status={status} />
      {statusLabel(status, rawStatus)}
    </span>
  );
  return withTooltip ? <Tooltip title={info.description}>{indicator}</Tooltip> : indicator;
});
