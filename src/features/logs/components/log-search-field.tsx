import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useUrlSyncedText } from '@/lib/use-url-synced-text';
import KeyboardArrowDownOutlined from '@mui/icons-material/KeyboardArrowDownOutlined';
import KeyboardArrowUpOutlined from '@mui/icons-material/KeyboardArrowUpOutlined';

interface LogSearchFieldProps {
  value: string;
  matchCount: number;
  currentIndex: number;
  onChange: (value: string) => void;
  onStep: (direction: 1 | -1) => void;
}

/** Search within the lines: match count, Enter / Shift+Enter or the arrows to go through matches. */
export function LogSearchField({ value, matchCount, currentIndex, onChange, onStep }: LogSearchFieldProps) {
  const [text, setText] = useUrlSyncedText(value, onChange);
  const status = value ? (matchCount === 0 ? 'No matches' : `${currentIndex + 1} of ${matchCount}`) : '';
  return (
    <TextField
      size="small"
      type="search"
      label="Search in logs"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onStep(event.shiftKey ? -1 : 1);
        }
      }}
      sx={{ minWidth: 280 }}
      slotProps={{
        input: {
          endAdornment: value ? (
            <InputAdornment position="end">
              <Typography variant="caption" role="status" aria-live="polite" sx={{ mr: 0.5, whiteSpace: 'nowrap' }}>
                {status}
              </Typography>
              <IconButton size="small" aria-label="Previous match" disabled={matchCount === 0} onClick={() => onStep(-1)}>
                <KeyboardArrowUpOutlined fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label="Next match" disabled={matchCount === 0} onClick={() => onStep(1)}>
                <KeyboardArrowDownOutlined fontSize="small" />
              </IconButton>
            </InputAdornment>
          ) : undefined,
        },
      }}
    />
  );
}
