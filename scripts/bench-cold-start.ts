// Cold start in real mode behind the production server (`server/main.ts`, signed in), against the fake
// Hopsworks answering like a cluster: navigation → first deployment row painted (by the server, in
// index.html), the console's own first row (its code started, actions usable), and first contentful
// paint, beside a floor page on the same server (a tiny script that fetches the same list and paints a
// plain table of the same rows) and the first contentful paint of the console's frame as a static page
// (no script, no rows) on the same server. Empty HTTP cache on every load.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { startConsoleServer } from '../e2e/console-server.ts';
import { startFake } from './bench-proxy.ts';

/** The console's frame as a static page, no script and no rows: the first contentful paint this server and machine allow. */
const frameHtml = (indexHtml: string) => indexHtml.replace(/<script\b[^>]*><\/script>|<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
const floorHtml = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><script src="bench-floor.js"></script></body></html>`;
const floorScript = (projectId: number) => `
fetch('hopsworks-api/api/project/${projectId}/serving').then((r) => r.json()).then((body) => {
  const rows = (Array.isArray(body) ? body : body.items).map((d) => {
    const tr = document.createElement('tr');
    tr.setAttribute('data-deployment', d.name);
    for (const value of [d.name, d.status, d.condition && d.condition.reason, d.modelName, (d.availableInstances || 0) + '/' + (d.requestedInstances || 0), d.deployed]) {
      const td = document.createElement('td');
      td.textContent = value == null ? '' : String(value);
      tr.append(td);
    }
    return tr;
  });
  const table = document.createElement('table');
  const tbody = document.createElement('tbody');
  tbody.append(...rows);
  table.append(tbody);
  document.body.append(table);
});`;

/**
 * Installed before any page script: when the first deployment row is painted, whoever painted it (the
 * browser's own record of the frame that showed its first cell: a row can be in the page a frame before
 * it shows), and when the console's own first row (with its actions) is (the frame after it appears).
 * A string, not a function: tsx would add helpers to a function's text that the page does not have.
 */
const firstRowWatcher = `
const whenAdded = (selector, then) => new MutationObserver((records, observer) => {
  const element = document.querySelector(selector);
  if (!element) return;
  observer.disconnect();
  then(element);
}).observe(document, { childList: true, subtree: true });
whenAdded('tbody tr[data-deployment]', (row) => row.firstElementChild.setAttribute('elementtiming', 'first-row'));
new PerformanceObserver((list) => {
  const entry = list.getEntries().find((candidate) => candidate.identifier === 'first-row');
  if (entry && window.firstRowAt === undefined) window.firstRowAt = entry.renderTime;
}).observe({ type: 'element', buffered: true });
whenAdded('tbody tr[data-deployment] button[aria-label]', () => requestAnimationFrame(() => setTimeout(() => { window.consoleRowAt = performance.now(); })));`;

/** A browser context signed in to the console's server with an API key, as the sign-in page does it. */
export async function signedInContext(browser: Browser, origin: string, apiKey: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.evaluate(async (key) => {
    const response = await fetch('console-api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'api-key', apiKey: key }) });
    if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  }, apiKey);
  await page.close();
  return context;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

async function coldLoad(browser: Browser, storageState: StorageState, url: string, { waitFor }: { waitFor: 'consoleRowAt' | 'firstRowAt' | 'first-contentful-paint' }) {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.addInitScript(firstRowWatcher);
  await page.goto(url);
  if (waitFor !== 'first-contentful-paint') await page.waitForFunction((name) => (window as unknown as Record<string, number | undefined>)[name] !== undefined, waitFor, { timeout: 30_000 });
  // The paint entry is recorded once the frame is presented, which may come after the row's mark.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
  const result = await page.evaluate(() => ({
    firstRowMs: (window as unknown as { firstRowAt: number }).firstRowAt,
    consoleRowMs: (window as unknown as { consoleRowAt?: number }).consoleRowAt ?? NaN,
    fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    resources: performance.getEntriesByType('resource').map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return `${Math.round(timing.startTime)}→${Math.round(timing.responseEnd)} ${timing.name.replace(/^https?:\/\/[^/]+/, '')}`;
    }),
  }));
  await context.close();
  return result;
}

export async function measureColdStart(browser: Browser, { runs = 5, deployments = 10, serviceTimeMs = 20 } = {}) {
  const { info, child: fake } = await startFake(serviceTimeMs, { FAKE_DEPLOYMENTS: String(deployments) });
  const distDir = 'dist';
  writeFileSync(join(distDir, 'bench-floor.html'), floorHtml);
  writeFileSync(join(distDir, 'bench-floor.js'), floorScript(info.projects.owned.id));
  writeFileSync(join(distDir, 'bench-frame.html'), frameHtml(readFileSync(join(distDir, 'index.html'), 'utf8')));
  const server = await startConsoleServer({ HOPSWORKS_URL: info.url, SESSION_SECRET: 'bench-session-secret-of-at-least-32-chars', LOG_LEVEL: 'warn', HOPSWORKS_PROJECT_ID: String(info.projects.owned.id) });
  try {
    // Sign in once (as the browser does), keep the session cookie for every cold load.
    const context = await signedInContext(browser, server.origin, info.keys.full);
    const storageState = await context.storageState();
    await context.close();
    const listUrl = `${server.origin}/p/${info.projects.owned.id}/deployments`;
    const ours = [];
    const floor = [];
    const frame = [];
    for (let run = 0; run < runs; run++) {
      frame.push(await coldLoad(browser, storageState, `${server.origin}/bench-frame.html`, { waitFor: 'first-contentful-paint' }));
      floor.push(await coldLoad(browser, storageState, `${server.origin}/bench-floor.html`, { waitFor: 'firstRowAt' }));
      ours.push(await coldLoad(browser, storageState, listUrl, { waitFor: 'consoleRowAt' }));
    }
    return { ours, floor, frame, deployments };
  } finally {
    await server.stop();
    fake.kill('SIGTERM');
    rmSync(join(distDir, 'bench-floor.html'), { force: true });
    rmSync(join(distDir, 'bench-floor.js'), { force: true });
    rmSync(join(distDir, 'bench-frame.html'), { force: true });
  }
}
