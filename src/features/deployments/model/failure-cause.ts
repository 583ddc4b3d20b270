import type { Deployment } from '../api/deployment-schema';

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
      return {
        kind: 'scheduling',
        title: 'Not enough cluster resources',
        explanation:
          'No cluster node has enough free resources for the cores, memory or GPUs this deployment requests, so its instances cannot be scheduled.',
        nextSteps: [
          'Lower the requested cores, memory or GPUs (or the number of instances) and deploy again.',
          'Or ask a Hopsworks administrator to free or add cluster capacity.',
          stopFirst,
        ],
      };
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
