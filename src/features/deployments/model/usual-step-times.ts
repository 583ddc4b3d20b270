import type { ConditionType } from './condition';
import type { Transition } from './observations';

/**
 * "Stuck or just slow?": how long each step of a start usually takes for this deployment, from the
 * earlier starts this browser watched from step to step (kept locally, the last few per step).
 */

export type UsualStepTimes = Partial<Record<ConditionType, number[]>>;

export const keptPerStep = 10;

export interface StepDuration {
  type: ConditionType;
  /** When the page first saw the step (identifies one pass through it). */
  since: number;
  ms: number;
}

/**
 * The steps seen from their beginning to their end: entered after the page's first poll (so the start
 * of the step was seen) and left since. A step already under way when the page opened is not a sample.
 */
export function completedSteps(transitions: readonly Transition[]): StepDuration[] {
  const steps: StepDuration[] = [];
  for (let index = 1; index < transitions.length; index++) {
    const entered = transitions[index]!;
    if (!entered.conditionType || transitions[index - 1]!.conditionType === entered.conditionType) continue;
    let end = index + 1;
    while (end < transitions.length && transitions[end]!.conditionType === entered.conditionType) end++;
    if (end >= transitions.length) continue;
    // A step that failed is no measure of how long it usually takes.
    if (transitions[end - 1]!.conditionStatus === false || transitions[end - 1]!.status === 'Failed') continue;
    steps.push({ type: entered.conditionType, since: entered.at, ms: transitions[end]!.at - entered.at });
  }
  return steps;
}

export function withDurations(usual: UsualStepTimes, durations: readonly StepDuration[]): UsualStepTimes {
  const next: UsualStepTimes = { ...usual };
  for (const { type, ms } of durations) next[type] = [...(next[type] ?? []), ms].slice(-keptPerStep);
  return next;
}

export interface UsualTime {
  medianMs: number;
  /** How many starts the median is based on. */
  starts: number;
}

export function usualTime(usual: UsualStepTimes, type: ConditionType): UsualTime | undefined {
  const samples = usual[type];
  if (!samples?.length) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { medianMs, starts: samples.length };
}

/** Well past the usual time: twice the median and at least half a minute more, from two starts or more. */
export function isLongerThanUsual(elapsedMs: number, usual: UsualTime | undefined): boolean {
  return usual !== undefined && usual.starts >= 2 && elapsedMs > Math.max(2 * usual.medianMs, usual.medianMs + 30_000);
}

/** What local storage holds, read defensively: anything else than lists of plausible durations is dropped. */
export function readUsualStepTimes(stored: string | null): UsualStepTimes {
  if (!stored) return {};
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const usual: UsualStepTimes = {};
    for (const [type, samples] of Object.entries(value)) {
      if (!Array.isArray(samples)) continue;
      const valid = samples.filter((ms): ms is number => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms < 7 * 24 * 60 * 60_000);
      if (valid.length) usual[type as ConditionType] = valid.slice(-keptPerStep);
    }
    return usual;
  } catch {
    return {};
  }
}

export const usualStepTimesKey = (projectId: number, deploymentId: number) => `model-serving-console:step-times:${projectId}/${deploymentId}`;
