import { describe, expect, it, vi } from 'vitest';
import { deploymentListSchema, deploymentSchema } from './deployment-schema';

const running = {
  id: 1042,
  name: 'fraudmodel',
  modelName: 'fraudmodel',
  modelVersion: 3,
  modelFramework: 'SKLEARN',
  predictor: 'predict_example.py',
  transformer: 'transformer.py',
  availableInstances: 1,
  availableTransformerInstances: 1,
  requestedInstances: 1,
  requestedTransformerInstances: 1,
  hopsworksInferencePath: '/project/119/inference/models/fraudmodel',
  modelServerInferencePath: '/v1/models/fraudmodel',
  created: 1718000000000,
  deployed: 1718003600000,
  revision: '48213907',
  inferenceLogging: 'ALL',
  modelServer: 'PYTHON',
  servingTool: 'KSERVE',
  predictorResources: { requests: { cores: 0.2, memory: 32, gpus: 0 }, limits: { cores: 2.0, memory: 1024, gpus: 0 } },
  condition: { type: 'READY', status: true, reason: 'Deployment is ready' },
  creator: 'Jane Doe',
  status: 'Running',
};

const failed = {
  id: 1043,
  name: 'churnmodel',
  modelName: 'churnmodel',
  modelVersion: 1,
  predictor: 'predict_churn.py',
  availableInstances: 1,
  requestedInstances: 1,
  deployed: 1718100500000,
  revision: '90417735',
  servingTool: 'KSERVE',
  modelServer: 'PYTHON',
  condition: { type: 'STARTED', status: false, reason: 'Failed to run: predictor terminated unsuccessfully' },
  status: 'Failed',
};

const parse = (raw: object) => deploymentSchema.parse(raw);

describe('deploymentSchema', () => {
  it('reads the contract example of a running deployment with a transformer', () => {
    const deployment = parse(running);
    expect(deployment).toMatchObject({
      id: 1042,
      name: 'fraudmodel',
      status: 'Running',
      condition: { type: 'READY', rawType: 'READY', status: true, reason: 'Deployment is ready' },
      predictor: { running: 1, requested: 1, resources: { requests: { cores: 0.2, memory: 32, gpus: 0 } } },
      transformer: { running: 1, requested: 1 },
      deployed: 1718003600000,
      revision: '48213907',
    });
  });

  it('reads the contract example of a failed start; no transformer means null', () => {
    const deployment = parse(failed);
    expect(deployment.status).toBe('Failed');
    expect(deployment.condition).toEqual({ type: 'STARTED', rawType: 'STARTED', status: false, reason: failed.condition.reason });
    expect(deployment.transformer).toBeNull();
  });

  it.each(['Running', 'RUNNING', 'running', ' rUnNiNg '])('accepts the status %j in any letter case', (status) => {
    expect(parse({ ...running, status }).status).toBe('Running');
  });

  it('turns an unknown status into Unknown and keeps the raw value', () => {
    const deployment = parse({ ...running, status: 'Hibernating' });
    expect(deployment).toMatchObject({ status: 'Unknown', rawStatus: 'Hibernating' });
  });

  it('turns a missing or non-string status into Unknown', () => {
    const { status: _omitted, ...withoutStatus } = running;
    expect(parse(withoutStatus).status).toBe('Unknown');
    expect(parse({ ...running, status: 7 }).status).toBe('Unknown');
  });

  it('turns an unknown condition type into UNKNOWN and keeps the raw value', () => {
    const deployment = parse({ ...running, condition: { type: 'WARMED_UP', status: true, reason: 'x' } });
    expect(deployment.condition).toMatchObject({ type: 'UNKNOWN', rawType: 'WARMED_UP' });
  });

  it('accepts a missing condition (older servers) and a condition without status (in progress)', () => {
    const { condition: _omitted, ...withoutCondition } = running;
    expect(parse(withoutCondition).condition).toBeNull();
    expect(parse({ ...running, condition: { type: 'SCHEDULED', reason: 'Waiting for being scheduled' } }).condition?.status).toBeNull();
  });

  it('accepts condition.status as a string', () => {
    expect(parse({ ...running, condition: { type: 'READY', status: 'True', reason: '' } }).condition?.status).toBe(true);
  });

  it.each([
    ['string', '48213907', '48213907'],
    ['number', 48213907, '48213907'],
  ])('accepts the revision as a %s', (_kind, revision, expected) => {
    expect(parse({ ...running, revision }).revision).toBe(expected);
  });

  it.each([
    ['epoch number', 1718003600000],
    ['numeric string', '1718003600000'],
    ['ISO string', '2024-06-10T07:13:20.000Z'],
  ])('accepts deployed/created as an %s', (_kind, value) => {
    const deployment = parse({ ...running, deployed: value, created: value });
    expect(deployment.deployed).toBe(1718003600000);
    expect(deployment.created).toBe(1718003600000);
  });

  it('keeps an unreadable or implausible date as present but unknown (NaN), instead of failing or calling it absent', () => {
    for (const deployed of ['yesterday', 1718000000000000000, 9e15, -5, true, {}]) {
      expect(parse({ ...running, deployed }).deployed, JSON.stringify(deployed)).toBeNaN();
    }
    expect(parse({ ...running, deployed: null }).deployed).toBeUndefined();
    const { deployed: _absent, ...notDeployed } = running;
    expect(parse(notDeployed).deployed).toBeUndefined();
  });

  it('accepts missing optional blocks', () => {
    const minimal = parse({ id: 1, name: 'minimal', status: 'Stopped' });
    expect(minimal).toMatchObject({ predictor: { running: 0, requested: 0, resources: undefined, scaling: undefined }, transformer: null });
  });

  it('reads the scaling configuration when present and survives a malformed one', () => {
    const scaled = parse({ ...running, predictorScalingConfig: { scaleMetric: 'RPS', target: 200, minInstances: 0, maxInstances: 5 } });
    expect(scaled.predictor.scaling).toMatchObject({ scaleMetric: 'RPS', target: 200, minInstances: 0, maxInstances: 5 });
    expect(parse({ ...running, predictorScalingConfig: 'weird' }).predictor.scaling).toBeUndefined();
  });

  it('drops a block that is a list or null, and reads what it can of a block with wrong-typed parts', () => {
    expect(parse({ ...running, predictorResources: [{ cores: 1 }] }).predictor.resources).toBeUndefined();
    expect(parse({ ...running, predictorScalingConfig: null }).predictor.scaling).toBeUndefined();
    expect(parse({ ...running, condition: ['READY'] }).condition).toBeNull();
    const resources = parse({ ...running, predictorResources: { requests: { cores: '2', memory: 'lots' }, limits: [] } }).predictor.resources;
    expect(resources).toEqual({ requests: { cores: 2, memory: undefined }, limits: undefined });
  });

  it('accepts the id as a numeric string and rejects a deployment without id or name', () => {
    expect(parse({ ...running, id: '1042' }).id).toBe(1042);
    expect(deploymentSchema.safeParse({ ...running, id: undefined }).success).toBe(false);
    expect(deploymentSchema.safeParse({ ...running, name: '' }).success).toBe(false);
  });

  it('reads an identity the same way in a single answer and in a list row', async () => {
    const cases: [id: unknown, name: unknown, readAs: number | null][] = [
      [1042, 'a', 1042],
      ['1042', 'a', 1042],
      [-3, 'a', -3],
      [2 ** 53 - 1, 'a', 2 ** 53 - 1],
      [2 ** 53, 'a', null],
      [1.5, 'a', null],
      [Number.POSITIVE_INFINITY, 'a', null],
      ['12a', 'a', null],
      [' 12', 'a', null],
      ['', 'a', null],
      [null, 'a', null],
      [true, 'a', null],
      [1042, '', null],
      [1042, 0, null],
      [1042, ['a'], null],
    ];
    for (const [id, name, readAs] of cases) {
      const single = deploymentSchema.safeParse({ ...running, id, name });
      const list = await deploymentListSchema.parseAsync([{ ...running, id, name }]);
      expect([single.success ? single.data.id : null, list.deployments[0]?.id ?? null], `${String(id)} / ${String(name)}`).toEqual([readAs, readAs]);
    }
    expect((await deploymentListSchema.parseAsync([[running]])).unreadable).toBe(1);
  });
});

