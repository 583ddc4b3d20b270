import { expect, failedRequest, test } from './fixtures';
import { listPath, openConsole, row, simulatedDeployments } from './support';

test.describe('mock mode', () => {
  // These tests reload the page while it polls fast. A poll in flight as the page goes away is no longer
  // answered by the mock worker (its page is gone) and reaches the preview server, which has no backend: 404.
  const pollCutOffByReload = failedRequest(404, /\/hopsworks-api\/api\/project\/119\/serving/);

  test('the mock control shows the scenario, switches it and resets the data', async ({ page, expectConsoleErrors }) => {
    expectConsoleErrors(pollCutOffByReload);
    await openConsole(page, listPath, { speed: 10 });
    const control = page.getByRole('button', { name: 'Mock: default ×10' });
    await expect(control).toBeVisible();

    // Change something, then reset.
    await row(page, 'creditscoring').getByRole('button', { name: 'Start creditscoring' }).click();
    await expect(row(page, 'creditscoring').getByRole('cell', { name: 'Running', exact: true })).toBeVisible({ timeout: 20_000 });
    await control.click();
    await page.getByRole('dialog', { name: 'Mock mode' }).getByRole('button', { name: 'Reset data' }).click();
    await expect(row(page, 'creditscoring').getByRole('cell', { name: 'Stopped', exact: true })).toBeVisible();

    await control.click();
    const dialog = page.getByRole('dialog', { name: 'Mock mode' });
    await dialog.getByRole('combobox', { name: 'Scenario' }).click();
    await page.getByRole('option', { name: /^empty/ }).click();
    await dialog.getByRole('button', { name: /Apply/ }).click();
    await expect(page.getByRole('heading', { name: 'No deployments in this project yet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mock: empty ×10' })).toBeVisible();
  });

  test('state survives a reload within the browser session', async ({ page, expectConsoleErrors }) => {
    expectConsoleErrors(pollCutOffByReload);
    await openConsole(page, listPath, { speed: 1 });
    await row(page, 'fraudmodel').getByRole('button', { name: 'Stop fraudmodel' }).click();
    await page.getByRole('button', { name: 'Stop deployment' }).click();
    await expect(row(page, 'fraudmodel').getByRole('cell', { name: 'Stopping', exact: true })).toBeVisible();
    await page.goto(listPath);
    await expect(row(page, 'fraudmodel').getByRole('cell', { name: /^(Stopping|Stopped)$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mock: default' })).toBeVisible();
  });

  test('the large scenario lists 2,000 deployments, paginated', async ({ page }) => {
    await openConsole(page, listPath, { scenario: 'large' });
    await expect(page.getByRole('table', { name: 'Deployments' }).getByRole('link').first()).toBeVisible();
    const total = (await simulatedDeployments(page)).length.toLocaleString('en-US');
    await expect(page.getByText(`${total} deployments:`)).toBeVisible();
    await expect(page.getByText(`1–50 of ${total}`)).toBeVisible();
    const firstName = await page.getByRole('table', { name: 'Deployments' }).getByRole('link').first().textContent();
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(page.getByText(`51–100 of ${total}`)).toBeVisible();
    await expect(page).toHaveURL(/[?&]page=1(&|$)/);
    await expect(page.getByRole('table', { name: 'Deployments' }).getByRole('link', { name: firstName!, exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Go to previous page' }).click();
    await expect(page.getByText(`1–50 of ${total}`)).toBeVisible();
    await page.getByLabel('Rows per page:').selectOption('100');
    await expect(page.getByText(`1–100 of ${total}`)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Deployments' }).getByRole('row')).toHaveCount(101);
    await page.getByRole('searchbox', { name: 'Search deployments or models' }).fill('fraudscorer');
    await expect(page.getByRole('link', { name: /^fraudscorer/ }).first()).toBeVisible();
  });

  test('a prediction request wakes an idle (scaled-to-zero) deployment', async ({ page }) => {
    // Real-time speed: at higher speeds it would go idle again before the next settled poll.
    await openConsole(page, listPath, { speed: 1 });
    await expect(row(page, 'sentimentmodel').getByRole('cell', { name: 'Idle', exact: true })).toBeVisible();
    await page.getByRole('button', { name: /^Mock:/ }).click();
    await page.getByRole('dialog', { name: 'Mock mode' }).getByRole('button', { name: 'Send a prediction' }).click();
    await page.keyboard.press('Escape');
    await expect(row(page, 'sentimentmodel').getByRole('cell', { name: 'Running', exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(row(page, 'sentimentmodel')).toContainText('1/0');
  });
});

test.describe('network', () => {
  test('offline is said plainly, with the time of the last good answer, and heals by itself', async ({ page, context, expectConsoleErrors }) => {
    // Parts loaded after the first paint (tooltips, dialogs) may still be on their way when the network goes.
    expectConsoleErrors(/Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED) \(.*\/assets\//);
    await openConsole(page, listPath);
    await expect(page.getByText(/^Updated \d+ s ago$/)).toBeVisible();
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: /^Offline: no network\. Showing data from \d+ s ago \(.+\); it refreshes by itself/ })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByText(/^Updated \d+ s ago$/)).toBeVisible();
    await expect(page.getByText(/^Offline/)).toHaveCount(0);
  });
});
