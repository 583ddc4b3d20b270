import { expect, test, type Page } from './fixtures';
import { deploymentIds, listPath, openConsole, overrideRuntimeConfig, requestsUnderWay, row, runningOf, runPageClockUntil, simulatedDeployment, pausePageClock } from './support';
import { faultKinds as faults, type FaultKind as Fault } from '../src/mocks/simulator/faults';
import { logFollowIntervalMs } from '../src/features/logs/model/log-target';

/**
 * For each endpoint and each fault: the page shows a clear message (the server's usrMsg when there
 * is one), keeps what it already showed, and recovers by itself within one poll once the fault clears.
 * Faults are MSW-level overrides injected into the simulated backend. The page's clock is controlled:
 * "within one poll" means the clock moves on by one poll interval and no further.
 */


const expectedMessage: Record<Fault, RegExp> = {
  '500': /Hopsworks had an internal error/,
  '503': /unavailable right now \(HTTP 503\)/,
  network: /Could not reach the Hopsworks server/,
  timeout: /did not answer within 2 seconds/,
  'malformed-json': /not valid JSON/,
  'invalid-json': /cannot read/,
  '401': /session has expired/,
  '403': /role in this project does not allow/,
  '404': /not found|not available/i,
};

const pollMs = 1000;
const requestTimeoutMs = 2000;

/**
 * Page time from clearing the fault to a good answer: one poll — except after a hung request, which
 * must first reach the request timeout, and then gets its retry (at most 2 s later).
 */
const recoveryMs = (fault: Fault, interval: number) => (fault === 'timeout' ? requestTimeoutMs + 2000 : interval);

const pauseClock = (page: Page) => pausePageClock(page, pollMs);

type Shown = ReturnType<Page['getByRole']>;

/** Moves the page's clock on, a poll at a time, until `shown` appears (at most 30 s of page time). */
const runClockUntilShown = (page: Page, shown: Shown) => runPageClockUntil(page, shown, { stepMs: pollMs, maxMs: 30_000 });

/**
 * Once the fault is cleared: `interval` of page time (one poll), then at most 50 ms more (ticks that let
 * zero-delay timers such as react-query's notification batching run), and the message must be gone.
 * The clock moves in steps far shorter than the request timeout, and never while a request is under
 * way: an answer takes real time, and a clock moved past its timeout in one go (while the answer was on
 * its way) would fail a request the backend answered at once.
 */
async function expectGoneAfterOnePoll(page: Page, message: Shown, interval = pollMs) {
  const stepMs = 100;
  const graceMs = 50;
  let pageTime = 0;
  await expect
    .poll(
      async () => {
        if ((await message.count()) > 0 && pageTime < interval + graceMs && !(await requestsUnderWay(page))) {
          const step = pageTime < interval ? Math.min(stepMs, interval - pageTime) : 1;
          await page.clock.runFor(step);
          pageTime += step;
        }
        return message.count();
      },
      { timeout: 20_000, intervals: [20] },
    )
    .toBe(0);
}

/** Fast polls and a short timeout, so that a cell takes seconds. */
const useFastConfig = (page: Page) => overrideRuntimeConfig(page, { requestTimeoutMs, polling: { transitioningMs: pollMs, settledMs: pollMs } });

async function inject(page: Page, endpoint: string, fault: Fault) {
  await page.evaluate(([e, f]) => window.mockServingBackend!.faults.inject({ endpoint: e as never, fault: f as never, times: Infinity }), [endpoint, fault]);
}

async function clear(page: Page, endpoint: string) {
  await page.evaluate((e) => window.mockServingBackend!.faults.clear(e as never), endpoint);
}

/**
 * Clears the fault at a moment when no request is under way or waiting to retry — checked and cleared in
 * one step inside the page. A request that began before the fault cleared would fail when its answer
 * lands, maybe while the clock is being moved on, and push the next poll back: "within one poll" is
 * measured from a quiet page. The clock moves on in small steps until then.
 */
async function clearWhenQuiet(page: Page, endpoint: string) {
  let pageTime = 0;
  await expect
    .poll(
      async () => {
        const cleared = await page.evaluate((e) => {
          if (window.__TANSTACK_QUERY_CLIENT__!.isFetching() > 0) return false;
          window.mockServingBackend!.faults.clear(e as never);
          return true;
        }, endpoint);
        if (!cleared && pageTime < 30_000) {
          await page.clock.runFor(50);
          pageTime += 50;
        }
        return cleared;
      },
      { timeout: 30_000, intervals: [20] },
    )
    .toBe(true);
}

