import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** How far below the page's top a scrolled-to element stops: clear of the sticky app bar. */
export const scrollMarginBelowAppBar = 80;

/** A titled card section of a page. */
export function Section({ title, id, actions, children }: { title: string; id?: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-heading`;
  return (
    <Paper component="section" variant="outlined" id={id} aria-labelledby={headingId} sx={{ p: 2.5, scrollMarginTop: scrollMarginBelowAppBar }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2, gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h2" id={headingId} sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}
