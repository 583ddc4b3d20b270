import Tooltip from '@mui/material/Tooltip';
import { formatAbsolute, formatRelative } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/** "3 hours ago", with the absolute time on hover and for assistive technology. */
export function RelativeTime({ epochMs }: { epochMs: number | undefined }) {
  const now = useNow(10_000);
  if (epochMs === undefined) return <span>—</span>;
  const absolute = formatAbsolute(epochMs);
  return (
    <Tooltip title={absolute}>
      <time dateTime={new Date(epochMs).toISOString()} aria-label={`${formatRelative(epochMs, now)} (${absolute})`} tabIndex={0}>
        {formatRelative(epochMs, now)}
      </time>
    </Tooltip>
  );
}
