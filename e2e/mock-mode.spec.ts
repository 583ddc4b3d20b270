import { expect, test } from '@playwright/test';
import { listPath, openConsole, row } from './support';

test.describe('mock mode', () => {
  test('the mock control shows the scenario, switches it and resets the data', async ({ page }) => {
    await openConsole(page, listPath, { speed: 10 });
    const control = page.getByRole('button', { name: 'Mock: default ×10' });
    await expect(control).toBeVisible();

    // Change something, then reset.
    await row(page, 'creditscoring').getByRole('button', { name: 'Start creditscoring' }).click();
    await expect(row(page, 'creditscoring').locator('[data-status="Running"]')).toBeVisible({ timeout: 20_000 });
    await control.click();
    await page.getByRole('dialog', { name: 'Mock mode' }).getByRole('button', { name: 'Reset data' }).click();
    await expect(row(page, 'creditscoring').locator('[data-status="Stopped"]')).toBeVisible();

    await control.click();
    const dialog = page.getByRole('dialog', { name: 'Mock mode' });
    await dialog.getByRole('combobox', { name: 'Scenario' }).click();
    await page.getByRole('option', { name: /^empty/ }).click();
    await dialog.getByRole('button', { name: /Apply/ }).click();
    await expect(page.getByRole('heading', { name: 'No deployments in this project yet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mock: empty ×10' })).toBeVisible();
  });

  test('state survives a reload within the browser session', async ({ page }) => {
    await openConsole(page, listPath, { speed: 1 });
    await row(page, 'fraudmodel').getByRole('button', { name: 'Stop fraudmodel' }).click();
    await page.getByRole('button', { name: 'Stop deployment' }).click();
    await expect(row(page, 'fraudmodel').locator('[data-status="Stopping"]')).toBeVisible();
    await page.goto(listPath);
    await expect(row(page, 'fraudmodel').locator('[data-status="Stopping"], [data-status="Stopped"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mock: default' })).toBeVisible();
  });

  test('the large scenario lists 2,000 deployments, paginated', async ({ page }) => {
    await openConsole(page, listPath, { scenario: 'large' });
    await expect(page.getByText('2,000 deployments:')).toBeVisible();
    await expect(page.getByText('1–50 of 2,000')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search deployments or models' }).fill('fraudscorer');
    await expect(page.getByRole('link', { name: /^fraudscorer/ }).first()).toBeVisible();
  });

  test('a prediction request wakes an idle (scaled-to-zero) deployment', async ({ page }) => {
    // Real-time speed: at higher speeds it would go idle again before the next settled poll.
    await openConsole(page, listPath, { speed: 1 });
    await expect(row(page, 'sentimentmodel').locator('[data-status="Idle"]')).toBeVisible();
    await page.getByRole('button', { name: /^Mock:/ }).click();
    await page.getByRole('dialog', { name: 'Mock mode' }).getByRole('button', { name: 'Send a prediction' }).click();
    await page.keyboard.press('Escape');
    await expect(row(page, 'sentimentmodel').locator('[data-status="Running"]')).toBeVisible({ timeout: 30_000 });
    await expect(row(page, 'sentimentmodel')).toContainText('1/0');
  });
});
