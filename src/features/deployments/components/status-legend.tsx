import { useState } from 'react';
import Button from '@mui/material/Button';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import { deferredComponent } from '@/components/deferred-component';
import type { StatusLegendPopoverProps } from './status-legend-popover';

const StatusLegendPopover = deferredComponent<StatusLegendPopoverProps>(
  async () => ({ default: (await import('./status-legend-popover')).StatusLegendPopover }),
  'StatusLegendPopover',
);

/** "Status legend": what each status means, in the docs' words. */
export function StatusLegend() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button size="small" startIcon={<HelpOutlineOutlined />} onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="dialog">
        Status legend
      </Button>
      <StatusLegendPopover anchor={anchor} onClose={() => setAnchor(null)} />
    </>
  );
}
