import { useId, type KeyboardEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
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

/**
 * A search box (role "searchbox") with the search icon; the same on every page. MUI's outlined TextField
 * taken apart: TextField itself brings its other variants and helper text to the first page.
 */
export function SearchField({ label, value, onChange, onKeyDown, end, minWidth = 280 }: SearchFieldProps) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ minWidth }} onKeyDown={onKeyDown}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        type="search"
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        startAdornment={
          <Box component="span" sx={{ ...adornmentSx, mr: 1 }}>
            <SearchOutlined fontSize="small" aria-hidden />
          </Box>
        }
        endAdornment={
          end ? (
            <Box component="span" sx={{ ...adornmentSx, ml: 1 }}>
              {end}
            </Box>
          ) : undefined
        }
      />
    </FormControl>
  );
}
