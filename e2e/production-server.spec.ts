import { expect, failedRequest, test, type BrowserContext, type Page } from './fixtures';
import { createServer, type Server } from 'node:http';
import { fakeAccounts, fakeProjects, startFakeHopsworks, type FakeHopsworks } from '../server/testing/fake-hopsworks';
import { startConsoleServer, type ConsoleServer } from './console-server';
import { row } from './support';
import { violations } from './axe';
import { parseStatus, statusTable } from '../src/features/deployments/model/status';

/**
 * The production server in real mode (`node --import tsx server/main.ts`, what `npm run serve` runs),
 * mounted under a base path in front of a fake Hopsworks that behaves as the contract describes.
 */

const basePath = '/serving-console';
const secret = 'e2e-session-secret-that-is-at-least-32-characters';
const owned = fakeProjects.owned;
let hopsworks: FakeHopsworks;
let console_: ConsoleServer;
const listUrl = () => `${console_.origin}${basePath}/p/${owned.id}/deployments`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  hopsworks = await startFakeHopsworks();
  // Many sign-ins from one address in this suite: the rate limit has its own test below.
  console_ = await startConsoleServer({ HOPSWORKS_URL: hopsworks.url, SESSION_SECRET: secret, BASE_PATH: basePath, HOPSWORKS_PROJECT_ID: String(owned.id), SIGN_IN_RATE_LIMIT: '1000' });
});

test.afterAll(async () => {
  await console_?.stop();
  await hopsworks?.close();
});

async function signInWithPassword(page: Page, account: { email: string; password: string } = fakeAccounts.owner) {
  await expect(page.getByRole('heading', { name: 'Sign in to Hopsworks' })).toBeVisible();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Every secret the browser must never be able to read. */
function secrets(): string[] {
  return [fakeAccounts.owner.password, hopsworks.keys.full, hopsworks.keys.servingOnly, ...hopsworks.issuedTokens.map((token) => token.replace(/^Bearer /, ''))];
}

/** Every response the page receives: URL, headers and body, read as they arrive. */
function collectResponses(page: Page): () => Promise<string[]> {
  const reads: Promise<string>[] = [];
  page.on('response', (response) => {
    reads.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders().catch(() => ({})));
        const body = await response.text().catch(() => ''); // a redirect or an aborted request has no body
        return `${response.url()}\n${headers}\n${body}`;
      })(),
    );
  });
  return () => Promise.all(reads);
}

test('sign in with a password → list → overview → start → sign out; a reload keeps the session', async ({ page }) => {
  const responses = collectResponses(page);
  await page.goto(`${console_.origin}${basePath}/`);
  await signInWithPassword(page);
  await expect(page).toHaveURL(listUrl());
  await expect(page.getByRole('row').filter({ hasText: 'realmodel' })).toContainText('Running');
  await expect(page.getByText(fakeAccounts.owner.email)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'idlemodel', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'idlemodel', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Start idlemodel' }).click();
  await expect(page.getByText('Starting idlemodel…')).toBeVisible();
  expect(hopsworks.deploymentStatus(owned.id, 'idlemodel')).not.toBe('Stopped');
  const start = hopsworks.requests.find((r) => r.method === 'POST' && r.path.includes('action=START'));
  expect(start?.authorization).toMatch(/^Bearer /);

  // The credential is nowhere the page can read.
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  const received = await responses();
  expect(received.length).toBeGreaterThan(10);
  for (const value of secrets()) {
    expect(storage).not.toContain(value);
    expect(await page.content()).not.toContain(value);
    expect(received.filter((response) => response.includes(value))).toEqual([]);
  }

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Hopsworks' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in to Hopsworks' })).toBeVisible();
  expect(hopsworks.requests.some((r) => r.path === '/hopsworks-api/api/auth/logout')).toBe(true);
});

/** Where the table's column headers and rows are, to the pixel. */
async function layoutOf(page: Page) {
  const boxes = [...(await page.getByRole('columnheader').all()), ...(await page.getByRole('row').all())].map(async (element) => {
    const box = (await element.boundingBox())!;
    return [box.x, box.y, box.width, box.height].map(Math.round);
  });
  return Promise.all(boxes);
}

