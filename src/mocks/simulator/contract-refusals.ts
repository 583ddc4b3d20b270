import type { WireStatus } from './hopsworks-wire';

/**
 * The contract's "Refusals" table (../shared/docs/hopsworks-serving-api.md), typed out word for word, for
 * the tests of every backend stand-in (this simulator and the server's fake Hopsworks): one row per action,
 * status and deployed-or-not, with the answer — 'accept', 'no-op' (200, nothing happens) or the `usrMsg`.
 */
const busy = 'Deployment is busy. Please, try later.';

const table: ['START' | 'STOP', WireStatus[], notDeployed: string, deployed: string][] = [
  ['START', ['Creating'], 'Deployment is being prepared. Please, try later.', 'Deployment is being prepared. Please, try later.'],
  ['START', ['Created', 'Stopped'], 'accept', 'accept'],
  ['START', ['Starting', 'Running', 'Idle', 'Updating'], busy, 'Deployment is already started.'],
  ['START', ['Stopping'], 'Deployment is stopping. Please, try later.', busy],
  ['START', ['Failed'], busy, 'Deployment is in a failed state and cannot be started.'],
  ['STOP', ['Creating'], 'Deployment is already stopped.', 'no-op'],
  ['STOP', ['Created', 'Stopping', 'Stopped'], 'Deployment is already stopped.', busy],
  ['STOP', ['Starting'], busy, 'Deployment is starting. Please, try later.'],
  ['STOP', ['Running', 'Failed', 'Idle'], 'accept', 'accept'],
  ['STOP', ['Updating'], busy, 'Deployment is updating. Please, try later.'],
];

export type RefusalRow = readonly [action: 'START' | 'STOP', status: WireStatus, deployed: boolean, answer: string];

export const contractRefusalRows: readonly RefusalRow[] = table.flatMap(([action, statuses, notDeployed, deployed]) =>
  statuses.flatMap((status) => [[action, status, false, notDeployed] as const, [action, status, true, deployed] as const]),
);
