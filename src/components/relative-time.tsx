import { visuallyHidden } from '@mui/utils';
import { formatAbsolute, formatRelative, isoOrUndefined } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/** Global styles: a class, not an inline style, so that a row's time sets no style properties as it renders. */
export const relativeTimeStyles = { '.relative-time-absolute': visuallyHidden } as const;

/**
 * "3 hours ago", with the absolute time on hover and for screen readers. Plain elements and one shared
 * clock, because a table shows one per row.
 */
export function RelativeTime({ epochMs }: { epochMs: number | undefined }) {
  const now = useNow(10_000);
  if (epochMs === undefined) return <span>—</span>;
  const iso = isoOrUndefined(epochMs);
  if (iso === undefined) return <span>unknown</span>;
  const absolute = formatAbsolute(epochMs);
  return (
    <time dateTime={iso} title={absolute}>
      {formatRelative(epochMs, now)}
      <span className="relative-time-absolute"> ({absolute})</span>
    </time>
  );
}
