import { memo } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import type { SortColumn, SortDirection } from '../../model/list-view';
import { columns } from './deployments-table-layout';

interface PhoneSortProps {
  sort: SortColumn;
  direction: SortDirection;
  onChange: (sort: SortColumn, direction: SortDirection) => void;
}

/** On phones the cards have no column headers to click: the same sort, as a choice and a direction. */
export const PhoneSort = memo(function PhoneSort({ sort, direction, onChange }: PhoneSortProps) {
  const ascending = direction === 'asc';
  return (
    <Box sx={{ display: { xs: 'flex', sm: 'none' }, alignItems: 'center', gap: 1 }}>
      {/* A native select: the phone's own picker, and a light first render. */}
      <TextField
        select
        size="small"
        label="Sort by"
        value={sort}
        onChange={(event) => onChange(event.target.value as SortColumn, direction)}
        sx={{ flexGrow: 1 }}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        {columns
          .filter((column) => column.sortable)
          .map((column) => (
            <option key={column.id} value={column.id}>
              {column.label}
            </option>
          ))}
      </TextField>
      <IconButton
        onClick={() => onChange(sort, ascending ? 'desc' : 'asc')}
        aria-label={ascending ? 'Sorted ascending: sort descending' : 'Sorted descending: sort ascending'}
      >
        {ascending ? <ArrowUpwardOutlined /> : <ArrowDownwardOutlined />}
      </IconButton>
    </Box>
  );
});
