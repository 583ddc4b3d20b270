import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { paths } from '@/config/paths';
import { RelativeTime } from '@/components/relative-time';
import type { Deployment } from '../../api/deployment-schema';
import { instancesLabel, type SortColumn, type SortDirection } from '../../model/list-view';
import { StatusIndicator } from '../status-indicator';
import { DeploymentActions } from '../deployment-actions';

const columns: { id: SortColumn | 'actions'; label: string; sortable: boolean; width?: number | string }[] = [
  { id: 'name', label: 'Name', sortable: true },
  { id: 'status', label: 'Status', sortable: true, width: 130 },
  { id: 'condition', label: 'Condition', sortable: true, width: '30%' },
  { id: 'model', label: 'Model', sortable: true },
  { id: 'instances', label: 'Instances', sortable: true, width: 120 },
  { id: 'deployed', label: 'Last deployed', sortable: true, width: 140 },
  { id: 'actions', label: 'Actions', sortable: false, width: 190 },
];

interface DeploymentRowProps {
  projectId: number;
  deployment: Deployment;
}

/** Memoised: polls keep unchanged deployments as the same objects, so their rows do not re-render. */
const DeploymentRow = memo(function DeploymentRow({ projectId, deployment }: DeploymentRowProps) {
  return (
    <TableRow hover data-deployment={deployment.name}>
      <TableCell sx={{ minWidth: 170, maxWidth: 320, overflowWrap: 'break-word' }}>
        <Link component={RouterLink} to={paths.deployment.getHref(projectId, deployment.id)} sx={{ fontWeight: 600 }}>
          {deployment.name}
        </Link>
      </TableCell>
      <TableCell>
        <StatusIndicator status={deployment.status} rawStatus={deployment.rawStatus} />
      </TableCell>
      <TableCell sx={{ overflowWrap: 'break-word' }}>
        <Typography variant="body2" color="text.secondary">
          {deployment.condition?.reason || '—'}
        </Typography>
      </TableCell>
      <TableCell sx={{ minWidth: 140 }}>
        {deployment.modelName ?? '—'}
        {deployment.modelVersion !== undefined && (
          <Typography component="span" variant="body2" color="text.secondary">
            {' '}
            v{deployment.modelVersion}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <Tooltip title={deployment.transformer ? 'Running/requested: predictor · transformer' : 'Running/requested predictor instances'}>
          <span tabIndex={0} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {instancesLabel(deployment)}
          </span>
        </Tooltip>
      </TableCell>
      <TableCell>
        <RelativeTime epochMs={deployment.deployed} />
      </TableCell>
      <TableCell>
        <DeploymentActions projectId={projectId} deployment={deployment} />
      </TableCell>
    </TableRow>
  );
});

interface DeploymentsTableProps {
  projectId: number;
  rows: readonly Deployment[] | undefined;
  sort: SortColumn;
  direction: SortDirection;
  onSort: (column: SortColumn) => void;
}

export function DeploymentsTable({ projectId, rows, sort, direction, onSort }: DeploymentsTableProps) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Deployments" aria-busy={rows === undefined}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell
                key={column.id}
                sx={{ width: column.width, fontWeight: 600, whiteSpace: 'nowrap' }}
                sortDirection={column.id === sort ? direction : false}
              >
                {column.sortable ? (
                  <TableSortLabel
                    active={column.id === sort}
                    direction={column.id === sort ? direction : 'asc'}
                    onClick={() => onSort(column.id as SortColumn)}
                  >
                    {column.label}
                  </TableSortLabel>
                ) : (
                  column.label
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows
            ? rows.map((deployment) => <DeploymentRow key={deployment.id} projectId={projectId} deployment={deployment} />)
            : Array.from({ length: 6 }, (_, index) => (
                <TableRow key={index} aria-hidden>
                  {columns.map((column) => (
                    <TableCell key={column.id}>
                      <Skeleton variant="text" />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