describe('deploymentListSchema', () => {
  it('accepts a bare array', async () => {
    expect((await deploymentListSchema.parseAsync([running, failed])).deployments.map((d) => d.name)).toEqual(['fraudmodel', 'churnmodel']);
  });

  it('accepts {count, items}, and {count: 0} without items', async () => {
    expect((await deploymentListSchema.parseAsync({ count: 2, items: [running, failed] })).deployments).toHaveLength(2);
    expect((await deploymentListSchema.parseAsync({ count: 0 })).deployments).toEqual([]);
  });

  it('counts rows it cannot read instead of failing the whole list', async () => {
    const list = await deploymentListSchema.parseAsync([running, { name: 'no-id' }, failed]);
    expect(list.deployments).toHaveLength(2);
    expect(list.unreadable).toBe(1);
  });

  it('shows a deployment id once, and reports the ids the server listed twice', async () => {
    const list = await deploymentListSchema.parseAsync([running, { ...running, name: 'impostor' }, failed]);
    expect(list.deployments.map((d) => d.name)).toEqual(['fraudmodel', 'churnmodel']);
    expect(list.duplicateIds).toEqual([running.id]);
  });

  it('rejects an answer that is not a list at all', async () => {
    expect((await deploymentListSchema.safeParseAsync({ items: 'not a list' })).success).toBe(false);
    expect((await deploymentListSchema.safeParseAsync('hello')).success).toBe(false);
  });

  it('reads a long list in slices, letting other tasks run between them, and keeps its order', async () => {
    const items = Array.from({ length: 20_000 }, (_, index) => ({ ...running, id: index + 1, name: `model${index + 1}` }));
    // Each look at the clock says 1 ms more: a slice ends every 30 looks (about 2,000 rows).
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    const reading = deploymentListSchema.parseAsync(items).then((list) => ({ list, otherTaskRanFirst: otherTaskRan }));
    const { list, otherTaskRanFirst } = await reading;
    expect(otherTaskRanFirst).toBe(true);
    expect(list.deployments).toHaveLength(20_000);
    expect(list.deployments.at(-1)!.name).toBe('model20000');
  });
});
