/** Formatting of times, durations and amounts for display. */

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absoluteFormat = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * The one relative-time formatter. `long`: "3 hours ago", "in 2 minutes", "just now" (tables, details);
 * `short`: "4 s ago", "2 min ago", "3 h ago" (live "Updated … ago" labels that change every second).
 */
export function formatRelative(epochMs: number, now: number, style: 'long' | 'short' = 'long'): string {
  if (!Number.isFinite(epochMs) || !Number.isFinite(now)) return 'unknown';
  const diff = epochMs - now;
  if (style === 'short') {
    const seconds = Math.max(0, Math.round(-diff / 1000));
    if (seconds < 60) return `${seconds} s ago`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
    return `${Math.floor(seconds / 3600)} h ago`;
  }
  if (Math.abs(diff) < 5_000) return 'just now';
  for (const [unit, size] of units) {
    if (Math.abs(diff) >= size || unit === 'second') return relativeFormat.format(Math.round(diff / size), unit);
  }
  return 'just now';
}

// Each row of a page of 50 shows its time: a filter keystroke that brings in new rows formats theirs again.
const absoluteCache = new Map<number, string>();

/** Never throws: a value that is not a drawable instant reads "unknown". */
export function formatAbsolute(epochMs: number): string {
  const cached = absoluteCache.get(epochMs);
  if (cached !== undefined) return cached;
  const date = new Date(epochMs);
  const formatted = Number.isNaN(date.getTime()) ? 'unknown' : absoluteFormat.format(date);
  if (absoluteCache.size >= 5_000) absoluteCache.clear();
  absoluteCache.set(epochMs, formatted);
  return formatted;
}

/** An ISO string for `<time dateTime>`, or undefined when the value is not a valid instant. */
export function isoOrUndefined(epochMs: number): string | undefined {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** "2 min 10 s", "45 s", "1 h 3 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'unknown';
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${seconds} s`;
  return `${seconds} s`;
}

export function formatMemory(megabytes: number | undefined): string {
  if (megabytes === undefined) return '—';
  if (!Number.isFinite(megabytes) || megabytes < 0) return 'unknown';
  return megabytes >= 1024 ? `${+(megabytes / 1024).toFixed(1)} GB` : `${megabytes} MB`;
}

export function formatCores(cores: number | undefined): string {
  if (cores === undefined) return '—';
  if (!Number.isFinite(cores) || cores < 0) return 'unknown';
  return `${+cores.toFixed(2)} ${cores === 1 ? 'core' : 'cores'}`;
}

export function formatGpus(gpus: number | undefined): string {
  if (gpus === undefined) return '—';
  if (!Number.isInteger(gpus) || gpus < 0) return 'unknown';
  return String(gpus);
}

/** A resource limit: the backend's `-1` (its default) means "no limit". */
export function formatLimit(value: number | undefined, format: (value: number | undefined) => string): string {
  return value === -1 ? 'no limit' : format(value);
}
