import Popover from '@mui/material/Popover';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { knownStatuses, statusTable } from '../model/status';
import { StatusIndicator } from './status-indicator';

export interface StatusLegendPopoverProps {
  /** The button it opens from; null: closed. */
  anchor: HTMLElement | null;
  onClose: () => void;
}

/** What each status means, in the docs' words (loaded after the first paint: StatusLegend). */
export function StatusLegendPopover({ anchor, onClose }: StatusLegendPopoverProps) {
  return (
    <Popover
      open={anchor !== null}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { role: 'dialog', 'aria-label': 'Status legend', sx: { p: 2, maxWidth: 560 } } }}
    >
      <Typography variant="h3" gutterBottom>
        Deployment statuses
      </Typography>
      <Table size="small">
        <TableBody>
          {knownStatuses.map((status) => (
            <TableRow key={status}>
              <TableCell sx={{ verticalAlign: 'top' }}>
                <StatusIndicator status={status} withTooltip={false} />
              </TableCell>
              <TableCell>{statusTable[status].description}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Popover>
  );
}
