import { useId } from 'react';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';

interface PagerProps {
  count: number;
  /** Zero-based. */
  page: number;
  pageSize: number;
  pageSizes: readonly number[];
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

/**
 * A table's pagination footer, worded like MUI's TablePagination ("Rows per page", "1–50 of 2,000",
 * "Go to next page"), with a native select: MUI's brings its tooltips and menus into the first page's
 * JavaScript.
 */
export function Pager({ count, page, pageSize, pageSizes, onPageChange, onPageSizeChange }: PagerProps) {
  const selectId = useId();
  const lastPage = Math.max(0, Math.ceil(count / pageSize) - 1);
  const from = count === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(count, (page + 1) * pageSize);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', px: 1, py: 0.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" component="label" htmlFor={selectId}>
          Rows per page:
        </Typography>
        <Typography
          component="select"
          variant="body2"
          id={selectId}
          value={pageSize}
          onChange={(event) => onPageSizeChange(Number((event.target as HTMLSelectElement).value))}
          sx={{ font: 'inherit', color: 'text.primary', bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1, px: 0.5, py: 0.25 }}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Typography>
      </Stack>
      <Typography variant="body2" aria-live="polite">
        {from.toLocaleString('en')}–{to.toLocaleString('en')} of {count.toLocaleString('en')}
      </Typography>
      <Stack direction="row">
        <IconButton aria-label="Go to previous page" title="Go to previous page" disabled={page <= 0} onClick={() => onPageChange(page - 1)}>
          <KeyboardArrowLeft />
        </IconButton>
        <IconButton aria-label="Go to next page" title="Go to next page" disabled={page >= lastPage} onClick={() => onPageChange(page + 1)}>
          <KeyboardArrowRight />
        </IconButton>
      </Stack>
    </Stack>
  );
}
