import type { Condition, KnownConditionType } from './condition';
import type { DeploymentStatus } from './status';

/** The ordered steps a start or a stop walks through, and where a deployment is among them. */

export type StepState = 'done' | 'active' | 'failed' | 'pending';
export type StepFlow = 'start' | 'stop';

export interface ConditionStep {
  type: KnownConditionType;
  label: string;
  description: string;
  state: StepState;
}

export interface StepProgress {
  flow: StepFlow | null;
  steps: ConditionStep[];
  /** Why there are no steps to show (never started, being created, unknown condition), or what the current step is going through. */
  note?: string;
}

const startSteps: Omit<ConditionStep, 'state'>[] = [
  { type: 'SCHEDULED', label: 'Scheduled', description: 'Resources are allocated on a cluster node.' },
  { type: 'INITIALIZED', label: 'Initialized', description: 'Docker images pulled and data volumes mounted.' },
  { type: 'STARTED', label: 'Started', description: 'Model server started and predictor / transformer scripts run.' },
  { type: 'READY', label: 'Ready', description: 'Connectivity is set up; the deployment serves predictions.' },
];

const stopSteps: Omit<ConditionStep, 'state'>[] = [
  { type: 'SCHEDULED', label: 'Unscheduled', description: 'Instances are taken off their cluster nodes.' },
  { type: 'STOPPED', label: 'Stopped', description: 'No instances run and no resources are allocated.' },
];

function stateFor(index: number, currentIndex: number, conditionStatus: boolean | null): StepState {
  if (index < currentIndex) return 'done';
  if (index > currentIndex) return 'pending';
  if (conditionStatus === true) return 'done';
  if (conditionStatus === false) return 'failed';
  return 'active';
}

function isStopping(status: DeploymentStatus, condition: Condition): boolean {
  if (status === 'Stopping') return true;
  // Without a status we know, the condition alone tells: unscheduling or stopping in progress.
  return status === 'Unknown' && condition.status === null && (condition.type === 'STOPPED' || condition.reason.includes('unscheduled'));
}

export function conditionSteps(status: DeploymentStatus, condition: Condition | null): StepProgress {
  if (status === 'Creating') return { flow: null, steps: [], note: 'The deployment is being created; it has not started yet.' };
  if (status === 'Created') return { flow: null, steps: [], note: 'The deployment has never been started.' };
  if (!condition) return { flow: null, steps: [], note: 'The server did not report a condition for this deployment.' };
  if (condition.type === 'UNKNOWN') {
    return { flow: null, steps: [], note: `The server reported a condition this console does not know (${condition.rawType || 'empty'}).` };
  }
  if ((status === 'Starting' || status === 'Updating') && condition.type === 'STOPPED') {
    // "Deployment is being prepared" while starting: the storage initializer restarted (up to twice before
    // the backend calls it failed). The pod is scheduled and initialising: a start in progress, never a stop.
    const currentIndex = startSteps.findIndex((step) => step.type === 'INITIALIZED');
    return {
      flow: 'start',
      steps: startSteps.map((step, index) => ({ ...step, state: stateFor(index, currentIndex, null) })),
      note: `Preparing: the storage initializer restarted and is trying again (the server says “${condition.reason || 'Deployment is being prepared'}”). After a third restart the start fails.`,
    };
  }
  if (isStopping(status, condition) || status === 'Stopped' || (condition.type === 'STOPPED' && status !== 'Failed')) {
    const currentIndex = condition.type === 'STOPPED' ? 1 : 0;
    const conditionStatus = condition.type === 'STOPPED' ? condition.status : null;
    return { flow: 'stop', steps: stopSteps.map((step, index) => ({ ...step, state: stateFor(index, currentIndex, conditionStatus) })) };
  }
  const currentIndex = startSteps.findIndex((step) => step.type === condition.type);
  if (currentIndex === -1) return { flow: null, steps: [], note: `The deployment reports ${condition.type}.` };
  return { flow: 'start', steps: startSteps.map((step, index) => ({ ...step, state: stateFor(index, currentIndex, condition.status) })) };
}
