import { isDrawableCount } from './chart-axis.ts';

/** One count as text: a whole number a person can read, or "?" for a value outside reason (negative, fractional, huge). */
export function countText(value: number): string {
  return isDrawableCount(value) ? String(value) : '?';
}

export interface AllocationCounts {
  running: number;
  requested: number;
}

/** The counts the backend sent that are outside reason, named, for a flag beside them; null when both can be read. */
export function implausibleCounts({ running, requested }: AllocationCounts): string | null {
  const bad = [
    ...(isDrawableCount(running) ? [] : [`running ${running}`]),
    ...(isDrawableCount(requested) ? [] : [`requested ${requested}`]),
  ];
  return bad.length ? `The server sent instance counts outside reason (${bad.join(', ')}); they are not shown.` : null;
}

/** "1/2", or "?/2" when a count is outside reason. */
export function runningOfRequested({ running, requested }: AllocationCounts): string {
  return `${countText(running)}/${countText(requested)}`;
}
