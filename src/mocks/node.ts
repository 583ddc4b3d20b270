import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { MockBackend, type MockBackendOptions } from './simulator/mock-backend';

/** Mock mode in vitest: the same handlers over msw/node, with a fresh backend per test. */
export function createMockServer(options: MockBackendOptions = {}) {
  let backend = new MockBackend(options);
  const server = setupServer(...createHandlers(() => backend));
  return {
    server,
    get backend() {
      return backend;
    },
    reset(next: MockBackendOptions = options) {
      backend = new MockBackend(next);
      return backend;
    },
  };
}
