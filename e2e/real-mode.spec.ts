import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeHopsworks, type FakeHopsworks } from './fake-hopsworks';

/**
 * Real mode: `HOPSWORKS_URL=… HOPSWORKS_API_KEY=… HOPSWORKS_PROJECT_ID=… npm start` against a local
 * server that answers like Hopsworks. The key is added by the dev server's proxy and must never reach
 * the browser.
 */

const apiKey = `key-${Math.random().toString(36).slice(2)}.${Date.now()}`;
const projectId = 4321;
const port = 5199;
let hopsworks: FakeHopsworks;
let devServer: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  hopsworks = await startFakeHopsworks(apiKey, projectId);
  devServer = spawn('npx', ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, HOPSWORKS_URL: hopsworks.url, HOPSWORKS_API_KEY: apiKey, HOPSWORKS_PROJECT_ID: String(projectId) },
    stdio: 'pipe',
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/config.json`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the dev server did not start');
});

test.afterAll(async () => {
  if (devServer.pid) process.kill(-devServer.pid);
  await hopsworks.close();
});

test('the list loads through the proxy, which adds the API key on the server side', async ({ page }) => {
  const browserRequests: string[] = [];
  page.on('request', (request) => {
    browserRequests.push(`${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`);
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page).toHaveURL(new RegExp(`/p/${projectId}/deployments`));
  await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'realmodel' })).toContainText('Running');
  await expect(page.getByRole('row').filter({ hasText: 'brokenmodel' })).toContainText('Insufficient memory');
  await expect(page.getByText('Project: Real_Project')).toBeVisible();
  // No mock mode control in real mode.
  await expect(page.getByRole('button', { name: /^Mock:/ })).toHaveCount(0);

  const apiCalls = hopsworks.requests.filter((r) => r.path.startsWith('/hopsworks-api/api/project'));
  expect(apiCalls.length).toBeGreaterThan(0);
  for (const call of apiCalls) expect(call.authorization).toBe(`ApiKey ${apiKey}`);

  // The key is in no browser request, no page content and no served config.
  expect(browserRequests.some((r) => r.includes(apiKey))).toBe(false);
  expect(await page.content()).not.toContain(apiKey);
  const config = await (await fetch(`http://127.0.0.1:${port}/config.json`)).text();
  expect(config).not.toContain(apiKey);
  expect(JSON.parse(config)).toMatchObject({ mode: 'real', defaultProjectId: projectId });
});

test('the production build contains no key (it is never baked in)', () => {
  const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(readFileSync(join(file.parentPath, file.name), 'utf8')).not.toContain(apiKey);
  }
});
