import type { Deployment } from '../api/deployment-schema';
import { resourceNames, schedulingCauses, type SchedulingCause } from './scheduling-causes';

/** Why a deployment failed, in plain words, and what to do next: from the docs' condition table. */

export type FailureKind = 'scheduling' | 'initialization' | 'predictor' | 'transformer' | 'script' | 'connectivity' | 'unknown';

export interface FailureCause {
  kind: FailureKind;
  title: string;
  explanation: string;
  nextSteps: string[];
  /** The component whose logs show the cause. */
  component?: 'predictor' | 'transformer';
  /** Where in the historical logs the cause shows. */
  historicalLogs?: { component?: 'predictor' | 'transformer'; container?: 'storage-initializer' };
  /** For a scheduling failure: what the scheduler's message names, and whether the requested resources matter. */
  scheduling?: { causes: SchedulingCause[]; showRequests: boolean; schedulerSays: string };
}

const schedulingExplanations: Record<SchedulingCause['kind'], (cause: SchedulingCause) => { title: string; explanation: string; nextSteps: string[] }> = {
  resources: (cause) => ({
    title: 'Not enough cluster resources',
    explanation: `No cluster node has enough free ${resourceNames(cause.resources ?? []) || 'resources'} for what this deployment requests, so its instances cannot be scheduled.`,
    nextSteps: [
      'Lower the requested cores, memory or GPUs (or the number of instances) and deploy again.',
      'Or ask a Hopsworks administrator to free or add cluster capacity.',
    ],
  }),
  taints: () => ({
    title: 'The nodes are reserved for other workloads',
    explanation: 'The nodes with room carry taints (they are set aside, e.g. for GPU or system work) that this deployment does not tolerate.',
    nextSteps: ['Ask a Hopsworks administrator which nodes model deployments may use, or to add a toleration for this kind of deployment.'],
  }),
  placement: () => ({
    title: 'No node matches where the deployment must run',
    explanation: 'The deployment may only run on nodes with certain labels (node selector or affinity), and no node that matches has room or exists.',
    nextSteps: [
      'Check the node selector or affinity configured for this deployment (e.g. a GPU type the cluster does not have).',
      'Or ask a Hopsworks administrator which node labels exist.',
    ],
  }),
  quota: () => ({
    title: 'The project’s resource quota is used up',
    explanation: 'The cores, memory or GPUs this deployment requests exceed what is left of the project’s quota.',
    nextSteps: [
      'Stop deployments of this project that are not needed, or lower the requested resources, then deploy again.',
      'Or ask a Hopsworks administrator to raise the project’s quota.',
    ],
  }),
  unrecognised: () => ({
    title: 'The cluster could not schedule the instances',
    explanation: 'Kubernetes could not place this deployment’s instances on a node; its message is quoted below.',
    nextSteps: ['Read the scheduler’s message below; if it is unclear, send it to a Hopsworks administrator.'],
  }),
};

function schedulingFailure(reason: string): FailureCause {
  const schedulerSays = reason.replace(/^Failed to be scheduled:\s*/i, '');
  const causes = schedulingCauses(schedulerSays);
  const parts = causes.map((cause) => schedulingExplanations[cause.kind](cause));
  const several = parts.length > 1;
  return {
    kind: 'scheduling',
    title: several ? 'No cluster node can take the instances' : parts[0]!.title,
    explanation: several ? parts.map((part) => `${part.title}: ${part.explanation}`).join(' ') : parts[0]!.explanation,
    nextSteps: [...new Set(parts.flatMap((part) => part.nextSteps)), stopFirst],
    scheduling: { causes, showRequests: causes.some((cause) => cause.kind === 'resources' || cause.kind === 'quota'), schedulerSays },
  };
}

const stopFirst = 'A failed deployment must be stopped before it can be started again.';

export function failureCause(deployment: Pick<Deployment, 'status' | 'condition'>): FailureCause | null {
  const condition = deployment.condition;
  const failed = deployment.status === 'Failed' || condition?.status === false;
  if (!failed) return null;
  if (!condition || condition.status !== false) {
    return {
      kind: 'unknown',
      title: 'The deployment failed',
      explanation: 'The server did not say which step failed.',
      nextSteps: ['Look at the transient logs of the predictor and, if there is one, the transformer.', stopFirst],
    };
  }
  switch (condition.type) {
    case 'SCHEDULED':
      return schedulingFailure(condition.reason);
    case 'INITIALIZED':
      return {
        kind: 'initialization',
        title: 'The storage initializer failed',
        explanation:
          'Before the model server starts, the storage initializer copies the model artifact and pulls images and volumes. It finished unsuccessfully: often a missing or unreadable model artifact, an image that cannot be pulled, or a volume that cannot be mounted.',
        nextSteps: ['Read the storage-initializer logs for the exact error.', stopFirst],
        historicalLogs: { container: 'storage-initializer' },
      };
    case 'STARTED': {
      const component = /transformer/i.test(condition.reason) ? 'transformer' : /predictor/i.test(condition.reason) ? 'predictor' : undefined;
      return {
        kind: component ?? 'script',
        title: component ? `The ${component} script failed` : 'The model server failed to start',
        explanation: component
          ? `The ${component} terminated unsuccessfully: an error in the ${component} script, a missing dependency or an incompatibility with the model server.`
          : 'The model server or a predictor / transformer script terminated unsuccessfully.',
        nextSteps: [`Open the ${component ?? 'predictor'} logs and look for the Python traceback.`, 'Fix the script or its dependencies.', stopFirst],
        component: component ?? 'predictor',
        historicalLogs: { component: component ?? 'predictor' },
      };
    }
    case 'READY':
      return {
        kind: 'connectivity',
        title: 'Connectivity could not be set up',
        explanation: 'The instances run, but the network route to them could not be set up, mainly because of networking issues in the cluster.',
        nextSteps: ['Stop the deployment and start it again.', 'If it fails again, ask a Hopsworks administrator to check the cluster networking (ingress).'],
      };
    default:
      return {
        kind: 'unknown',
        title: 'The deployment failed',
        explanation: `The failing condition is ${condition.rawType || condition.type}.`,
        nextSteps: ['Look at the transient logs of each component.', stopFirst],
      };
  }
}
