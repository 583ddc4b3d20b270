import type { Deployment } from '../api/deployment-schema';
import type { ConditionType, ConditionStatus } from './condition';
import type { DeploymentStatus } from './status';

/**
 * What the page has seen since it opened: each transition (status or condition change), and the
 * instance counts over time. Pure: a reducer over the deployments each poll returns.
 */

export interface Transition {
  at: number;
  status: DeploymentStatus;
  rawStatus: string;
  conditionType: ConditionType | null;
  conditionStatus: ConditionStatus;
  reason: string;
}

export interface InstanceSample {
  at: number;
  predictor: number;
  transformer: number | null;
}

export interface Observations {
  transitions: Transition[];
  samples: InstanceSample[];
}

export const maxSamples = 300;
export const maxTransitions = 100;

export const emptyObservations: Observations = { transitions: [], samples: [] };

function transitionOf(deployment: Deployment, at: number): Transition {
  return {
    at,
    status: deployment.status,
    rawStatus: deployment.rawStatus,
    conditionType: deployment.condition?.type ?? null,
    conditionStatus: deployment.condition?.status ?? null,
    reason: deployment.condition?.reason ?? '',
  };
}

function sameState(a: Transition, b: Transition): boolean {
  return a.status === b.status && a.conditionType === b.conditionType && a.conditionStatus === b.conditionStatus && a.reason === b.reason;
}

/** Adds one observation (a poll's answer at time `at`). Returns the same object when nothing is new. */
export function observe(observations: Observations, deployment: Deployment, at: number): Observations {
  const lastSample = observations.samples.at(-1);
  if (lastSample && lastSample.at >= at) return observations;
  const transition = transitionOf(deployment, at);
  const lastTransition = observations.transitions.at(-1);
  const transitions =
    lastTransition && sameState(lastTransition, transition) ? observations.transitions : [...observations.transitions, transition].slice(-maxTransitions);
  const sample: InstanceSample = {
    at,
    predictor: deployment.predictor.running,
    transformer: deployment.transformer ? deployment.transformer.running : null,
  };
  return { transitions, samples: [...observations.samples, sample].slice(-maxSamples) };
}

/**
 * How long the deployment has been in each condition type, as observed: the time from the first
 * poll that showed it until the first poll that showed the next one (or now, for the current one).
 * A condition already current when the page opened is counted from the page's first poll.
 */
export function timeInCondition(transitions: readonly Transition[], now: number): Map<ConditionType, { since: number; duration: number; current: boolean }> {
  const result = new Map<ConditionType, { since: number; duration: number; current: boolean }>();
  for (let index = 0; index < transitions.length; index++) {
    const transition = transitions[index]!;
    if (!transition.conditionType) continue;
    let end = index + 1;
    while (end < transitions.length && transitions[end]!.conditionType === transition.conditionType) end++;
    const until = end < transitions.length ? transitions[end]!.at : now;
    const previous = index > 0 ? transitions[index - 1]!.conditionType : null;
    if (previous === transition.conditionType) continue;
    result.set(transition.conditionType, { since: transition.at, duration: until - transition.at, current: end >= transitions.length });
  }
  return result;
}
