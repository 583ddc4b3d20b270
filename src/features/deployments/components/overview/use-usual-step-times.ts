import { useEffect, useRef, useState } from 'react';
import type { Transition } from '../../model/observations';
import { completedSteps, readUsualStepTimes, usualStepTimesKey, withDurations, type UsualStepTimes } from '../../model/usual-step-times';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked: no usual times, nothing else lost
  }
}

/**
 * This deployment's usual step times from earlier starts (as they were when the page opened), and the
 * steps this page sees from beginning to end added to them for the next time.
 */
export function useUsualStepTimes(projectId: number, deploymentId: number, transitions: readonly Transition[]): UsualStepTimes {
  const key = usualStepTimesKey(projectId, deploymentId);
  const [earlier] = useState(() => readUsualStepTimes(read(key)));
  const recorded = useRef(new Set<string>());
  useEffect(() => {
    const fresh = completedSteps(transitions).filter((step) => !recorded.current.has(`${step.type}@${step.since}`));
    if (fresh.length === 0) return;
    for (const step of fresh) recorded.current.add(`${step.type}@${step.since}`);
    try {
      // Read again: another tab may have recorded a start meanwhile.
      window.localStorage.setItem(key, JSON.stringify(withDurations(readUsualStepTimes(read(key)), fresh)));
    } catch {
      // Storage full or blocked: the usual times are a convenience.
    }
  }, [transitions, key]);
  return earlier;
}
