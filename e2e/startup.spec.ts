import { expect, test } from './fixtures';
import { listPath, openConsole, projectId } from './support';

/** What the user sees before the app's script has run, and what the start asks of the server. */

test('the page shows its frame before any script runs', async ({ page, expectConsoleErrors }) => {
  // Scripts blocked on purpose: the browser notes each one it could not load.
  expectConsoleErrors(/^console error: Failed to load resource: net::ERR_FAILED/);
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(listPath);
  await expect(page.getByText('Model Serving Console', { exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Loading the console…');
});

test('the app replaces the frame with the same top bar; config.json, the list and each script are asked for once at start', async ({ page }) => {
  const configRequests: string[] = [];
  const listRequests: string[] = [];
  const scriptRequests: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('/config.json')) configRequests.push(path);
    if (path.endsWith('.js') && !path.endsWith('mockServiceWorker.js')) scriptRequests.push(path);
    if (path.endsWith(`/project/${projectId}/serving`)) listRequests.push(path);
  });
  await openConsole(page, listPath);
  await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
  await expect(page.getByText('Loading the console…')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Model Serving Console' })).toBeVisible();
  // config.json is preloaded beside the entry script and the boot code takes that answer; the list is
  // asked for by the boot code before React renders, and the page's query takes that answer.
  expect(configRequests).toHaveLength(1);
  expect(listRequests).toHaveLength(1);
  expect(scriptRequests.filter((path, index) => scriptRequests.indexOf(path) !== index)).toEqual([]);
});
