import { afterEach, describe, expect, it } from 'vitest';
import { contractRefusalRows } from '../../src/mocks/simulator/contract-refusals.ts';
import { fakeCrashTraceback, fakeProjects, startFakeHopsworks, type FakeHopsworks, type FakeHopsworksOptions } from './fake-hopsworks.ts';

/** The e2e suite's fake Hopsworks speaks the corrected contract, over HTTP, as the simulator does in the browser. */

const projectId = fakeProjects.owned.id;
let hopsworks: FakeHopsworks;
afterEach(async () => hopsworks?.close());

async function start(options: FakeHopsworksOptions = {}) {
  hopsworks = await startFakeHopsworks(options);
  const call = async (method: string, path: string) => {
    const response = await fetch(`${hopsworks.url}/hopsworks-api/api/project/${projectId}${path}`, { method, headers: { Authorization: `ApiKey ${hopsworks.keys.full}` } });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return call;
}

describe('the fake Hopsworks', () => {
  it('answers start and stop with exactly the contract\'s "Refusals" table', async () => {
    const call = await start();
    const answers = [];
    for (const [action, status, deployed] of contractRefusalRows) {
      const d = hopsworks.putDeployment(projectId, { name: 'tablemodel', status, deployed: deployed ? new Date().toISOString() : undefined });
      const { status: http, body } = await call('POST', `/serving/${d.id}?action=${action}`);
      const answer = http === 200 ? (hopsworks.deploymentStatus(projectId, 'tablemodel') === status ? 'no-op' : 'accept') : (body as { usrMsg?: string }).usrMsg;
      answers.push([action, status, deployed, answer]);
      if (http !== 200) expect(body).toMatchObject({ errorCode: 240003 });
    }
    expect(answers).toEqual(contractRefusalRows.map((row) => [...row]));
  });

  it('a second action while the first holds the lock gets 500 / 240004 "Instance is busy"', async () => {
    const call = await start({ actionMs: 200 });
    const id = projectId * 10 + 3; // idlemodel, Stopped
    const [first, second] = await Promise.all([call('POST', `/serving/${id}?action=START`), call('POST', `/serving/${id}?action=START`)]);
    expect(first.status).toBe(200);
    expect(second).toEqual({ status: 500, body: { errorCode: 240004, errorMsg: 'Instance is busy. Please, try later' } });
  });

  it('sends ISO dates, and errors without a usrMsg where the server sends none', async () => {
    const call = await start();
    const list = (await call('GET', '/serving')).body as { items: { created: string; deployed?: string }[] };
    for (const d of list.items) {
      expect(d.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      if (d.deployed !== undefined) expect(d.deployed).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    expect(await call('GET', '/serving/999')).toEqual({ status: 404, body: { errorCode: 240000, errorMsg: 'Serving instance not found' } });
    expect(await call('GET', `/serving/${projectId * 10 + 3}/logs?component=predictor`)).toEqual({ status: 404, body: { errorCode: 240027, errorMsg: 'Server logs not available' } });
  });

  it('a bad component is the generic illegal argument, not a 240xxx code', async () => {
    const call = await start();
    expect(await call('GET', `/serving/${projectId * 10 + 1}/logs?component=explainer`)).toMatchObject({ status: 400, body: { errorCode: 120001 } });
    expect(await call('GET', `/serving/${projectId * 10 + 1}/logs?component=transformer`)).toMatchObject({ status: 400, body: { errorCode: 120001 } });
  });

  it('answers source=opensearch with one timed entry per line, for a failed deployment too, filtered by time and pod', async () => {
    const call = await start();
    const crash = `/serving/${projectId * 10 + 4}/logs?component=predictor&source=opensearch`;
    const entries = (await call('GET', crash)).body as { instanceName: string; content: string; timestamp: string; docId: string }[];
    expect(entries.map((entry) => entry.content)).toEqual([...fakeCrashTraceback, ...fakeCrashTraceback]);
    expect(new Set(entries.map((entry) => entry.docId)).size).toBe(entries.length);
    const times = entries.map((entry) => Date.parse(entry.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const since = new Date(times[fakeCrashTraceback.length]!).toISOString();
    expect(((await call('GET', `${crash}&since=${since}`)).body as unknown[]).length).toBe(fakeCrashTraceback.length);
    expect((await call('GET', `${crash}&pod=someone-else`)).body).toEqual([]);
  });

  it('as an older server, ignores source and answers transient logs (no timestamp, no docId)', async () => {
    const call = await start({ historyAvailable: false });
    const crash = await call('GET', `/serving/${projectId * 10 + 4}/logs?component=predictor&source=opensearch`);
    expect(crash.status).toBe(200);
    expect(crash.body).toEqual([expect.not.objectContaining({ timestamp: expect.anything() })]);
    expect(await call('GET', `/serving/${projectId * 10 + 3}/logs?component=predictor&source=opensearch`)).toMatchObject({ status: 404, body: { errorCode: 240027 } });
  });
});
