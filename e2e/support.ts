import { expect, type Locator, type Page, type Request } from '@playwright/test';

/** Opens a console page in mock mode with a fresh simulated backend (each test has its own session). */
export async function openConsole(page: Page, path: string, options: { scenario?: string; speed?: number } = {}) {
  const url = new URL(path, 'http://placeholder');
  url.searchParams.set('scenario', options.scenario ?? 'default');
  url.searchParams.set('speed', String(options.speed ?? 20));
  await page.goto(`${url.pathname}${url.search}`);
}

export const projectId = 119;
export const listPath = `/p/${projectId}/deployments`;
export const deploymentIds = {
  fraudmodel: 1042,
  churnmodel: 1043,
  recommender: 1044,
  imageclassifier: 1045,
  textsummarizer: 1046,
  pricepredictor: 1047,
  sentimentmodel: 1048,
  demandforecast: 1049,
  anomalydetector: 1050,
  ltvmodel: 1051,
  creditscoring: 1052,
  frauddetectorv2: 1053,
  embeddingsmodel: 1054,
} as const;

export function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

export interface SimulatedDeployment {
  id: number;
  name: string;
  status: string;
  condition?: { type: string; status?: boolean; reason: string };
  availableInstances?: number;
  requestedInstances?: number;
  availableTransformerInstances?: number;
  requestedTransformerInstances?: number;
  predictorResources?: { requests?: { cores?: number; memory?: number }; limits?: { cores?: number; memory?: number; gpus?: number } };
}

/** "<running> of <requested> running", as the overview words it. */
export const runningOf = (running: number | undefined, requested: number | undefined) => `${running ?? 0} of ${requested ?? 0} running`;

/** One deployment as the simulated backend holds it now. */
export async function simulatedDeployment(page: Page, name: string): Promise<SimulatedDeployment> {
  const found = (await simulatedDeployments(page)).find((deployment) => deployment.name === name);
  if (!found) throw new Error(`the simulator has no ${name}`);
  return found;
}

/** What the page's simulated backend holds right now: expectations come from it, not from copied numbers. */
export async function simulatedDeployments(page: Page): Promise<SimulatedDeployment[]> {
  return page.evaluate(() => {
    const result = window.mockServingBackend!.list(119);
    if (!result.ok) throw new Error('the simulated backend refused the list');
    return result.body as unknown as SimulatedDeployment[];
  });
}

/**
 * Moves a paused page clock on by `stepMs` at a time until `shown` appears (at most `maxMs` of page time).
 * Step by step, and only while none of the page's calls to the backend is on its way: each poll's answer
 * arrives over the (real) network, and on a slow machine the clock would otherwise run past what the
 * answers show (a state the backend holds for a few seconds could be skipped). A retry waiting on its
 * timer is not on its way, so time moves on for it. In mock mode the service worker answers, and
 * Playwright reports such a call only once it is done: there, keep `stepMs` well below the request timeout.
 */
export async function runPageClockUntil(page: Page, shown: Locator, { stepMs, maxMs }: { stepMs: number; maxMs: number }) {
  const onTheirWay = new Set<Request>();
  const isBackendCall = (request: Request) => request.url().includes('/hopsworks-api/');
  const started = (request: Request) => void (isBackendCall(request) && onTheirWay.add(request));
  const ended = (request: Request) => void onTheirWay.delete(request);
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  let pageTime = 0;
  try {
    await expect
      .poll(
        async () => {
          if ((await shown.count()) > 0) return true;
          if (pageTime < maxMs && onTheirWay.size === 0) {
            await page.clock.runFor(stepMs);
            pageTime += stepMs;
          }
          return (await shown.count()) > 0;
        },
        { timeout: 30_000, intervals: [50] },
      )
      .toBe(true);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** The page reads config.json with `settings` in place of the build's own values. */
export async function overrideRuntimeConfig(page: Page, settings: Record<string, unknown>) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), ...settings } });
  });
}

/** Whether the page has a request under way or waiting to retry (mock mode opens its query cache to the devtools). */
export function requestsUnderWay(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__TANSTACK_QUERY_CLIENT__!.isFetching() > 0);
}

/**
 * Stops the page's clock `aheadMs` from now; from then on only the test moves it. The simulated backend
 * answers at once (its usual latency is a timer of the page's, which would otherwise wait on the paused clock).
 */
export async function pausePageClock(page: Page, aheadMs = 1_000) {
  await page.evaluate(() => void (window.mockServingBackend!.latencyMs = 0));
  // The page's clock runs on while the test reads it: on a starved machine more than `aheadMs` passed
  // between reading it and pausing it, and pauseAt refuses a moment in the past. Read it again then.
  for (let attempt = 1; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(new Date(now + aheadMs));
      return;
    } catch (error) {
      if (attempt === 5 || !String(error).includes('Cannot fast-forward to the past')) throw error;
    }
  }
}
