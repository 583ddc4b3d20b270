import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockServer } from '@/mocks/node';
import { configureApiClient } from '@/lib/api/api-client';
import type { MockBackendOptions } from '@/mocks/simulator/mock-backend';

/** Starts the simulated backend (msw/node, the same handlers as the browser) around a test file. */
export function startMockApi(options: MockBackendOptions = {}) {
  const mock = createMockServer(options);
  beforeAll(() => {
    configureApiClient({ baseUrl: 'http://console.test/hopsworks-api/api', timeoutMs: 2000 });
    mock.server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    mock.server.resetHandlers();
    mock.reset();
  });
  afterAll(() => mock.server.close());
  return mock;
}
