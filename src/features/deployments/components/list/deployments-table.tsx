import { memo, useCallback } from 'react';
import { Link as RouterLink } from 'react-router';
import Paper from '@mui/material/Paper';
import { paths } from '@/config/paths';
import { RelativeTime } from '@/components/relative-time';
import { SectionBoundary } from '@/components/section-boundary';
import type { Deployment } from '../../api/deployment-schema';
import { instancesLabel, type SortColumn, type SortDirection } from '../../model/list-view';
import { StatusIndicator } from '../status-indicator';
import type { ActionPermission } from '@/lib/session/use-action-permission';
import { RowActions } from './row-actions';
import { useLifecycleActions } from '../use-lifecycle-actions';
import { usePrefetchOnIntent } from '../../api/use-deployment';

export const columns: { id: SortColumn | 'actions'; label: string; sortable: boolean; width?: number | string }[] = [
  { id: 'name', label: 'Name', sortable: true },
  { id: 'status', label: 'Status', sortable: true, width: 130 },
  { id: 'condition', label: 'Condition', sortable: true, width: '30%' },
  { id: 'model', label: 'Model', sortable: true },
  { id: 'instances', label: 'Instances', sortable: true, width: 110 },
  { id: 'deployed', label: 'Last deployed', sortable: true, width: 140 },
  { id: 'actions', label: 'Actions', sortable: false, width: 190 },
];

/**
 * Table styles, installed once as global styles: rows are plain elements, so that rendering 50 new
 * rows on a keystroke computes no styles per cell.
 */
export const deploymentsTableStyles = {
  '.deployments-table': { width: '100%', borderCollapse: 'collapse', fontSize: '0.875rem' },
  '.deployments-table th, .deployments-table td': {
    padding: '6px 12px',
    textAlign: 'left',
    borderBottom: '1px solid var(--mui-palette-divider)',
    verticalAlign: 'middle',
  },
  '.deployments-table th': { fontWeight: 600, whiteSpace: 'nowrap' },
  '.deployments-table tbody tr:hover': { backgroundColor: 'var(--mui-palette-action-hover)' },
  '.deployments-table .name-cell': { minWidth: 170, maxWidth: 320, overflowWrap: 'break-word' },
  '.deployments-table .name-cell a': { color: 'var(--mui-palette-primary-main)', fontWeight: 600 },
  '.deployments-table .secondary': { color: 'var(--mui-palette-text-secondary)' },
  '.deployments-table .condition-cell': { overflowWrap: 'break-word', minWidth: 220 },
  '.deployments-table .model-cell': { whiteSpace: 'nowrap' },
  '.deployments-table .column-hint': { display: 'block', fontWeight: 400, fontSize: '0.75rem', color: 'var(--mui-palette-text-secondary)' },
  '.deployments-table .numeric': { fontVariantNumeric: 'tabular-nums' },
  '.deployments-table .phone-label': { display: 'none' },
  // The column headers' sort buttons, like MUI's TableSortLabel: the arrow shows on hover and on the sorted column.
  '.deployments-table .sort-label': {
    display: 'inline-flex',
    alignItems: 'center',
    padding: 0,
    border: 0,
    background: 'none',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    borderRadius: 2,
  },
  '.deployments-table .sort-label:focus-visible': { outline: '2px solid var(--mui-palette-primary-main)', outlineOffset: 2 },
  '.deployments-table .sort-arrow': { width: 18, height: 18, marginLeft: 4, opacity: 0, transition: 'opacity 200ms, transform 200ms' },
  '.deployments-table .sort-label[data-direction="asc"] .sort-arrow': { transform: 'rotate(180deg)' },
  '.deployments-table .sort-label:hover .sort-arrow, .deployments-table .sort-label:focus-visible .sort-arrow': { opacity: 0.5 },
  '.deployments-table .sort-label-active .sort-arrow': { opacity: 1 },
  '.deployments-table .placeholder-text': {
    display: 'block',
    height: '1.2em',
    borderRadius: 4,
    backgroundColor: 'var(--mui-palette-action-hover)',
    animation: 'deployments-table-pulse 1.5s ease-in-out 0.5s infinite',
  },
  '@keyframes deployments-table-pulse': { '0%, 100%': { opacity: 1 }, '50%': { opacity: 0.4 } },
  '@media (prefers-reduced-motion: reduce)': { '.deployments-table .placeholder-text': { animation: 'none' } },
  // Phones: one card per deployment (name, status, one-liner, model, instances, last deployed, actions)
  // instead of a table that scrolls sideways; the list's "Sort by" replaces the column headers.
  '@media (max-width: 599.95px)': {
    '.deployments-table, .deployments-table tbody, .deployments-table tr, .deployments-table td': { display: 'block' },
    '.deployments-table thead': { display: 'none' },
    '.deployments-table tbody tr': { padding: '12px 16px', borderBottom: '1px solid var(--mui-palette-divider)' },
    '.deployments-table th, .deployments-table td': { padding: '2px 0', borderBottom: 'none', width: 'auto', minWidth: 0, maxWidth: 'none' },
    '.deployments-table .name-cell': { fontSize: '1rem' },
    '.deployments-table .model-cell': { whiteSpace: 'normal' },
    '.deployments-table .phone-label': { display: 'inline', color: 'var(--mui-palette-text-secondary)' },
    '.deployments-table td:last-child': { paddingTop: '6px' },
  },
} as const;

