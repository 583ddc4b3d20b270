import { describe, expect, it } from 'vitest';
import { deploymentSchema } from '../api/deployment-schema';
import { deploymentReport } from './diagnostics-report';
import { emptyObservations, observe } from './observations';

const wire = (status: string, condition: Record<string, unknown>) =>
  deploymentSchema.parse({
    id: 7,
    name: 'fraud|model',
    status,
    condition,
    modelName: 'fraud',
    modelVersion: 3,
    modelFramework: 'SKLEARN',
    modelServer: 'PYTHON',
    deployed: '2026-11-24T10:00:00.000Z',
    created: '2026-11-20T10:00:00.000Z',
    availableInstances: 0,
    requestedInstances: 1,
    predictorResources: { requests: { cores: 1, memory: 1024, gpus: 0 }, limits: { cores: -1, memory: -1, gpus: -1 } },
    transformer: 'transformer.py',
    availableTransformerInstances: 0,
    requestedTransformerInstances: 1,
  });

describe('deploymentReport', () => {
  const start = Date.parse('2026-11-24T10:00:00.000Z');
  const starting = wire('Starting', { type: 'STARTED', reason: 'Deployment is starting' });
  const failed = wire('Failed', { type: 'STARTED', status: false, reason: 'Predictor terminated: Error\nexit code 1' });
  let observations = observe(emptyObservations, starting, start);
  observations = observe(observations, failed, start + 42_000);
  const report = deploymentReport({ deployment: failed, transitions: observations.transitions, now: start + 60_000, consoleUrl: 'https://console.example/p/1/deployments/7?logs=transformer' });

  it('says what it is, its state and the reason on one line each, and how to reopen the view', () => {
    expect(report).toContain('## Deployment fraud\\|model: Failed');
    expect(report).toContain('- Status: **Failed** (Hopsworks: Failed); condition STARTED (false)');
    expect(report).toContain('- Reason: Predictor terminated: Error exit code 1');
    expect(report).toContain('- Model: fraud version 3 (SKLEARN, PYTHON)');
    expect(report).toContain('- Deployed: 2026-11-24T10:00:00.000Z; created: 2026-11-20T10:00:00.000Z');
    expect(report).toContain('- Console: https://console.example/p/1/deployments/7?logs=transformer');
  });

  it('lists the steps with the time seen in each, what changed while the page was open, and the resources', () => {
    expect(report).toContain('| Scheduled | done |  |');
    expect(report).toContain('| Started | failed | 1 min 0 s+ |');
    expect(report).toContain('| 2026-11-24T10:00:42.000Z | Failed | STARTED (false) | Predictor terminated: Error exit code 1 |');
    expect(report).toContain('| predictor | 0 of 1 | 1 core, 1 GB, 0 GPU | no limit, no limit, no limit GPU |');
    expect(report).toContain('| transformer | 0 of 1 |');
  });
});