test("a list page's rows are painted before the console's code runs, from the one call to Hopsworks the console then takes over", async ({ page }) => {
  await page.goto(listUrl());
  await signInWithPassword(page);
  await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
  const listPath = `/hopsworks-api/api/project/${owned.id}/serving`;
  const listCalls = () => hopsworks.requests.filter((r) => r.method === 'GET' && r.path === listPath).length;
  const before = listCalls();

  // The console's code is held back: what shows is what the server painted.
  let releaseCode: () => void = () => undefined;
  const codeReleased = new Promise<void>((resolve) => (releaseCode = resolve));
  await page.route('**/assets/app-*.js', async (route) => {
    await codeReleased;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  const realmodel = row(page, 'realmodel');
  await expect(realmodel).toContainText(statusTable[parseStatus(hopsworks.deploymentStatus(owned.id, 'realmodel'))].label);
  await expect(page.getByRole('row')).toHaveCount(hopsworks.deploymentCount(owned.id) + 1);
  await expect(page.getByRole('status').filter({ hasText: 'Loading the console…' })).toBeVisible();
  await expect(realmodel.getByRole('button')).toHaveCount(0);
  expect(listCalls()).toBe(before + 1);
  const painted = await layoutOf(page);

  releaseCode();
  await expect(realmodel.getByRole('button', { name: 'Stop realmodel' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the console…' })).toHaveCount(0);
  expect(await layoutOf(page), 'nothing moves when the console takes over').toEqual(painted);
  // The runtime config, the session and the list came in index.html: none of them is asked for.
  const fetched = await page.evaluate(
    (paths) => paths.map((path) => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === path).length),
    [`${basePath}/config.json`, `${basePath}/console-api/session`, `${basePath}${listPath}`],
  );
  expect(fetched).toEqual([0, 0, 0]);
  expect(listCalls()).toBe(before + 1);
});

test("the page shows its frame first and the server's rows in a later frame, even when they arrive together", async ({ page }) => {
  await page.goto(listUrl());
  await signInWithPassword(page);
  await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
  await page.route('**/assets/app-*.js', () => undefined); // never answered: the console's code does not start
  // The server's page in one piece: its rows are in the document before the browser paints anything.
  await page.route(listUrl(), async (route) => route.fulfill({ response: await route.fetch() }));
  // The browser's record of the frame that first showed the first row's name (Element Timing).
  await page.addInitScript(() => {
    const watch = new MutationObserver(() => {
      const cell = document.querySelector('tbody tr[data-deployment] td');
      if (!cell) return;
      watch.disconnect();
      cell.setAttribute('elementtiming', 'first-row');
    });
    watch.observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((candidate) => (candidate as PerformanceEntry & { identifier: string }).identifier === 'first-row');
      if (entry) document.documentElement.dataset.firstRowPaint = String((entry as PerformanceEntry & { renderTime: number }).renderTime);
    }).observe({ type: 'element', buffered: true });
  });
  await page.reload({ waitUntil: 'commit' });
  await expect(row(page, 'realmodel')).toBeVisible();
  const painted = await page.waitForFunction(() => {
    const frame = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const rows = document.documentElement.dataset.firstRowPaint;
    return frame !== undefined && rows !== undefined && { frame, rows: Number(rows) };
  });
  const paints = (await painted.jsonValue()) as { frame: number; rows: number };
  expect(paints.rows).toBeGreaterThan(paints.frame);
});

test('a part loaded after the first paint that could not be fetched is fetched again once the browser is back online', async ({ page, context, expectConsoleErrors }) => {
  expectConsoleErrors(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(.*\/assets\/Tooltip-/);
  let abortedOnce: () => void = () => undefined;
  const aborted = new Promise<void>((resolve) => (abortedOnce = resolve));
  await page.route('**/assets/Tooltip-*.js', async (route) => {
    await route.abort('internetdisconnected');
    abortedOnce();
  });
  await page.goto(listUrl());
  await signInWithPassword(page);
  await aborted;
  await page.unroute('**/assets/Tooltip-*.js');
  // Without MUI's tooltip the button works and keeps its name; hovering shows nothing.
  const theme = page.getByRole('button', { name: /Switch to/ });
  await theme.hover();
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  await context.setOffline(true);
  await context.setOffline(false);
  await page.mouse.move(0, 0);
  await theme.hover();
  await expect(page.getByRole('tooltip')).toHaveText(/\(click to change\)$/);
});

test('a deep link under the base path survives a reload', async ({ page }) => {
  const deepLink = `${listUrl()}/${owned.id * 10 + 1}`;
  await page.goto(deepLink);
  await signInWithPassword(page);
  await expect(page.getByRole('heading', { name: 'realmodel', level: 1 })).toBeVisible();
  // Hopsworks' default limits are -1: no limit, never "-1 cores".
  const resources = page.getByRole('region', { name: 'Resource allocation' });
  await expect(resources.getByText('no limit')).toHaveCount(3);
  await expect(resources.getByText(/-1/)).toHaveCount(0);
  await page.reload();
  await expect(page).toHaveURL(deepLink);
  await expect(page.getByRole('heading', { name: 'realmodel', level: 1 })).toBeVisible();
});

test.describe('Hopsworks as the contract describes it, through the server', () => {
  const overviewOf = (id: number) => `${listUrl()}/${id}`;
  const existing = (name: string) => hopsworks.putDeployment(owned.id, { name });

  test('a failed deployment opens on the history of its last start: the crash, each line with its time', async ({ page }) => {
    await page.goto(overviewOf(existing('crashmodel').id));
    await signInWithPassword(page);
    const logs = page.getByRole('region', { name: 'Historical logs' });
    await expect(logs.getByRole('combobox', { name: 'Time range' })).toHaveText('Since the last start');
    const history = hopsworks.historyOf(owned.id, 'crashmodel');
    const newest = history.at(-1)!;
    const time = new Date(newest.timestamp).toLocaleTimeString('en-GB', { hour12: false });
    const log = logs.getByRole('log', { name: 'Historical logs of all predictor instances' });
    await expect(log).toContainText(`${time}.${newest.timestamp.slice(20, 23)}${newest.instanceName.split('-').at(-1)}${newest.content}`);
    await expect(logs).toContainText(`${history.length} lines from`);
    // The crash, folded: the exception the fake's lines end with, the script's frame, the next step.
    const exception = history.map((line) => line.content).find((content) => /^\w+Error: /.test(content))!;
    const block = logs.getByRole('region', { name: 'Python errors in these lines' }).getByRole('listitem', { name: exception });
    await expect(block).toContainText('(2 times)');
    await expect(block).toContainText('In the deployment’s script predict_crash.py, line');
    await expect(block).toContainText('is missing from the deployment’s environment');
  });

  test('a refusal shows Hopsworks\' exact words (the deployment changed under the user)', async ({ page, expectConsoleErrors }) => {
    expectConsoleErrors(failedRequest(400, /action=START/));
    hopsworks.putDeployment(owned.id, { name: 'racemodel', status: 'Stopped', deployed: undefined, condition: { type: 'STOPPED', status: true, reason: 'Deployment is not running' } });
    await page.goto(listUrl());
    await signInWithPassword(page);
    await expect(page.getByRole('row').filter({ hasText: 'racemodel' })).toContainText('Stopped');
    // The page's list is a moment old: another client starts the deployment before the next poll.
    const listPath = `${basePath}/hopsworks-api/api/project/${owned.id}/serving`;
    const frozen = await page.evaluate((path) => fetch(path).then((response) => response.text()), listPath);
    await page.route((url) => url.pathname === listPath, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: frozen }));
    hopsworks.putDeployment(owned.id, { name: 'racemodel', status: 'Starting', deployed: new Date().toISOString() });
    await page.getByRole('row').filter({ hasText: 'racemodel' }).getByRole('button', { name: 'Start racemodel' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Could not start racemodel: Deployment is already started.' })).toBeVisible();
  });

  test('scheduling failures name their cause; a storage initializer restarting is a start being prepared', async ({ page }) => {
    const scheduling = (reason: string) => ({ status: 'Failed', deployed: new Date().toISOString(), condition: { type: 'SCHEDULED', status: false, reason: `Failed to be scheduled: ${reason}` } });
    const cases = [
      ['taintmodel', '0/3 nodes are available: 3 node(s) had untolerated taint {nvidia.com/gpu: present}.', 'The nodes are reserved for other workloads'],
      ['selectormodel', "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.", 'No node matches where the deployment must run'],
      ['quotamodel', 'pods "quotamodel-predictor" is forbidden: exceeded quota: compute-resources', 'The project’s resource quota is used up'],
      ['oddmodel', 'the scheduler had a bad day', 'The cluster could not schedule the instances'],
    ] as const;
    const ids = cases.map(([name, reason]) => hopsworks.putDeployment(owned.id, { name, ...scheduling(reason) }).id);
    const preparing = hopsworks.putDeployment(owned.id, {
      name: 'preparingmodel',
      status: 'Starting',
      deployed: new Date().toISOString(),
      condition: { type: 'STOPPED', status: false, reason: 'Deployment is being prepared' },
    });
    await page.goto(overviewOf(ids[0]!));
    await signInWithPassword(page);
    for (const [index, [name, reason, title]] of cases.entries()) {
      await page.goto(overviewOf(ids[index]!));
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
      await expect(page.getByText(title, { exact: true })).toBeVisible();
      await expect(page.getByText(reason).first()).toBeVisible();
    }
    await page.goto(overviewOf(preparing.id));
    await expect(page.getByText(/^Preparing: the storage initializer restarted/)).toBeVisible();
    await expect(page.getByText(/Stopping/)).toHaveCount(0);
  });
});

test('an ended session leads to sign-in, says why even after a reload, and returns to the same URL, filters included', async ({ page, expectConsoleErrors }) => {
  // Hopsworks ends the session: the calls in flight get 401.
  expectConsoleErrors(failedRequest(401, /\/hopsworks-api\/api\//));
  const filtered = `${listUrl()}?q=model&status=Failed`;
  await page.goto(filtered);
  await signInWithPassword(page);
  await expect(page.getByRole('link', { name: 'brokenmodel', exact: true })).toBeVisible();
  hopsworks.expireSessions();
  await page.reload();
  await expect(page.getByText('Your Hopsworks session has ended — sign in again')).toBeVisible();
  // The server remembers why: another reload (or a poll that met the 401 first) still says so.
  await page.reload();
  await expect(page.getByText('Your Hopsworks session has ended — sign in again')).toBeVisible();
  await signInWithPassword(page);
  await expect(page).toHaveURL(filtered);
  await expect(page.getByRole('link', { name: 'brokenmodel', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toHaveCount(0);
});

test('two-factor accounts are asked for their code', async ({ page, expectConsoleErrors }) => {
  expectConsoleErrors(failedRequest(401, /\/console-api\/session/));
  await page.goto(listUrl());
  await signInWithPassword(page, fakeAccounts.twoFactor);
  await expect(page.getByRole('alert')).toContainText('enter the code from your authenticator app');
  await page.getByLabel('Two-factor code').fill(fakeAccounts.twoFactor.otp);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
});

test('a wrong password and a locked account each get their own message, and the typed email stays', async ({ page, expectConsoleErrors }) => {
  expectConsoleErrors(failedRequest([401, 403], /\/console-api\/session/));
  await page.goto(listUrl());
  await signInWithPassword(page, { email: fakeAccounts.owner.email, password: 'wrong' });
  await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
  await expect(page.getByLabel('Email')).toHaveValue(fakeAccounts.owner.email);
  await page.getByLabel('Email').fill(fakeAccounts.locked.email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('locked or deactivated');
});

test('a SERVING-only API key signs in, and the console says what the missing PROJECT scope costs', async ({ page, expectConsoleErrors }) => {
  expectConsoleErrors(failedRequest(403, /\/hopsworks-api\/api\/project/));
  await page.goto(listUrl());
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByLabel('API key').fill(hopsworks.keys.servingOnly);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Your API key has no PROJECT scope');
  await expect(page.getByText(`Project: Project ${owned.id}`)).toBeVisible();
  expect(hopsworks.requests.at(-1)?.authorization).toBe(`ApiKey ${hopsworks.keys.servingOnly}`);
});

test('a Data scientist sees Start and Stop disabled, with the reason', async ({ page }) => {
  await page.goto(listUrl());
  await signInWithPassword(page);
  await page.getByRole('combobox', { name: 'Project' }).click();
  await page.getByRole('option', { name: new RegExp(fakeProjects.shared.name) }).click();
  await expect(page).toHaveURL(`${console_.origin}${basePath}/p/${fakeProjects.shared.id}/deployments`);
  await expect(page.getByLabel('Start idlemodel is unavailable: Only Data owners can start or stop deployments.')).toBeVisible();
  await expect(page.getByLabel('Stop realmodel is unavailable: Only Data owners can start or stop deployments.')).toBeVisible();
});

test('a cross-origin POST is refused and never reaches Hopsworks', async ({ page, expectConsoleErrors }) => {
  // The refused STOP, and the browser's own favicon probe of the refusal page at the origin's root (outside the base path).
  expectConsoleErrors(failedRequest(403, /\?action=STOP/), failedRequest(404, /\/favicon\.ico/));
  await page.goto(listUrl());
  await signInWithPassword(page);
  await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
  const actionsBefore = hopsworks.requests.filter((r) => r.method === 'POST' && r.path.includes('action=')).length;
  const target = `${console_.origin}${basePath}/hopsworks-api/api/project/${owned.id}/serving/${owned.id * 10 + 1}?action=STOP`;
  // Another origin on the same machine (same site: the SameSite=Strict cookie is sent along).
  const evil: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><body><form id="f" method="POST" action="${target}"></form><script>
      fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', credentials: 'include' }).finally(() => document.getElementById('f').submit());
    </script></body>`);
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  try {
    const port = (evil.address() as { port: number }).port;
    const formPost = page.waitForResponse((response) => response.url() === target && response.request().resourceType() === 'document');
    await page.goto(`http://127.0.0.1:${port}/`);
    expect((await formPost).status()).toBe(403);
    await expect(page.getByText('did not come from the console')).toBeVisible();
  } finally {
    evil.close();
  }
  expect(hopsworks.requests.filter((r) => r.method === 'POST' && r.path.includes('action='))).toHaveLength(actionsBefore);
  expect(hopsworks.deploymentStatus(owned.id, 'realmodel')).toBe('Running');
});

test('headers and health endpoints', async ({ request }) => {
  const page = await request.get(`${console_.origin}${basePath}/`);
  const headers = page.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-store');
  expect(await page.text()).toContain(`<base href="${basePath}/" />`);
  const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(await page.text())![1];
  const script = await request.get(`${console_.origin}${basePath}/${asset}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(script.headers()['content-encoding']).toBe('gzip');
  expect((await request.get(`${console_.origin}${basePath}/assets/missing-1234.js`)).status()).toBe(404);
  expect(await (await request.get(`${console_.origin}/healthz`)).json()).toEqual({ status: 'ok' });
  expect((await request.get(`${console_.origin}/readyz`)).status()).toBe(200);
});

test('two server processes with one SESSION_SECRET serve one session', async ({ page }) => {
  const replica = await startConsoleServer({ HOPSWORKS_URL: hopsworks.url, SESSION_SECRET: secret, BASE_PATH: basePath, HOPSWORKS_PROJECT_ID: String(owned.id) });
  try {
    await page.goto(listUrl());
    await signInWithPassword(page);
    await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
    // Cookies do not depend on the port: the replica gets the same cookie and must be able to read it.
    await page.goto(`${replica.origin}${basePath}/p/${owned.id}/deployments`);
    await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sign in to Hopsworks' })).toHaveCount(0);
  } finally {
    // Leave the page first: a poll still running against a stopped replica would fail in the page.
    await page.goto('about:blank');
    await replica.stop();
  }
});

test('SIGTERM during a slow Hopsworks call still answers it, then exits', async () => {
  const server = await startConsoleServer({ HOPSWORKS_URL: hopsworks.url, SESSION_SECRET: secret, HOPSWORKS_PROJECT_ID: String(owned.id) });
  const signIn = await fetch(`${server.origin}/console-api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin },
    body: JSON.stringify({ method: 'password', ...fakeAccounts.owner }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  hopsworks.delayNextList(1500);
  const before = hopsworks.requests.length;
  const slow = fetch(`${server.origin}/hopsworks-api/api/project/${owned.id}/serving`, { headers: { cookie } });
  await expect.poll(() => hopsworks.requests.slice(before).some((r) => r.path.endsWith('/serving'))).toBe(true);
  const exit = server.stop('SIGTERM');
  const answer = await slow;
  expect(answer.status).toBe(200);
  const direct = await fetch(`${hopsworks.url}/hopsworks-api/api/project/${owned.id}/serving`, { headers: { Authorization: `ApiKey ${hopsworks.keys.full}` } });
  expect((await answer.json()).count).toBe((await direct.json()).count);
  expect(await exit).toBe(0);
});

test('sign-in attempts are rate-limited with a clear message', async ({ page, expectConsoleErrors }) => {
  expectConsoleErrors(failedRequest([401, 429], /\/console-api\/session/));
  const server = await startConsoleServer({ HOPSWORKS_URL: hopsworks.url, SESSION_SECRET: secret, SIGN_IN_RATE_LIMIT: '2' });
  try {
    await page.goto(`${server.origin}/`);
    for (let attempt = 0; attempt < 2; attempt++) {
      await signInWithPassword(page, { email: fakeAccounts.owner.email, password: `wrong-${attempt}` });
      await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
    }
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(/Too many sign-in attempts from this address\. Wait \d+ seconds/);
  } finally {
    await server.stop();
  }
});

test('service-key mode needs no sign-in and is read-only', async ({ browser }) => {
  const key = 'service-key-for-e2e';
  const keyed = await startFakeHopsworks({ serviceKey: key });
  const server = await startConsoleServer({ HOPSWORKS_URL: keyed.url, HOPSWORKS_API_KEY: key, HOPSWORKS_PROJECT_ID: String(owned.id) });
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
    await expect(page.getByText('Service key · read-only')).toBeVisible();
    await expect(page.getByLabel(/^Start idlemodel is unavailable: This console uses a shared service key and is read-only/)).toBeVisible();
    expect(await page.content()).not.toContain(key);
    expect(server.output()).not.toContain(key);
  } finally {
    await context?.close();
    await server.stop();
    await keyed.close();
  }
});

test('an older Hopsworks without log history: the viewer says so once and offers "See logs"', async ({ browser, expectConsoleErrors }) => {
  // Such a server ignores source=opensearch: a stopped deployment's transient logs answer 404 (240027).
  expectConsoleErrors(failedRequest(404, /\/logs\?/));
  const key = 'service-key-for-an-old-server';
  const older = await startFakeHopsworks({ serviceKey: key, historyAvailable: false });
  const server = await startConsoleServer({ HOPSWORKS_URL: older.url, HOPSWORKS_API_KEY: key, HOPSWORKS_PROJECT_ID: String(owned.id) });
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext();
    const page = await context.newPage();
    const idle = older.putDeployment(owned.id, { name: 'idlemodel' });
    await page.goto(`${server.origin}/p/${owned.id}/deployments/${idle.id}`);
    const logs = page.getByRole('region', { name: 'Historical logs' });
    await expect(logs.getByText(/This Hopsworks server does not offer log history to the console/)).toHaveCount(1);
    await expect(logs.getByRole('link', { name: /^See logs/ }).first()).toBeVisible();
    await expect(logs.getByRole('log')).toHaveCount(0);
    await expect(page.getByText('could not be loaded')).toHaveCount(0);
  } finally {
    await context?.close();
    await server.stop();
    await older.close();
  }
});

test("the server's output holds no credential", () => {
  const output = console_.output();
  expect(output).toContain('"msg":"request"');
  for (const value of secrets()) expect(output).not.toContain(value);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the rows the server paints before the console's code runs have no WCAG 2.1 AA violations (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    try {
      const page = await context.newPage();
      await page.goto(listUrl());
      await signInWithPassword(page);
      await expect(page.getByRole('link', { name: 'realmodel', exact: true })).toBeVisible();
      await page.route('**/assets/app-*.js', () => undefined); // never answered: the console's code does not start
      await page.reload({ waitUntil: 'commit' });
      await expect(row(page, 'realmodel')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Loading the console…' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test(`the sign-in page has no WCAG 2.1 AA violations (${colorScheme}), with an error shown`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    try {
      const page = await context.newPage();
      await page.goto(listUrl());
      await signInWithPassword(page, { email: fakeAccounts.owner.email, password: 'wrong' });
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
}

test('without HOPSWORKS_URL the same server serves the demo, under a base path too', async ({ browser }) => {
  const demo = await startConsoleServer({ BASE_PATH: '/demo' });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${demo.origin}/demo/`);
    await expect(page).toHaveURL(`${demo.origin}/demo/p/119/deployments`);
    await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Mock:/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
  } finally {
    await context.close();
    await demo.stop();
  }
});
