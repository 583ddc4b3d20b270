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

/** The indicator's styles, installed once by the app's global styles. */
export const statusIndicatorStyles = {
  '.status-indicator': {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '6px',
    fontWeight: 600,
    fontSize: '0.875rem',
    whiteSpace: 'nowrap',
    borderRadius: 4,
  },
  '.status-indicator-medium': { fontSize: '1.05rem' },
  '.status-icon': { width: '1.25em', height: '1.25em', flexShrink: 0 },
  '.status-chip-icon': { width: 18, height: 18 },
  '@keyframes status-indicator-pulse': { '0%, 100%': { opacity: 1 }, '50%': { opacity: 0.35 } },
  '.status-indicator-busy svg': { animation: 'status-indicator-pulse 1.6s ease-in-out infinite' },
  '@media (prefers-reduced-motion: reduce)': { '.status-indicator-busy svg': { animation: 'none' } },
} as const;
