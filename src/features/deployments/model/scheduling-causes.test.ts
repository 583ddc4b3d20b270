import { describe, expect, it } from 'vitest';
import { failureCause } from './failure-cause';
import { schedulingCauses } from './scheduling-causes';

const failedToSchedule = (message: string) =>
  failureCause({ status: 'Failed', condition: { type: 'SCHEDULED', rawType: 'SCHEDULED', status: false, reason: `Failed to be scheduled: ${message}` } })!;

describe('scheduling failure causes, from the scheduler\'s message', () => {
  it.each([
    ['0/3 nodes are available: 3 Insufficient cpu.', ['resources'], 'Not enough cluster resources'],
    ['0/3 nodes are available: 1 Insufficient memory, 2 Insufficient nvidia.com/gpu.', ['resources'], 'Not enough cluster resources'],
    ['0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: gpu}.', ['taints'], 'The nodes are reserved for other workloads'],
    ['0/2 nodes are available: 2 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn\'t tolerate.', ['taints'], 'The nodes are reserved for other workloads'],
    ['0/4 nodes are available: 4 node(s) didn\'t match Pod\'s node affinity/selector.', ['placement'], 'No node matches where the deployment must run'],
    ['pods "fraudmodel-predictor-00001" is forbidden: exceeded quota: compute, requested: limits.cpu=4, used: limits.cpu=8, limited: limits.cpu=10', ['quota'], 'The project’s resource quota is used up'],
    ['0/5 nodes are available: 2 Insufficient cpu, 3 node(s) had untolerated taint {dedicated: gpu}.', ['resources', 'taints'], 'No cluster node can take the instances'],
    ['the volume zone conflicts with every node', ['unrecognised'], 'The cluster could not schedule the instances'],
  ])('%s', (message, kinds, title) => {
    expect(schedulingCauses(message).map((cause) => cause.kind)).toEqual(kinds);
    const cause = failedToSchedule(message);
    expect(cause.title).toBe(title);
    expect(cause.scheduling?.schedulerSays).toBe(message);
    expect(cause.nextSteps.at(-1)).toBe('A failed deployment must be stopped before it can be started again.');
  });

  it('names the resources that ran short, and shows the requests only where they matter', () => {
    const short = failedToSchedule('0/3 nodes are available: 1 Insufficient memory, 2 Insufficient nvidia.com/gpu.');
    expect(short.explanation).toContain('enough free memory, GPUs for');
    expect(short.scheduling?.showRequests).toBe(true);
    expect(failedToSchedule('0/3 nodes are available: 3 node(s) had untolerated taint {a: b}.').scheduling?.showRequests).toBe(false);
    expect(failedToSchedule('forbidden: exceeded quota: compute').scheduling?.showRequests).toBe(true);
  });
});
