/** Instance counts a chart can draw: whole numbers a person can read on an axis. */
export const largestDrawableCount = 10_000;

export function isDrawableCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= largestDrawableCount;
}

/**
 * Axis ticks from 0 to at least `max`, at most `maxTicks` + 1 of them, on steps of 1, 2 or 5 × 10^k —
 * chosen from the range, never one per unit.
 */
export function axisTicks(max: number, maxTicks = 5): number[] {
  const top = isDrawableCount(max) ? Math.max(1, max) : 1;
  const rough = top / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude);
  const ticks: number[] = [];
  for (let value = 0; value < top + step; value += step) ticks.push(value);
  return ticks;
}
