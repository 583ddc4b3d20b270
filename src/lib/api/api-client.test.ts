import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiClient, configureApiClient } from './api-client';
import { ApiError } from './api-error';
import { startMockApi } from '@/testing/mock-api';
import type { FaultKind } from '@/mocks/simulator/faults';

const mock = startMockApi();
const anything = z.unknown();

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

describe('apiClient', () => {
  it('turns a refused action into an ApiError with the status, errorCode and usrMsg', async () => {
    const error = await failure(apiClient.send('/project/119/serving/1042', { method: 'POST', query: { action: 'START' } }));
    expect(error).toMatchObject({ kind: 'http', status: 400, errorCode: 240003, usrMsg: 'Deployment is already started.' });
    expect(error.message).toBe('Deployment is already started.');
  });

  it('says "not found" for a missing deployment with the server words', async () => {
    const error = await failure(apiClient.request('/project/119/serving/999', anything));
    expect(error).toMatchObject({ status: 404, errorCode: 240000, message: 'Deployment not found: it may have been deleted (HTTP 404: “Serving instance not found”).' });
  });

  const faults: [FaultKind, Partial<ApiError>, RegExp][] = [
    ['500', { kind: 'http', status: 500 }, /Hopsworks had an internal error/],
    ['503', { kind: 'http', status: 503 }, /unavailable right now \(HTTP 503\)/],
    ['network', { kind: 'network' }, /Could not reach the Hopsworks server/],
    ['malformed-json', { kind: 'invalid-response' }, /not valid JSON/],
    ['invalid-json', { kind: 'invalid-response' }, /cannot read/],
    ['401', { kind: 'http', status: 401 }, /session has expired/],
    ['403', { kind: 'http', status: 403 }, /role in this project/],
  ];
  it.each(faults)('turns a %s fault into a readable ApiError', async (fault, shape, message) => {
    mock.backend.faults.inject({ endpoint: 'list', fault, times: 1 });
    const error = await failure(apiClient.request('/project/119/serving', z.array(z.object({ id: z.number() }))));
    expect(error).toMatchObject(shape);
    expect(error.message).toMatch(message);
  });

  it('gives up after the timeout with plain words', async () => {
    configureApiClient({ timeoutMs: 150 });
    mock.backend.faults.inject({ endpoint: 'list', fault: 'timeout', times: 1 });
    const error = await failure(apiClient.request('/project/119/serving', anything));
    configureApiClient({ timeoutMs: 2000 });
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(error.message).toMatch(/did not answer within/);
  });

  it('recovers as soon as the fault clears', async () => {
    mock.backend.faults.inject({ endpoint: 'list', fault: '500', times: 1 });
    await failure(apiClient.request('/project/119/serving', anything));
    await expect(apiClient.request('/project/119/serving', z.array(anything))).resolves.toHaveLength(13);
  });
});
