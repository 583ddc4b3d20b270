import { memo, useId } from 'react';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import IconButton from '@mui/material/IconButton';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select from '@mui/material/Select';
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
  const id = useId();
  return (
    <Box sx={{ display: { xs: 'flex', sm: 'none' }, alignItems: 'center', gap: 1 }}>
      {/* A native select: the phone's own picker, and a light first render. */}
      <FormControl size="small" sx={{ flexGrow: 1 }}>
        <InputLabel htmlFor={id} shrink>
          Sort by
        </InputLabel>
        <Select
          native
          inputProps={{ id }}
          input={<OutlinedInput label="Sort by" notched />}
          value={sort}
          onChange={(event) => onChange(event.target.value as SortColumn, direction)}
        >
          {columns
            .filter((column) => column.sortable)
            .map((column) => (
              <option key={column.id} value={column.id}>
                {column.label}
              </option>
            ))}
        </Select>
      </FormControl>
      <IconButton
        onClick={() => onChange(sort, ascending ? 'desc' : 'asc')}
        aria-label={ascending ? 'Sorted ascending: sort descending' : 'Sorted descending: sort ascending'}
      >
        {ascending ? <ArrowUpwardOutlined /> : <ArrowDownwardOutlined />}
      </IconButton>
    </Box>
  );
});
