import { expect, failedRequest, test } from './fixtures';
import { parse } from 'node:url';
import rison from 'rison-node';
import { listPath, openConsole, row } from './support';

const quoted = `it's "quoted" #1 (50%)!`;
const nonAscii = 'modèle-café ü 名前';

test.describe('bad input', () => {
  test('odd names work in the list, in routes, in titles and in OpenSearch links', async ({ page }) => {
    await openConsole(page, listPath, { scenario: 'odd' });
    await expect(page.getByRole('link', { name: nonAscii, exact: true })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search deployments or models' }).fill('"quoted" #1');
    await expect(page).toHaveURL(/q=/);
    await page.reload();
    await page.getByRole('link', { name: quoted, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: quoted })).toBeVisible();
    await expect(page).toHaveTitle(`Running · ${quoted}`);

    const link = page.getByRole('link', { name: /^See logs/ }).first();
    await expect(link).toHaveAttribute('href', /jt=/);
    const href = (await link.getAttribute('href'))!;
    const hash = parse(parse(href, true).hash!.slice(1), true);
    const appState = rison.decode(hash.query._a as string) as { query: { query: string } };
    expect(appState.query.query).toBe(`serving_name:"it's \\"quoted\\" #1 (50%)!"`);
  });

  test('a non-ASCII name opens its overview and its logs', async ({ page }) => {
    await openConsole(page, listPath, { scenario: 'odd' });
    await page.getByRole('link', { name: nonAscii, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: nonAscii })).toBeVisible();
    await expect(page.getByRole('log')).toContainText('Traceback');
  });

  test('unknown status and condition values show as unknown with the raw value', async ({ page, expectConsoleErrors }) => {
    // The overview asks for the live logs of a status it does not know; the backend has none (404 / 240027).
    expectConsoleErrors(failedRequest(404, /\/serving\/2003\/logs/));
    await openConsole(page, listPath, { scenario: 'odd' });
    await expect(row(page, 'future')).toContainText('Unknown (Hibernating)');
    await expect(row(page, 'shouty').getByRole('cell', { name: 'Running', exact: true })).toBeVisible();
    await expect(row(page, 'legacy')).toContainText('Stopped');
    await page.getByRole('link', { name: 'future', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'future' })).toBeVisible();
    await expect(page.getByText('Warm pool is ready', { exact: true })).toBeVisible();
    await expect(page.getByText(/condition this console does not know \(WARMED_UP\)/)).toBeVisible();
  });

  test('a 10 KB log line does not break the layout; HTML stays text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await openConsole(page, `${listPath}/2001?tail=50`, { scenario: 'odd' });
    const log = page.getByRole('log');
    await expect(log).toContainText('(10 KB)');
    await expect(log).toContainText('rejected input <img src=x onerror=alert(1)> and <script>alert("x")</script>');
    await expect(log.locator('img, script')).toHaveCount(0);
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth <= window.innerWidth,
      viewerScrolls: (() => {
        const viewer = document.querySelector('[role="log"]') as HTMLElement;
        return viewer.scrollWidth > viewer.clientWidth && viewer.getBoundingClientRect().right <= window.innerWidth;
      })(),
    }));
    expect(layout).toEqual({ page: true, viewerScrolls: true });
    await page.getByRole('switch', { name: 'Wrap lines' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(dialogs).toBe(0);
  });

  test('a 100,000-line log stays a small DOM', async ({ page }) => {
    await openConsole(page, `${listPath}/1042?tail=100000`);
    await expect(page.getByRole('log')).toBeVisible();
    await page.evaluate(() => {
      const lines = Array.from({ length: 100_000 }, (_, i) => `2026-01-01 00:00:00.000 INFO line ${i}`);
      window.mockServingBackend!.injectLogLines(1042, 'predictor', lines);
    });
    await page.getByRole('switch', { name: 'Follow' }).click();
    const region = page.getByRole('region', { name: 'Transient logs' });
    await expect(region.getByText('100,000 lines')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('log')).toContainText('line 99999');
    const nodes = await page.getByRole('log').evaluate((element) => element.querySelectorAll('*').length);
    expect(nodes).toBeLessThanOrEqual(2000);
  });
});
