import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { contextOptions, logLevels, type LineSelection, type LogLevel } from '../model/log-filter';
import type { LogViewState } from './use-log-view-state';

const selectionLabels: Record<LineSelection, string> = {
  all: 'All lines',
  matching: 'Only matching lines',
  'not-matching': 'Only lines not matching',
};

const levelLabels: Record<LogLevel, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

interface LogFilterBarProps {
  /** One id per viewer, for the labels. */
  idPrefix: string;
  view: LogViewState;
  counts: Record<LogLevel, number>;
  updateView: (change: Partial<LogViewState>) => void;
}

/** Which lines the view shows: by the search (only matching, with context, or not matching), case, level. */
export function LogFilterBar({ idPrefix, view, counts, updateView }: LogFilterBarProps) {
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <FormControl size="small" sx={{ minWidth: 210 }}>
        <InputLabel id={`${idPrefix}-show-label`}>Show</InputLabel>
        <Select
          labelId={`${idPrefix}-show-label`}
          label="Show"
          value={view.selection}
          onChange={(event) => updateView({ selection: event.target.value as LineSelection })}
        >
          {Object.entries(selectionLabels).map(([value, label]) => (
            <MenuItem key={value} value={value}>
              {label}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      {view.selection === 'matching' && (
        <FormControl size="small" sx={{ minWidth: 130 }}>
          <InputLabel id={`${idPrefix}-context-label`}>Context</InputLabel>
          <Select labelId={`${idPrefix}-context-label`} label="Context" value={view.context} onChange={(event) => updateView({ context: Number(event.target.value) })}>
            {contextOptions.map((lines) => (
              <MenuItem key={lines} value={lines}>
                {lines === 0 ? 'No context' : `${lines} lines around`}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      )}
      <FormControlLabel control={<Switch checked={view.matchCase} onChange={(event) => updateView({ matchCase: event.target.checked })} />} label="Match case" />
      <ToggleButtonGroup
        size="small"
        aria-label="Levels (none chosen: every level)"
        value={view.levels}
        onChange={(_event, levels: LogLevel[]) => updateView({ levels: logLevels.filter((level) => levels.includes(level)) })}
      >
        {logLevels.map((level) => (
          <ToggleButton key={level} value={level} sx={{ textTransform: 'none', py: 0.25 }}>
            {levelLabels[level]} ({counts[level].toLocaleString('en')})
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Stack>
  );
}
