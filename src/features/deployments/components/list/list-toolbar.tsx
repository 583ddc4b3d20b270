import { memo } from 'react';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import CheckBoxOutlined from '@mui/icons-material/CheckBoxOutlined';
import CheckBoxOutlineBlank from '@mui/icons-material/CheckBoxOutlineBlank';
import { SearchField } from '@/components/search-field';
import { knownStatuses, statusTable, type DeploymentStatus } from '../../model/status';

interface ListToolbarProps {
  query: string;
  statuses: readonly DeploymentStatus[];
  onQueryChange: (query: string) => void;
  onStatusesChange: (statuses: DeploymentStatus[]) => void;
  onClear: () => void;
}

const filterOptions: DeploymentStatus[] = [...knownStatuses, 'Unknown'];

/** Search by deployment or model name; filter by one or more statuses. */
export const ListToolbar = memo(function ListToolbar({ query, statuses, onQueryChange, onStatusesChange, onClear }: ListToolbarProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
      <SearchField label="Search deployments or models" value={query} onChange={onQueryChange} minWidth={300} />
      <FormControl size="small" sx={{ minWidth: 220 }}>
        <InputLabel id="status-filter-label" shrink>
          Status
        </InputLabel>
        <Select
          labelId="status-filter-label"
          multiple
          value={[...statuses]}
          onChange={(event) => {
            const value = event.target.value;
            onStatusesChange((typeof value === 'string' ? value.split(',') : value) as DeploymentStatus[]);
          }}
          input={<OutlinedInput label="Status" notched />}
          renderValue={(selected) => (selected.length === 0 ? 'All' : selected.join(', '))}
          displayEmpty
        >
          {filterOptions.map((status) => (
            <MenuItem key={status} value={status}>
              {/* The option's own aria-selected says whether it is chosen: the box only shows it. */}
              {statuses.includes(status) ? (
                <CheckBoxOutlined fontSize="small" color="primary" sx={{ mr: 1.5 }} />
              ) : (
                <CheckBoxOutlineBlank fontSize="small" sx={{ mr: 1.5, color: 'action.active' }} />
              )}
              {statusTable[status].label}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      {(query || statuses.length > 0) && (
        <Button size="small" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Stack>
  );
});
