import { memo, useCallback, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
import Paper from '@mui/material/Paper';
import { paths } from '@/config/paths';
import { RelativeTime } from '@/components/relative-time';
import { SectionBoundary } from '@/components/section-boundary';
import type { Deployment } from '../../api/deployment-schema';
import { instancesLabel, type SortColumn, type SortDirection } from '../../model/list-view';
import { columns, loadingRowCount, sortArrowPath } from './deployments-table-layout';
import { StatusIndicator } from '../status-indicator';
import type { ActionPermission } from '@/lib/session/use-action-permission';
import { RowActions } from './row-actions';
import { useLifecycleActions } from '../use-lifecycle-actions';
import { usePrefetchOnIntent } from '../../api/use-deployment';

interface DeploymentRowProps {
  projectId: number;
  /** The router's base path without its trailing slash ("" or "/console"): each row's link is a plain anchor (see `followRowLink`). */
  baseHref: string;
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
const DeploymentRow = memo(function DeploymentRow({ projectId, baseHref, deployment, pending, permission, onStart, onStop, onOpenIntent, onOpenIntentEnd }: DeploymentRowProps) {
  const intent = () => onOpenIntent(deployment.id);
  const route = paths.deployment.getHref(projectId, deployment.id);
  return (
    <tr data-deployment={deployment.name}>
      <td className="name-cell">
        <a href={`${baseHref}${route}`} data-route={route} onMouseEnter={intent} onFocus={intent} onMouseLeave={onOpenIntentEnd} onBlur={onOpenIntentEnd}>
          {deployment.name}
        </a>
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
  const navigate = useNavigate();
  const baseHref = useHref('/').replace(/\/$/, '');
  // The rows' links, followed in the page as react-router's Link does it: one handler for the table,
  // because a Link per row (each reading the router's location) cost a tenth of a filter keystroke (p95).
  const followRowLink = (event: MouseEvent<HTMLTableSectionElement>) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-route]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(link.dataset.route!);
  };
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
                      <path d={sortArrowPath} fill="currentColor" />
                    </svg>
                  </button>
                ) : (
                  column.label
                )}
                {column.hint && <span className="column-hint">{column.hint}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody onClick={followRowLink}>
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
                    baseHref={baseHref}
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
            : Array.from({ length: loadingRowCount }, (_, index) => (
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
