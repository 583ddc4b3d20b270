import { lineTimes } from './line-time';

/**
 * Several instances' logs as one timeline. Each instance's lines keep their order; between instances the
 * line written first comes first (a line without a time goes with the line before it in its instance;
 * lines before any time come first). Equal times keep the instances' order.
 */

export interface InstanceLog<Line> {
  instanceName: string;
  lines: readonly Line[];
}

export interface MergedLine<Line> {
  line: Line;
  /** The instance's position in the input (its tag colour). */
  instance: number;
  /** The line's index in its instance's lines. */
  indexInInstance: number;
}

export function mergeInstanceLogs<Line extends { text: string }>(instances: readonly InstanceLog<Line>[], now = Date.now()): MergedLine<Line>[] {
  const times = instances.map((instance) => lineTimes(instance.lines.map((line) => line.text), now));
  const heads = instances.map(() => 0);
  const total = instances.reduce((sum, instance) => sum + instance.lines.length, 0);
  const merged: MergedLine<Line>[] = [];
  while (merged.length < total) {
    let best = -1;
    let bestTime = Infinity;
    for (let instance = 0; instance < instances.length; instance++) {
      const head = heads[instance]!;
      if (head >= instances[instance]!.lines.length) continue;
      const time = times[instance]![head] ?? -Infinity;
      if (best === -1 || time < bestTime) {
        best = instance;
        bestTime = time;
      }
    }
    const indexInInstance = heads[best]!++;
    merged.push({ line: instances[best]!.lines[indexInInstance]!, instance: best, indexInInstance });
  }
  return merged;
}
