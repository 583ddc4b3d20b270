import { expect, test, type Page } from './fixtures';
import { isTransitioning, type DeploymentStatus } from '../src/features/deployments/model/status';
import { deploymentIds, listPath, openConsole, pausePageClock, projectId, row, runPageClockUntil, simulatedDeployments } from './support';

/**
 * What polling costs: the whole list at the settled interval, each changing deployment on its own at the
 * fast one, nothing at all from a tab nobody looks at. The page's clock is the test's: request counts
 * are per page time, never per wall-clock wait.
 */

const api = `/hopsworks-api/api/project/${projectId}/serving`;

/** The page's GETs to the serving API (path only), and a way to wait until none is in flight. */
function recordRequests(page: Page) {
  const calls: { path: string }[] = [];
  let inFlight = 0;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === 'GET' && path.startsWith(api)) calls.push({ path });
    inFlight += 1;
  });
  const done = () => void (inFlight -= 1);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { calls, settled: () => expect.poll(() => inFlight).toBe(0) };
}

test('polling follows what changes: the whole list at the settled interval, a starting deployment on its own, fast', async ({ page }) => {
  const requests = recordRequests(page);
  await page.clock.install();
  await openConsole(page, listPath, { speed: 1 });
  const creditscoring = row(page, 'creditscoring');
  await expect(creditscoring.getByRole('cell', { name: 'Stopped', exact: true })).toBeVisible();
  await pausePageClock(page);
  await creditscoring.getByRole('button', { name: 'Start creditscoring' }).click();
  await runPageClockUntil(page, creditscoring.getByRole('cell', { name: 'Starting', exact: true }), { stepMs: 10, maxMs: 500 });
  await requests.settled();
  requests.calls.length = 0;

  const simulatedStatus = () => page.evaluate((id) => (window.mockServingBackend!.get(119, id) as unknown as { body: { status: string } }).body.status, deploymentIds.creditscoring);
  const durationMs = 45_000;
  const stepMs = 250;
  let runningAt: number | undefined;
  let shownAt: number | undefined;
  // Others the simulator has changing by themselves at some point are followed too.
  const changing = new Set<string>();
  const noteChanging = async () => {
    for (const d of await simulatedDeployments(page)) if (isTransitioning(d.status as DeploymentStatus)) changing.add(`${api}/${d.id}`);
  };
  await noteChanging();
  for (let pageTime = stepMs; pageTime <= durationMs && shownAt === undefined; pageTime += stepMs) {
    await page.clock.runFor(stepMs);
    await requests.settled();
    await noteChanging();
    if (runningAt === undefined && (await simulatedStatus()) === 'Running') runningAt = pageTime;
    if (await creditscoring.getByRole('cell', { name: 'Running', exact: true }).count()) shownAt = pageTime;
  }
  expect(runningAt, 'the simulated start finishes within the test').toBeDefined();
  expect(shownAt! - runningAt!, 'page time from the backend saying Running to the row showing it').toBeLessThanOrEqual(2_000);

  // Only the changing deployments are asked for one by one.
  const single = requests.calls.filter((call) => call.path !== api);
  expect(single.filter((call) => call.path === `${api}/${deploymentIds.creditscoring}`).length).toBeGreaterThanOrEqual(Math.floor(shownAt! / 1_500) - 1);
  expect(single.filter((call) => call.path !== `${api}/${deploymentIds.creditscoring}` && !changing.has(call.path))).toEqual([]);
  // The whole list: once per settled interval (15 s), not at the fast one.
  expect(requests.calls.filter((call) => call.path === api).length).toBeLessThanOrEqual(Math.ceil(shownAt! / 15_000));
});

test('a tab nobody looks at sends no request; back in view it catches up at once', async ({ page }) => {
  // The page can be told it is hidden, as the browser tells it when the user switches tabs or minimises.
  await page.addInitScript(() => {
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { get: () => hidden });
    (window as unknown as { setTabHidden: (value: boolean) => void }).setTabHidden = (value) => {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    };
  });
  const setHidden = (hidden: boolean) => page.evaluate((value) => (window as unknown as { setTabHidden: (v: boolean) => void }).setTabHidden(value), hidden);
  const requests = recordRequests(page);
  await page.clock.install();
  // The overview of a starting deployment following its live logs: the page with the most to poll.
  await openConsole(page, `${listPath}/${deploymentIds.embeddingsmodel}?source=live&follow=1`, { speed: 1 });
  await expect(page.getByRole('heading', { level: 1, name: 'embeddingsmodel' })).toBeVisible();
  await pausePageClock(page);
  await page.clock.runFor(3_000);
  await requests.settled();
  expect(requests.calls.length, 'a visible page polls').toBeGreaterThan(0);

  await setHidden(true);
  await requests.settled();
  requests.calls.length = 0;
  for (let pageTime = 0; pageTime < 120_000; pageTime += 5_000) await page.clock.runFor(5_000);
  await requests.settled();
  expect(requests.calls, 'requests from the hidden tab over 2 minutes').toEqual([]);

  await setHidden(false);
  await page.clock.runFor(50);
  await requests.settled();
  expect(requests.calls.some((call) => call.path === `${api}/${deploymentIds.embeddingsmodel}`), 'back in view: the deployment at once').toBe(true);
});
