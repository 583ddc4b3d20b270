import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useUrlSyncedText } from '@/lib/use-url-synced-text';
import { SearchField } from '@/components/search-field';
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
  const status = text ? (matchCount === 0 ? 'No matches' : `${currentIndex + 1} of ${matchCount}`) : '';
  return (
    <SearchField
      label="Search in logs"
      value={text}
      onChange={setText}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onStep(event.shiftKey ? -1 : 1);
        }
      }}
      minWidth={300}
      end={
        text ? (
          <>
            <Typography variant="caption" role="status" aria-live="polite" sx={{ mr: 0.5, whiteSpace: 'nowrap' }}>
              {status}
            </Typography>
            <IconButton size="small" aria-label="Previous match" disabled={matchCount === 0} onClick={() => onStep(-1)}>
              <KeyboardArrowUpOutlined fontSize="small" />
            </IconButton>
            <IconButton size="small" aria-label="Next match" disabled={matchCount === 0} onClick={() => onStep(1)}>
              <KeyboardArrowDownOutlined fontSize="small" />
            </IconButton>
          </>
        ) : undefined
      }
    />
  );
}
