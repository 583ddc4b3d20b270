import { expect, test, type Page } from '@playwright/test';
import { deploymentIds, listPath, openConsole, row } from './support';
import { faultKinds as faults, type FaultKind as Fault } from '../src/mocks/simulator/faults';

/**
 * For each endpoint and each fault: the page shows a clear message (the server's usrMsg when there
 * is one), keeps what it already showed, and recovers by itself within one poll once the fault clears.
 * Faults are MSW-level overrides injected into the simulated backend.
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

/** Fast polls and a short timeout, so that a cell takes seconds. */
async function useFastConfig(page: Page) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    await route.fulfill({
      response,
      json: { ...config, requestTimeoutMs: 2000, polling: { transitioningMs: 1000, settledMs: 1000 } },
    });
  });
}

async function inject(page: Page, endpoint: string, fault: Fault) {
  await page.evaluate(([e, f]) => window.mockServingBackend!.faults.inject({ endpoint: e as never, fault: f as never, times: Infinity }), [endpoint, fault]);
}

async function clear(page: Page, endpoint: string) {
  await page.evaluate((e) => window.mockServingBackend!.faults.clear(e as never), endpoint);
}

test.describe('fault injection', () => {
  test.beforeEach(async ({ page }) => useFastConfig(page));

  for (const fault of faults) {
    test(`fault cell: list × ${fault}`, async ({ page }) => {
      await openConsole(page, listPath);
      await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
      await inject(page, 'list', fault);
      const failure = page.getByRole('status').filter({ hasText: 'Refresh failed' });
      await expect(failure).toContainText(expectedMessage[fault], { timeout: 30_000 });
      await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
      await clear(page, 'list');
      await expect(failure).toHaveCount(0, { timeout: 10_000 });
      await expect(page.getByText(/^Updated \d+ s ago$/).first()).toBeVisible();
    });

    test(`fault cell: deployment × ${fault}`, async ({ page }) => {
      await openConsole(page, `${listPath}/${deploymentIds.fraudmodel}`);
      await expect(page.getByRole('heading', { level: 1, name: 'fraudmodel' })).toBeVisible();
      await inject(page, 'deployment', fault);
      const message =
        fault === '404'
          ? page.getByRole('alert').filter({ hasText: 'This deployment no longer exists' })
          : page.getByRole('status').filter({ hasText: 'Refresh failed' }).first();
      await expect(message).toContainText(expectedMessage[fault], { timeout: 30_000 });
      await expect(page.getByRole('heading', { level: 1, name: 'fraudmodel' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Resource allocation' })).toContainText('1 of 1 running');
      await clear(page, 'deployment');
      await expect(message).toHaveCount(0, { timeout: 10_000 });
    });

    test(`fault cell: logs × ${fault}`, async ({ page }) => {
      await openConsole(page, `${listPath}/${deploymentIds.fraudmodel}?follow=1`);
      const logs = page.getByRole('region', { name: 'Transient logs' });
      await expect(logs.getByRole('log')).toContainText('uvicorn');
      await inject(page, 'logs', fault);
      const failure = logs.getByRole('status').filter({ hasText: 'Refresh failed' });
      await expect(failure).toContainText(expectedMessage[fault], { timeout: 30_000 });
      await expect(logs.getByRole('log')).toContainText('uvicorn');
      await clear(page, 'logs');
      await expect(failure).toHaveCount(0, { timeout: 10_000 });
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
});
