/** Tolerant readers for values the backend sends in more than one shape. */

/** The instants a deployment time can plausibly be: 1970 up to the year 2200 (epoch ms). */
const latestPlausibleMs = Date.UTC(2200, 0, 1);

export function isPlausibleInstant(epochMs: number): boolean {
  return Number.isFinite(epochMs) && epochMs >= 0 && epochMs <= latestPlausibleMs;
}

/**
 * Epoch ms from an epoch number, a numeric string or an ISO string; undefined when unreadable or not a
 * plausible instant (nanoseconds, 9e15…), so that one bad value shows as unknown instead of breaking
 * every formatter that meets it.
 */
export function parseTimestamp(raw: unknown): number | undefined {
  let epochMs: number;
  if (typeof raw === 'number') epochMs = raw;
  else if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  else if (/^-?\d+(\.\d+)?$/.test(raw.trim())) epochMs = Number(raw.trim());
  else epochMs = Date.parse(raw.trim());
  return isPlausibleInstant(epochMs) ? epochMs : undefined;
}

/**
 * A time field: undefined when the backend left it out, NaN when it sent something that is not a plausible
 * instant — present (a deployment with an unreadable `deployed` is still deployed) but shown as unknown.
 */
export function parseTimestampField(raw: unknown): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  return parseTimestamp(raw) ?? Number.NaN;
}

/** A number from a number or a numeric string; undefined otherwise. */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return undefined;
}

/** A non-empty string from a string or a number (e.g. `revision`); undefined otherwise. */
export function parseText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.trim() === '' ? undefined : raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return undefined;
}
