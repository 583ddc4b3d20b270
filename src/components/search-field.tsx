import type { KeyboardEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import SearchOutlined from '@mui/icons-material/SearchOutlined';

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Shown at the end of the field (match count, navigation). */
  end?: ReactNode;
  minWidth?: number;
}

/** Laid out as MUI's InputAdornment (which would add ~1 KB gzip to the first page for these few lines). */
const adornmentSx = { display: 'flex', alignItems: 'center', maxHeight: '2em', whiteSpace: 'nowrap', color: 'action.active' } as const;

/** A search box (role "searchbox") with the search icon; the same on every page. */
export function SearchField({ label, value, onChange, onKeyDown, end, minWidth = 280 }: SearchFieldProps) {
  return (
    <TextField
      size="small"
      type="search"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      sx={{ minWidth }}
      slotProps={{
        input: {
          startAdornment: (
            <Box component="span" sx={{ ...adornmentSx, mr: 1 }}>
              <SearchOutlined fontSize="small" aria-hidden />
            </Box>
          ),
          endAdornment: end ? (
            <Box component="span" sx={{ ...adornmentSx, ml: 1 }}>
              {end}
            </Box>
          ) : undefined,
        },
      }}
    />
  );
}
