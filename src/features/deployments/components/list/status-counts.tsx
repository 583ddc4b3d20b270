import { memo } from 'react';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Deployment } from '../../api/deployment-schema';
import { countByStatus, countLabel } from '../../model/list-view';
import { statusTable, type DeploymentStatus } from '../../model/status';
import { StatusIcon } from '../status-indicator';

interface StatusCountsProps {
  deployments: readonly Deployment[];
  selected: readonly DeploymentStatus[];
  onToggle: (status: DeploymentStatus) => void;
}

/** "3 running · 1 failed · 2 idle", each a toggle for the status filter. */
export const StatusCounts = memo(function StatusCounts({ deployments, selected, onToggle }: StatusCountsProps) {
  const counts = countByStatus(deployments);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} aria-label="Deployments per status">
      <Typography variant="body2" color="text.secondary" component="span">
        {deployments.length.toLocaleString('en')} {deployments.length === 1 ? 'deployment' : 'deployments'}:
      </Typography>
      {counts.map(({ status, count }) => {
        const isSelected = selected.includes(status);
        return (
          <Chip
            key={status}
            size="small"
            variant={isSelected ? 'filled' : 'outlined'}
            icon={<StatusIcon status={status} className="status-chip-icon" />}
            label={countLabel(status, count)}
            onClick={() => onToggle(status)}
            aria-pressed={isSelected}
            aria-label={`${countLabel(status, count)}: ${isSelected ? 'remove from' : 'add to'} the status filter`}
            sx={{
              color: `status.${statusTable[status].tone}`,
              borderColor: `status.${statusTable[status].tone}`,
              fontWeight: 600,
              '& .MuiChip-icon': { color: 'inherit' },
            }}
          />
        );
      })}
    </Stack>
  );
});
