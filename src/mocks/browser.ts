import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { isScenario, MockBackend, type Scenario } from './simulator/mock-backend';
import { clearSessionState, sessionStateStore } from './session-store';

/** Mock mode in the browser: the simulated backend behind a service worker. */

const settingsKey = 'model-serving-console:mock-settings';

export interface MockSettings {
  scenario: Scenario;
  speed: number;
  /** false: behave like an older Hopsworks without historical logs (`?history=off`). */
  historyAvailable: boolean;
}

/** `?scenario=large&speed=10` in the URL wins and is kept for the browser session. */
export function readMockSettings(search: string): MockSettings {
  let stored: Partial<MockSettings> = {};
  try {
    stored = JSON.parse(sessionStorage.getItem(settingsKey) ?? '{}') as Partial<MockSettings>;
  } catch {
    stored = {};
  }
  const params = new URLSearchParams(search);
  const scenarioParam = params.get('scenario');
  const speedParam = Number(params.get('speed'));
  const settings: MockSettings = {
    scenario: isScenario(scenarioParam) ? scenarioParam : isScenario(stored.scenario) ? stored.scenario : 'default',
    speed: speedParam > 0 && speedParam <= 1000 ? speedParam : typeof stored.speed === 'number' && stored.speed > 0 ? stored.speed : 1,
    historyAvailable: params.has('history') ? params.get('history') !== 'off' : stored.historyAvailable !== false,
  };
  sessionStorage.setItem(settingsKey, JSON.stringify(settings));
  return settings;
}

declare global {
  interface Window {
    /** Mock mode only: the simulated backend, for demos and the fault-injection tests. */
    mockServingBackend?: MockBackend;
  }
}

/**
 * msw checks an existing worker registration for updates without waiting for the answer; after a reload
 * that check can fail ("Failed to update a ServiceWorker … Not found") while the registered worker keeps
 * working. That one rejection is expected and harmless: it is not reported as an uncaught error.
 */
function ignoreMockWorkerUpdateFailures(serviceWorkerUrl: string): void {
  window.addEventListener('unhandledrejection', (event) => {
    const message = event.reason instanceof Error ? event.reason.message : String(event.reason);
    if (/Failed to update a ServiceWorker/i.test(message) && message.includes(serviceWorkerUrl)) event.preventDefault();
  });
}

export async function startMockBackend(serviceWorkerUrl: string): Promise<{ backend: MockBackend; settings: MockSettings }> {
  ignoreMockWorkerUpdateFailures(serviceWorkerUrl);
  const settings = readMockSettings(window.location.search);
  const backend = new MockBackend({ ...settings, store: sessionStateStore });
  backend.historyAvailable = settings.historyAvailable;
  const worker = setupWorker(...createHandlers(() => backend));
  await worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledRequest: 'bypass', quiet: true });
  window.mockServingBackend = backend;
  return { backend, settings };
}

/** Switches scenario (or resets the data): forgets the session's state and reloads the page. */
export function switchScenario(scenario: Scenario, speed: number): void {
  clearSessionState();
  sessionStorage.setItem(settingsKey, JSON.stringify({ scenario, speed }));
  const url = new URL(window.location.href);
  url.searchParams.delete('scenario');
  url.searchParams.delete('speed');
  window.location.assign(url.toString());
}
