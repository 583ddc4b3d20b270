import { useState } from 'react';
import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import { knownStatuses, statusTable } from '../model/status';
import { StatusIndicator } from './status-indicator';

/** What each status means, in the docs' words. */
export function StatusLegend() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button size="small" startIcon={<HelpOutlineOutlined />} onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="dialog">
        Status legend
      </Button>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
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
    </>
  );
}
