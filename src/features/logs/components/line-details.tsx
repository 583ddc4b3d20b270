import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import { CopyButton } from '@/components/copy-button';
import { fullInstant } from '../model/history';
import { prettyJsonOf } from '../model/json-line';
import { windowAround } from '../model/osd-link';
import type { LogLine } from '../model/log-lines';
import type { LogComponent, LogTarget } from '../model/log-target';
import { HistoricalLogsLink } from './historical-logs-link';

interface LineDetailsProps {
  target: LogTarget;
  component: LogComponent;
  line: LogLine;
  /** 1-based, as the view numbers it. */
  number: number;
  at: number | undefined;
  instanceName: string | undefined;
  onClose: () => void;
}

/** One line opened: its instant, its instance, its JSON pretty-printed, and its neighbourhood in OpenSearch. */
export function LineDetails({ target, component, line, number, at, instanceName, onClose }: LineDetailsProps) {
  const json = prettyJsonOf(line.text);
  return (
    <Paper variant="outlined" component="section" aria-label={`Line ${number}`} sx={{ p: 1.5 }}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle2" component="h3">
            Line {number}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {at === undefined ? 'The line states no time.' : fullInstant(at)}
            {instanceName && ` · ${instanceName}`}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          {at !== undefined && (
            <HistoricalLogsLink target={target} component={component} instance={instanceName} time={windowAround(at)} label="Open in OpenSearch around this line" variant="text" />
          )}
          <CopyButton text={line.text} label="Copy this line" />
          <IconButton size="small" aria-label="Close the line's details" onClick={onClose}>
            <CloseOutlined fontSize="small" />
          </IconButton>
        </Stack>
        {json ? (
          <Box
            component="pre"
            aria-label="The line's JSON"
            tabIndex={0}
            sx={{ m: 0, p: 1, maxHeight: 320, overflow: 'auto', bgcolor: 'background.default', borderRadius: 1, fontSize: 13, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
          >
            {json}
          </Box>
        ) : (
          <Box component="pre" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 13, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', maxHeight: 200, overflow: 'auto' }}>
            {line.text}
          </Box>
        )}
      </Stack>
    </Paper>
  );
}
