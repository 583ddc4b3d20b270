import { parseTimestamp } from '@/lib/wire-values';

/** Historical logs (`source=opensearch`): time ranges, the entries' order and identity, and their display. */

export const historyRanges = [
  { id: '15m', label: 'Last 15 minutes', ms: 15 * 60_000 },
  { id: '1h', label: 'Last hour', ms: 60 * 60_000 },
  { id: '6h', label: 'Last 6 hours', ms: 6 * 60 * 60_000 },
  { id: '24h', label: 'Last 24 hours', ms: 24 * 60 * 60_000 },
] as const;

export type HistoryRangeId = (typeof historyRanges)[number]['id'] | 'last-start';

export const defaultHistoryRange: HistoryRangeId = '1h';

export function isHistoryRange(value: string | null): value is HistoryRangeId {
  return value === 'last-start' || historyRanges.some((range) => range.id === value);
}

export interface TimeWindow {
  since: number;
  until: number;
}

/**
 * The window a range asks for at `now`. "The last start" runs from the last deploy to now (a failed
 * start's whole story); without a deploy time it falls back to the last hour.
 */
export function historyWindow(range: HistoryRangeId, now: number, deployedAt: number | undefined): TimeWindow {
  if (range === 'last-start' && deployedAt !== undefined && Number.isFinite(deployedAt) && deployedAt <= now) {
    return { since: deployedAt, until: now };
  }
  const length = historyRanges.find((candidate) => candidate.id === range)?.ms ?? historyRanges[1].ms;
  return { since: now - length, until: now };
}

/** The window just before `window`, of the same length: what "Load older lines" asks for. */
export function olderWindow(window: TimeWindow): TimeWindow {
  return { since: window.since - (window.until - window.since), until: window.since };
}

export interface HistoryEntry {
  instanceName: string;
  content: string;
  /** Epoch ms. */
  at: number;
  docId: string;
}

export type HistoryAnswer = { supported: true; entries: HistoryEntry[] } | { supported: false };

/**
 * An answer is history only when every entry carries a readable `timestamp` and a `docId`: older servers
 * ignore `source=opensearch` and answer transient logs (no timestamps) instead.
 */
export function readHistoryAnswer(raw: readonly { instanceName: string; content: string; timestamp?: unknown; docId?: unknown }[]): HistoryAnswer {
  const entries: HistoryEntry[] = [];
  for (const entry of raw) {
    const at = parseTimestamp(entry.timestamp);
    if (at === undefined || typeof entry.docId !== 'string' || entry.docId === '') return { supported: false };
    entries.push({ instanceName: entry.instanceName, content: entry.content, at, docId: entry.docId });
  }
  return { supported: true, entries };
}

/** Entries from several answers as one timeline: each docId once, oldest first. */
export function mergeHistory(...pages: readonly (readonly HistoryEntry[])[]): HistoryEntry[] {
  const byId = new Map<string, HistoryEntry>();
  for (const page of pages) for (const entry of page) byId.set(entry.docId, entry);
  return [...byId.values()].sort((a, b) => a.at - b.at || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
}

/** A KServe pod name's last part (`…-deployment-7d9f8c6b5-x2kqp` → `x2kqp`): enough to tell instances apart. */
export function shortInstanceLabel(instanceName: string): string {
  return instanceName.split('-').at(-1) || instanceName;
}

const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hour12: false });
const dayAndTime = new Intl.DateTimeFormat('en-GB', { month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

const utcTimeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hour12: false, timeZone: 'UTC' });
const utcDayAndTime = new Intl.DateTimeFormat('en-GB', { month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'UTC' });
const fullLocal = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'long' });

/** A log line's time for its column: time of day (with the day when the view spans days), local or UTC. */
export function formatLogTime(at: number, options: { withDay: boolean; utc?: boolean }): string {
  const format = options.utc ? (options.withDay ? utcDayAndTime : utcTimeOfDay) : options.withDay ? dayAndTime : timeOfDay;
  return format.format(at);
}

/** The full instant of a line, both ways (shown on hover): `2026-11-24T22:48:02.153Z · 24 Nov 2026, 23:48:02 CET`. */
export function fullInstant(at: number): string {
  return `${new Date(at).toISOString()} · ${fullLocal.format(at)}`;
}