interface DeploymentRowProps {
  projectId: number;
  deployment: Deployment;
  pending: boolean;
  permission: ActionPermission;
  onStart: (deployment: Deployment) => void;
  onStop: (deployment: Deployment) => void;
  /** The pointer rests on (or the keyboard focuses) the name: fetch the deployment ahead of the click. */
  onOpenIntent: (deploymentId: number) => void;
  onOpenIntentEnd: () => void;
}

/** Memoised: polls keep unchanged deployments as the same objects, so their rows do not re-render. */
const DeploymentRow = memo(function DeploymentRow({ projectId, deployment, pending, permission, onStart, onStop, onOpenIntent, onOpenIntentEnd }: DeploymentRowProps) {
  const intent = () => onOpenIntent(deployment.id);
  return (
    <tr data-deployment={deployment.name}>
      <td className="name-cell">
        <RouterLink to={paths.deployment.getHref(projectId, deployment.id)} onMouseEnter={intent} onFocus={intent} onMouseLeave={onOpenIntentEnd} onBlur={onOpenIntentEnd}>
          {deployment.name}
        </RouterLink>
      </td>
      <td>
        <StatusIndicator status={deployment.status} rawStatus={deployment.rawStatus} withTooltip={false} />
      </td>
      <td className="condition-cell secondary">{deployment.condition?.reason || '—'}</td>
      <td className="model-cell">
        <span className="phone-label">Model: </span>
        {deployment.modelName ?? '—'}
        {deployment.modelVersion !== undefined && <span className="secondary"> v{deployment.modelVersion}</span>}
      </td>
      <td className="numeric">
        <span className="phone-label">Instances: </span>
        {instancesLabel(deployment)}
      </td>
      <td>
        <span className="phone-label">Last deployed: </span>
        <RelativeTime epochMs={deployment.deployed} />
      </td>
      <td>
        <RowActions deployment={deployment} pending={pending} permission={permission} onStart={onStart} onStop={onStop} />
      </td>
    </tr>
  );
});

interface DeploymentsTableProps {
  projectId: number;
  rows: readonly Deployment[] | undefined;
  sort: SortColumn;
  direction: SortDirection;
  onSort: (column: SortColumn) => void;
}

export const DeploymentsTable = memo(function DeploymentsTable({ projectId, rows, sort, direction, onSort }: DeploymentsTableProps) {
  const currentOf = useCallback((id: number) => rows?.find((deployment) => deployment.id === id), [rows]);
  const { actions, dialog } = useLifecycleActions(projectId, currentOf);
  const openIntent = usePrefetchOnIntent(projectId);
  return (
    <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
      {dialog}
      <table className="deployments-table" aria-label="Deployments" aria-busy={rows === undefined}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                style={{ width: column.width }}
                aria-sort={column.id === sort ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {column.sortable ? (
                  <button
                    type="button"
                    className={`sort-label${column.id === sort ? ' sort-label-active' : ''}`}
                    data-direction={column.id === sort ? direction : 'asc'}
                    onClick={() => onSort(column.id as SortColumn)}
                  >
                    {column.label}
                    <svg className="sort-arrow" viewBox="0 0 24 24" aria-hidden focusable="false">
                      <path d="M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z" fill="currentColor" />
                    </svg>
                  </button>
                ) : (
                  column.label
                )}
                {column.id === 'instances' && <span className="column-hint">running/requested, predictor · transformer</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows
            ? rows.map((deployment) => (
                <SectionBoundary
                  key={deployment.id}
                  name={`The row of deployment ${deployment.id}`}
                  resetKey={deployment}
                  renderFallback={(message) => (
                    <tr>
                      <td colSpan={columns.length} className="secondary">
                        {message}
                      </td>
                    </tr>
                  )}
                >
                  <DeploymentRow
                    projectId={projectId}
                    deployment={deployment}
                    pending={actions.pendingId === deployment.id}
                    permission={actions.permission}
                    onStart={actions.start}
                    onStop={actions.requestStop}
                    onOpenIntent={openIntent.start}
                    onOpenIntentEnd={openIntent.cancel}
                  />
                </SectionBoundary>
              ))
            : Array.from({ length: 6 }, (_, index) => (
                <tr key={index} aria-hidden>
                  {columns.map((column) => (
                    <td key={column.id}>
                      <span className="placeholder-text" />
                    </td>
                  ))}
                </tr>
              ))}
        </tbody>
      </table>
    </Paper>
  );
});
