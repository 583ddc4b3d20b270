import type { RefObject } from 'react';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import VerticalAlignBottomOutlined from '@mui/icons-material/VerticalAlignBottomOutlined';
import type { LogComponent } from '../model/log-target';
import type { LogLinesViewHandle } from './log-lines-view';

/** Predictor or transformer (the latter only when the deployment has one). */
export function ComponentSelect({ id, value, hasTransformer, onChange }: { id: string; value: LogComponent; hasTransformer: boolean; onChange: (component: LogComponent) => void }) {
  return (
    <FormControl size="small" sx={{ minWidth: 150 }}>
      <InputLabel id={id}>Component</InputLabel>
      <Select labelId={id} label="Component" value={value} onChange={(event) => onChange(event.target.value === 'transformer' ? 'transformer' : 'predictor')}>
        <MenuItem value="predictor">Predictor</MenuItem>
        {hasTransformer && <MenuItem value="transformer">Transformer</MenuItem>}
      </Select>
    </FormControl>
  );
}

/** Shown over a log view the reader scrolled up in: back to the newest line (and to following it). */
export function JumpToLatestButton({ linesView, onJumped }: { linesView: RefObject<LogLinesViewHandle | null>; onJumped: () => void }) {
  const jump = () => {
    onJumped();
    linesView.current?.scrollToBottom();
  };
  return (
    <Button variant="contained" size="small" startIcon={<VerticalAlignBottomOutlined />} onClick={jump} sx={{ position: 'absolute', bottom: 12, right: 24 }}>
      Jump to latest
    </Button>
  );
}
