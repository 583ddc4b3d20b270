import { expect, test } from './fixtures';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeProjects, startFakeHopsworks, type FakeHopsworks } from '../server/testing/fake-hopsworks';

/**
 * Real mode in development: `HOPSWORKS_URL=… HOPSWORKS_API_KEY=… HOPSWORKS_PROJECT_ID=… npm start`
 * against a fake Hopsworks. The dev server mounts the production server's routes, so the key is added on
 * the server side, never reaches the browser, and other origins can neither act nor read through it.
 */

const apiKey = `key-${Math.random().toString(36).slice(2)}.${Date.now()}`;
const projectId = fakeProjects.owned.id;
const port = 5199;
const origin = `http://127.0.0.1:${port}`;
let hopsworks: FakeHopsworks;
let devServer: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  hopsworks = await startFakeHopsworks({ serviceKey: apiKey });
  devServer = spawn('npx', ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, HOPSWORKS_URL: hopsworks.url, HOPSWORKS_API_KEY: apiKey, HOPSWORKS_PROJECT_ID: String(projectId), ALLOW_ACTIONS: '1' },
    stdio: 'pipe',
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/config.json`)).ok) return;
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
  await page.goto(`${origin}/`);
  await expect(page).toHaveURL(new RegExp(`/p/${projectId}/deployments`));
  await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'realmodel' })).toContainText('Running');
  await expect(page.getByRole('row').filter({ hasText: 'brokenmodel' })).toContainText('Insufficient memory');
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText(fakeProjects.owned.name);
  await expect(page.getByText('Service key', { exact: true })).toBeVisible();
  // No mock mode control in real mode.
  await expect(page.getByRole('button', { name: /^Mock:/ })).toHaveCount(0);

  const apiCalls = hopsworks.requests.filter((r) => r.path.startsWith('/hopsworks-api/api/project'));
  expect(apiCalls.length).toBeGreaterThan(0);
  for (const call of apiCalls) expect(call.authorization).toBe(`ApiKey ${apiKey}`);

  // The key is in no browser request, no page content and no served config.
  expect(browserRequests.some((r) => r.includes(apiKey))).toBe(false);
  expect(await page.content()).not.toContain(apiKey);
  const config = await (await fetch(`${origin}/config.json`)).text();
  expect(config).not.toContain(apiKey);
  expect(JSON.parse(config)).toMatchObject({ mode: 'real', auth: 'session', defaultProjectId: projectId });
});

test('another origin can neither stop a deployment nor read the list through the dev server', async () => {
  const stop = `${origin}/hopsworks-api/api/project/${projectId}/serving/${projectId * 10 + 1}?action=STOP`;
  for (const headers of [{ 'sec-fetch-site': 'cross-site', origin: 'http://localhost:9999' }, { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:9999' }]) {
    const answer = await fetch(stop, { method: 'POST', headers });
    expect(answer.status).toBe(403);
  }
  expect(hopsworks.requests.some((r) => r.method === 'POST')).toBe(false);
  expect(hopsworks.deploymentStatus(projectId, 'realmodel')).toBe('Running');

  const read = await fetch(`${origin}/hopsworks-api/api/project/${projectId}/serving`, { headers: { origin: 'http://localhost:9999', 'sec-fetch-site': 'cross-site' } });
  expect(read.status).toBe(403);
  expect(read.headers.get('access-control-allow-origin')).toBeNull();
  const page = await fetch(`${origin}/`, { headers: { origin: 'http://localhost:9999' } });
  expect(page.headers.get('access-control-allow-origin')).toBeNull();
});

test('a production build made with the key in the environment does not contain it', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'console-build-'));
  try {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, HOPSWORKS_URL: hopsworks.url, HOPSWORKS_API_KEY: apiKey, VITE_HOPSWORKS_API_KEY: apiKey },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.some((file) => file.name.endsWith('.js'))).toBe(true);
    const leaking = files.filter((file) => readFileSync(join(file.parentPath, file.name), 'utf8').includes(apiKey)).map((file) => file.name);
    expect(leaking).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
