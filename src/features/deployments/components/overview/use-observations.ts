import { useState } from 'react';
import type { Deployment } from '../../api/deployment-schema';
import { emptyObservations, observe, type Observations } from '../../model/observations';

/** Records each answer of the deployment's poll while the page is open. */
export function useObservations(deployment: Deployment | undefined, dataUpdatedAt: number): Observations {
  const [state, setState] = useState({ observations: emptyObservations, seenAt: 0 });
  if (deployment && dataUpdatedAt !== state.seenAt) {
    // Derived while rendering (React's "storing information from previous renders"): no extra effect pass.
    const next = { observations: observe(state.observations, deployment, dataUpdatedAt), seenAt: dataUpdatedAt };
    setState(next);
    return next.observations;
  }
  return state.observations;
}
