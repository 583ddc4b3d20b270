import { fakeAccounts, fakeProjects, startFakeHopsworks } from './fake-hopsworks.ts';

/**
 * The fake Hopsworks as its own process (for the benchmark, and to try real mode by hand):
 * prints one JSON line with its URL, keys, accounts and projects, then serves until stopped.
 */
const hopsworks = await startFakeHopsworks({
  serviceKey: process.env.FAKE_SERVICE_KEY,
  latencyMs: Number(process.env.FAKE_LATENCY_MS ?? 0),
  record: process.env.FAKE_RECORD !== '0',
});
// A typical project for cold-start measurements: FAKE_DEPLOYMENTS pads the owned project to that many.
const wanted = Number(process.env.FAKE_DEPLOYMENTS ?? 0);
for (let index = 1; hopsworks.deploymentCount(fakeProjects.owned.id) < wanted; index++) {
  hopsworks.putDeployment(fakeProjects.owned.id, {
    name: `model${index}`,
    status: 'Running',
    availableInstances: 1,
    deployed: new Date().toISOString(),
    condition: { type: 'READY', status: true, reason: 'Deployment is ready' },
  });
}
// FAKE_STARTING=1: one deployment that stays Starting (polling keeps following it, for the benchmark).
if (process.env.FAKE_STARTING === '1') {
  hopsworks.putDeployment(fakeProjects.owned.id, { name: 'stillstarting', status: 'Starting', condition: { type: 'SCHEDULED', status: false, reason: 'Waiting for being scheduled' } });
}
console.log(JSON.stringify({ url: hopsworks.url, keys: hopsworks.keys, accounts: fakeAccounts, projects: fakeProjects }));
const stop = async () => {
  await hopsworks.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
