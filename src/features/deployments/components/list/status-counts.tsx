import { memo } from 'react';
import Button from '@mui/material/Button';
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

/** Chip-shaped toggles from Button (MUI's Chip would add ~3 KB gzip to the first page). */
const pillSx = {
  borderRadius: 4,
  height: 24,
  minWidth: 0,
  px: 1,
  py: 0,
  fontSize: '0.8125rem',
  fontWeight: 600,
  textTransform: 'none',
  '& .MuiButton-startIcon': { ml: -0.25, mr: 0.5 },
} as const;

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
          <Button
            key={status}
            size="small"
            variant="outlined"
            startIcon={<StatusIcon status={status} className="status-chip-icon" />}
            onClick={() => onToggle(status)}
            aria-pressed={isSelected}
            aria-label={`${countLabel(status, count)}: ${isSelected ? 'remove from' : 'add to'} the status filter`}
            sx={{
              ...pillSx,
              color: `status.${statusTable[status].tone}`,
              borderColor: `status.${statusTable[status].tone}`,
              bgcolor: isSelected ? 'action.selected' : undefined,
            }}
          >
            {countLabel(status, count)}
          </Button>
        );
      })}
    </Stack>
  );
});