test.describe('fault injection', () => {
  test.beforeEach(async ({ page, expectConsoleErrors }) => {
    // The browser notes each deliberately failed request.
    expectConsoleErrors(/^console error: Failed to load resource: (net::ERR_FAILED|the server responded with a status of \d{3} )/);
    await useFastConfig(page);
    await page.clock.install();
  });

  for (const fault of faults) {
    test(`fault cell: list × ${fault}`, async ({ page }) => {
      await openConsole(page, listPath);
      await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
      await pauseClock(page);
      await inject(page, 'list', fault);
      const failure = page.getByRole('status').filter({ hasText: 'Refresh failed' });
      await runClockUntilShown(page, failure);
      await expect(failure).toContainText(expectedMessage[fault]);
      await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
      await clearWhenQuiet(page, 'list');
      await expectGoneAfterOnePoll(page, failure, recoveryMs(fault, pollMs));
      await expect(page.getByText(/^Updated \d+ s ago$/).first()).toBeVisible();
    });

    test(`fault cell: deployment × ${fault}`, async ({ page }) => {
      await openConsole(page, `${listPath}/${deploymentIds.fraudmodel}`);
      await expect(page.getByRole('heading', { level: 1, name: 'fraudmodel' })).toBeVisible();
      await pauseClock(page);
      await inject(page, 'deployment', fault);
      const message =
        fault === '404'
          ? page.getByRole('alert').filter({ hasText: 'This deployment no longer exists' })
          : page.getByRole('status').filter({ hasText: 'Refresh failed' }).first();
      await runClockUntilShown(page, message);
      await expect(message).toContainText(expectedMessage[fault]);
      await expect(page.getByRole('heading', { level: 1, name: 'fraudmodel' })).toBeVisible();
      const fraudmodel = await simulatedDeployment(page, 'fraudmodel');
      await expect(page.getByRole('region', { name: 'Resource allocation' })).toContainText(runningOf(fraudmodel.availableInstances, fraudmodel.requestedInstances));
      await clearWhenQuiet(page, 'deployment');
      await expectGoneAfterOnePoll(page, message, recoveryMs(fault, pollMs));
    });

    test(`fault cell: logs × ${fault}`, async ({ page }) => {
      await openConsole(page, `${listPath}/${deploymentIds.fraudmodel}?follow=1`);
      const logs = page.getByRole('region', { name: 'Transient logs' });
      await expect(logs.getByRole('log')).toContainText('uvicorn');
      await pauseClock(page);
      await inject(page, 'logs', fault);
      const failure = logs.getByRole('status').filter({ hasText: 'Refresh failed' });
      await runClockUntilShown(page, failure);
      await expect(failure).toContainText(expectedMessage[fault]);
      await expect(logs.getByRole('log')).toContainText('uvicorn');
      await clearWhenQuiet(page, 'logs');
      await expectGoneAfterOnePoll(page, failure, recoveryMs(fault, logFollowIntervalMs));
    });

    test(`fault cell: start/stop × ${fault}`, async ({ page }) => {
      await openConsole(page, listPath);
      const creditscoring = row(page, 'creditscoring');
      await expect(creditscoring.getByRole('cell', { name: 'Stopped', exact: true })).toBeVisible();
      await inject(page, 'action', fault);
      await creditscoring.getByRole('button', { name: 'Start creditscoring' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Could not start creditscoring' });
      await expect(alert).toContainText(fault === '404' ? /Deployment not found/ : expectedMessage[fault], { timeout: 15_000 });
      if (fault === '403') await expect(alert).toContainText('Only Data owners can start or stop deployments.');
      await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
      await clear(page, 'action');
      await creditscoring.getByRole('button', { name: 'Start creditscoring' }).click();
      await expect(creditscoring.getByRole('cell', { name: /^(Starting|Running)$/ })).toBeVisible();
    });
  }

  test('a server unreachable for several polls: how many refreshes failed in a row and when the last good answer came; then back to normal', async ({ page }) => {
    await openConsole(page, listPath);
    await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
    await pauseClock(page);
    await inject(page, 'list', 'network');
    const failures = (count: number) => page.getByRole('status').filter({ hasText: `Refresh failed ${count} times in a row` });
    await runClockUntilShown(page, failures(3));
    await expect(failures(3)).toContainText(expectedMessage.network);
    await expect(failures(3)).toContainText(/Last good answer \d+ s ago \(.+\)\./);
    await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
    await clearWhenQuiet(page, 'list');
    await expectGoneAfterOnePoll(page, page.getByRole('status').filter({ hasText: 'Refresh failed' }), pollMs);
    await expect(page.getByText(/^Updated \d+ s ago$/).first()).toBeVisible();
  });
});
