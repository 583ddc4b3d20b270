/**
 * The instant a log line says it was written, from the formats model servers write: Python logging
 * (`2025-07-22 07:02:04,123`), KServe (`2025-07-22 07:02:04.123`), ISO-8601 with a zone, gunicorn/uvicorn
 * access logs (`[2025-07-22 07:02:04 +0000]`), and glog (`I0722 07:02:04.123456`, no year). A time without
 * a zone is UTC: containers run in UTC unless told otherwise.
 */

const isoLike =
  /^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s?(Z|[+-]\d{2}:?\d{2}|UTC)?\]?(?=[\s\]|:]|$)/;
const glog = /^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?\s/;

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'UTC') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

const millis = (fraction: string | undefined) => (fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0);

function valid(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60 && year >= 1970;
}

/** Epoch ms of the time a line starts with, or undefined. `now` gives glog's missing year. */
export function parseLineTime(text: string, now = Date.now()): number | undefined {
  const trimmed = text.trimStart();
  const iso = isoLike.exec(trimmed);
  if (iso) {
    const [year, month, day, hour, minute, second] = iso.slice(1, 7).map(Number) as [number, number, number, number, number, number];
    if (!valid(year, month, day, hour, minute, second)) return undefined;
    return Date.UTC(year, month - 1, day, hour, minute, second, millis(iso[7])) - zoneOffsetMinutes(iso[8]) * 60_000;
  }
  const short = glog.exec(trimmed);
  if (short) {
    const [month, day, hour, minute, second] = short.slice(1, 6).map(Number) as [number, number, number, number, number];
    const thisYear = new Date(now).getUTCFullYear();
    if (!valid(thisYear, month, day, hour, minute, second)) return undefined;
    const at = Date.UTC(thisYear, month - 1, day, hour, minute, second, millis(short[6]));
    // A line from late December read in January belongs to last year.
    return at > now + 24 * 60 * 60_000 ? Date.UTC(thisYear - 1, month - 1, day, hour, minute, second, millis(short[6])) : at;
  }
  return undefined;
}

/** Each line's time: its own, else the one of the line before it (a traceback's frames share their line's). */
export function lineTimes(texts: readonly string[], now = Date.now()): (number | undefined)[] {
  let previous: number | undefined;
  return texts.map((text) => {
    const own = parseLineTime(text, now);
    if (own !== undefined) previous = own;
    return own ?? previous;
  });
}

export interface LazyLineTimes {
  /** The time line `index` starts with, read the first time it is asked for. */
  at: (index: number) => number | undefined;
  /** Whether any line has a time. */
  any: boolean;
  /** From the first line with a time to the last one (logs are written, and merged, in time order). */
  spanMs: number;
}

/**
 * Each line's own time, read only when asked for: a view shows a screenful of a 100,000-line log, and
 * reading every line's time up front held its first paint back by a sixth of a second.
 */
export function lazyLineTimes(texts: { readonly length: number; readonly [index: number]: { readonly text: string } }, now = Date.now()): LazyLineTimes {
  const read = new Map<number, number | undefined>();
  const at = (index: number) => {
    if (!read.has(index)) read.set(index, index >= 0 && index < texts.length ? parseLineTime(texts[index]!.text, now) : undefined);
    return read.get(index);
  };
  let first = 0;
  while (first < texts.length && at(first) === undefined) first++;
  if (first === texts.length) return { at, any: false, spanMs: 0 };
  let last = texts.length - 1;
  while (at(last) === undefined) last--;
  return { at, any: true, spanMs: at(last)! - at(first)! };
}
