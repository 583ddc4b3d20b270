// `npm run bench`: the console's speed figures, measured in headless Chromium against the production
// build in mock mode, each ratio against a baseline measured in the same run. Prints one table and
// writes bench-results.json. Timing lives here, never in the test suite.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium, missingChromiumMessage } from './chromium-path.mjs';
import { measureProxy, percentile } from './bench-proxy.ts';
import { measureColdStart } from './bench-cold-start.ts';
import { measureListAtScale } from './bench-list-at-scale.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
// The noisiest figures on this shared machine get more samples: their medians moved 20 % between runs of 5.
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 2 * runs - 1);
const listSamplesPerRun = 3;
const port = 4190;
const base = `http://127.0.0.1:${port}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Records at build time the JavaScript a page runs before its first page renders: its entry chunk and
 * what that imports, and the chunks the entry imports itself (the console's boot code, imported once
 * the frame is painted), with their imports. Lazy parts of a page (dialogs, tooltips) are not counted.
 */
function recordInitialJs(name) {
  return {
    name: 'record-initial-js',
    apply: 'build',
    writeBundle(_, bundle) {
      const chunks = new Map(Object.values(bundle).filter((output) => output.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
      const files = new Set();
      const withImports = (file) => {
        if (files.has(file)) return;
        files.add(file);
        for (const imported of chunks.get(file)?.imports ?? []) withImports(imported);
      };
      for (const entry of [...chunks.values()].filter((chunk) => chunk.isEntry)) {
        withImports(entry.fileName);
        for (const imported of entry.dynamicImports) withImports(imported);
      }
      mkdirSync('.bench', { recursive: true });
      writeFileSync(join('.bench', `initial-js-${name}.json`), JSON.stringify([...files]));
    },
  };
}

/** gzip size in KB of what `recordInitialJs(name)` recorded of the build in `distDir`. */
function initialJsKb(name, distDir) {
  const files = JSON.parse(readFileSync(join('.bench', `initial-js-${name}.json`), 'utf8'));
  const missing = files.filter((file) => !existsSync(join(distDir, file)));
  if (missing.length) throw new Error(`${distDir} was built by something else than the benchmark (no ${missing.join(', ')}): run it without --no-build`);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file))).length, 0);
  return bytes / 1024;
}

async function buildAll() {
  await build({ logLevel: 'warn', plugins: [recordInitialJs('ours')] });
  await build({
    root: 'bench/baseline',
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react(), recordInitialJs('baseline')],
    build: { outDir: '../../.bench/baseline', emptyOutDir: true },
  });
}

/** Marks the first paint after an element matching `selector` (with optional text) appears. */
function watchForPaint(page, name, selector, text) {
  return page.evaluate(
    ([markName, css, wanted]) =>
      new Promise((resolve) => {
        const check = () => {
          const element = [...document.querySelectorAll(css)].find((el) => !wanted || el.textContent?.includes(wanted));
          if (!element) return false;
          requestAnimationFrame(() => setTimeout(() => resolve(performance.mark(markName).startTime)));
          return true;
        };
        if (check()) return;
        const observer = new MutationObserver(() => check() && observer.disconnect());
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    [name, selector, text ?? null],
  );
}

const responseMarks = (page, pathPart) =>
  page.evaluate(
    (part) => performance.getEntriesByName('hopsworks-api:response').filter((mark) => mark.detail?.path?.includes(part)).map((mark) => mark.startTime),
    pathPart,
  );

/** The page config with fast settled polls (for the unchanged-poll figure). */
async function fastPolls(page, settledMs) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    await route.fulfill({ response, json: { ...config, polling: { transitioningMs: 2000, settledMs } } });
  });
}

async function measureListRender(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const painted = new Promise((resolve) => page.once('load', () => resolve(watchForPaint(page, 'rows-painted', 'tbody tr[data-deployment]'))));
  await page.goto(`${base}/p/119/deployments?scenario=large&speed=1`);
  const paintedAt = await painted;
  const [dataAt] = await responseMarks(page, '/serving');
  const listJson = await page.evaluate(async () => (await fetch('/hopsworks-api/api/project/119/serving')).text());
  // A fair floor: the same rows the page shows (one page of the list), not every deployment.
  const shownNames = await page.$$eval('tbody tr[data-deployment]', (rows) => rows.map((row) => row.getAttribute('data-deployment')));
  await context.close();

  const baseline = await plainTableFloor(browser, listJson, shownNames, { picksRows: false });
  const picking = await plainTableFloor(browser, listJson, shownNames, { picksRows: true });
  return { ours: paintedAt - dataAt, baseline, picking, rows: shownNames.length };
}

/**
 * The floor: a plain HTML table of the rows the page showed, from the same JSON text to painted, in a
 * page of its own. Handed the rows' names (the target's baseline), or picking them itself as the page
 * must: the first page of the list sorted by name as the console sorts it (information).
 */
async function plainTableFloor(browser, listJson, shownNames, { picksRows }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><html><body><div id="root"></div></body></html>');
  const { ms, shown } = await page.evaluate(
    ([answer, names, picks]) =>
      new Promise((resolve) => {
        const start = performance.now();
        const escape = (value) => String(value ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
        const all = JSON.parse(answer);
        let chosen;
        if (picks) {
          const collator = new Intl.Collator('en', { numeric: true });
          chosen = all.filter((d) => d && typeof d.name === 'string' && d.name).sort((a, b) => collator.compare(a.name, b.name)).slice(0, names.length);
        } else {
          const byName = new Map(all.map((d) => [d.name, d]));
          chosen = names.map((name) => byName.get(name));
        }
        const rows = chosen
          .map(
            (d) =>
              `<tr><td><a href="#">${escape(d.name)}</a></td><td>${escape(d.status)}</td><td>${escape(d.condition?.reason)}</td><td>${escape(
                d.modelName,
              )} v${escape(d.modelVersion)}</td><td>${d.availableInstances}/${d.requestedInstances}</td><td>${escape(d.deployed)}</td><td><button>Start</button><button>Stop</button></td></tr>`,
          )
          .join('');
        document.getElementById('root').innerHTML = `<table><thead><tr><th>Name</th><th>Status</th><th>Condition</th><th>Model</th><th>Instances</th><th>Deployed</th><th>Actions</th></tr></thead><tbody>${rows}</tbody></table>`;
        requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - start, shown: chosen.map((d) => d.name) })));
      }),
    [listJson, shownNames, picksRows],
  );
  await context.close();
  if (shown.join('\n') !== shownNames.join('\n')) throw new Error('The floor page showed other rows than the console: its pick no longer matches the list view');
  return ms;
}

async function measureKeystrokes(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/p/119/deployments?scenario=large&speed=1`);
  await page.waitForSelector('tbody tr[data-deployment]');
  const search = page.getByRole('searchbox', { name: 'Search deployments or models' });
  await search.focus();
  const samples = [];
  for (let i = 0; i < 30; i++) {
    const key = i % 2 === 0 ? String((i / 2) % 10) : 'Backspace';
    const waited = page.evaluate(
      () =>
        new Promise((resolve) => {
          // Only changes to the rows count: the "updated N s ago" label ticks on its own.
          const table = document.querySelector('table[aria-label="Deployments"]');
          let start = null;
          document.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true, once: true });
          const observer = new MutationObserver((records) => {
            if (!records.some((record) => table.contains(record.target))) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(start === null ? null : performance.now() - start)));
          });
          observer.observe(table, { childList: true, subtree: true, characterData: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(null);
          }, 3000);
        }),
    );
    await page.keyboard.press(key);
    const sample = await waited;
    if (sample !== null) samples.push(sample);
    await page.waitForTimeout(150);
  }
  await context.close();
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length };
}

async function measureBigLog(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/p/119/deployments/1042?speed=1&tail=100000`);
  await page.getByRole('log').waitFor();
  await page.evaluate(() => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `2026-11-21 10:00:00.${String(i % 1000).padStart(3, '0')} INFO uvicorn.access: 10.0.0.${i % 255}:0 - "POST /v1/models/fraudmodel:predict HTTP/1.1" 200 OK (${(i % 90) + 2}.00 ms) line ${i}`);
    window.mockServingBackend.injectLogLines(1042, 'predictor', lines);
    performance.clearMarks('hopsworks-api:response');
  });
  const painted = watchForPaint(page, 'log-painted', 'section#transient-logs', '100,000 lines');
  await page.getByRole('switch', { name: 'Follow' }).click();
  const paintedAt = await painted;
  const logMarks = await responseMarks(page, '/logs');
  const dataAt = Math.max(...logMarks.filter((at) => at <= paintedAt));
  const domNodes = await page.getByRole('log').evaluate((element) => element.querySelectorAll('*').length);
  const text = await page.evaluate(async () => (await fetch('/hopsworks-api/api/project/119/serving/1042/logs?component=predictor&tail=100000')).text());
  await context.close();

  const baselineContext = await browser.newContext();
  const baselinePage = await baselineContext.newPage();
  await baselinePage.setContent('<!doctype html><html><body></body></html>');
  const baseline = await baselinePage.evaluate(
    (body) =>
      new Promise((resolve) => {
        const start = performance.now();
        const [entry] = JSON.parse(body);
        const pre = document.createElement('pre');
        pre.textContent = entry.content;
        document.body.append(pre);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      }),
    text,
  );
  await baselineContext.close();
  return { ours: paintedAt - dataAt, baseline, domNodes };
}

async function measureUnchangedPoll(browser) {
  const settledMs = 2000;
  const context = await browser.newContext();
  const page = await context.newPage();
  await fastPolls(page, settledMs);
  await page.goto(`${base}/p/119/deployments?scenario=large&speed=1`);
  await page.waitForSelector('tbody tr[data-deployment]');
  await page.waitForTimeout(settledMs + 500);
  const result = await page.evaluate(
    (interval) =>
      new Promise((resolve) => {
        const watched = [document.querySelector('table[aria-label="Deployments"]'), document.querySelector('[aria-label="Deployments per status"]')];
        let mutations = 0;
        const observer = new MutationObserver((records) => (mutations += records.length));
        for (const element of watched) observer.observe(element, { childList: true, subtree: true, characterData: true, attributes: true });
        const before = performance.getEntriesByName('hopsworks-api:response').length;
        setTimeout(() => {
          observer.disconnect();
          const requests = performance.getEntriesByName('hopsworks-api:response').length - before;
          resolve({ mutations, requests });
        }, interval);
      }),
    settledMs,
  );
  await context.close();
  return result;
}

async function measureStatusChange(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/p/119/deployments/1052?speed=1`);
  await page.getByRole('heading', { level: 1, name: 'creditscoring' }).waitFor();
  await page.getByRole('button', { name: 'Start creditscoring' }).click();
  const latencies = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const seenInBackend = new Map();
        const seenInPage = new Map();
        const timer = setInterval(() => {
          const now = performance.now();
          const answer = window.mockServingBackend.get(119, 1052);
          const reason = answer.ok ? answer.body.condition.reason : '';
          if (!seenInBackend.has(reason)) seenInBackend.set(reason, now);
          const shown = document.getElementById('condition-reason')?.textContent ?? '';
          if (!seenInPage.has(shown)) seenInPage.set(shown, now);
          if (answer.ok && answer.body.status === 'Running' && shown === reason) {
            clearInterval(timer);
            const result = [];
            for (const [text, at] of seenInBackend) if (seenInPage.has(text) && at > 0) result.push(seenInPage.get(text) - at);
            resolve(result.slice(1));
          }
        }, 20);
      }),
  );
  await context.close();
  return { max: Math.max(...latencies), median: median(latencies), changes: latencies.length };
}

/**
 * What polling costs with 2,000 deployments of which one is starting: deployment objects received per
 * minute, beside the floor (the whole list once per settled interval plus the changing one at the fast
 * interval); then the same tab hidden: requests sent.
 */
async function measurePollingCost(browser, { visibleMs = 30_000, hiddenMs = 20_000 } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { get: () => hidden });
    window.setTabHidden = (value) => {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    };
  });
  let objects = 0;
  let requests = 0;
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (!/\/hopsworks-api\/api\/project\/119\/serving(\/\d+)?$/.test(path) || response.request().method() !== 'GET') return;
    requests += 1;
    const body = await response.json().catch(() => null);
    objects += Array.isArray(body?.items) ? body.items.length : Array.isArray(body) ? body.length : body ? 1 : 0;
  });
  // Slow simulated time: the started deployment stays Starting for the whole window.
  await page.goto(`${base}/p/119/deployments?scenario=large&speed=0.1`);
  await page.waitForSelector('tbody tr[data-deployment]');
  const { polling, stopped } = await page.evaluate(async () => ({
    polling: (await (await fetch('config.json')).json()).polling ?? { transitioningMs: 1500, settledMs: 15000 },
    stopped: window.mockServingBackend.list(119).body.find((d) => d.status === 'Stopped'),
  }));
  await page.getByRole('searchbox', { name: /search/i }).fill(stopped.name);
  await page.getByRole('button', { name: `Start ${stopped.name}`, exact: true }).click();
  await page.getByRole('searchbox', { name: /search/i }).fill('');
  await page.waitForTimeout(1000);
  objects = 0;
  requests = 0;
  await page.waitForTimeout(visibleMs);
  const perMinute = (count) => (count * 60_000) / visibleMs;
  const visible = { objects: perMinute(objects), requests: perMinute(requests) };
  const listSize = await page.evaluate(() => window.mockServingBackend.list(119).body.length);
  const floor = listSize * (60_000 / polling.settledMs) + 60_000 / polling.transitioningMs;
  await page.evaluate(() => window.setTabHidden(true));
  await page.waitForTimeout(500);
  requests = 0;
  await page.waitForTimeout(hiddenMs);
  const hiddenRequests = requests;
  await context.close();
  return { objectsPerMinute: visible.objects, requestsPerMinute: visible.requests, floor, hiddenRequests, hiddenSeconds: hiddenMs / 1000 };
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(missingChromiumMessage);
    process.exit(1);
  }
  if (!process.argv.includes('--no-build')) await buildAll();
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    if (process.env.BENCH_ONLY === 'polling') {
      console.log(await measurePollingCost(browser));
      return;
    }
    const repeated = { list: measureListRender, keys: measureKeystrokes, log: measureBigLog }[process.env.BENCH_ONLY];
    if (repeated) {
      // One figure alone: the median of each number it measures over the runs.
      const samples = [];
      for (let run = 0; run < runs; run++) samples.push(await repeated(browser));
      console.log(Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((sample) => sample[key]))])));
      return;
    }
    if (process.env.BENCH_ONLY === 'scale') {
      console.log(await measureListAtScale(browser));
      return;
    }
    if (process.env.BENCH_ONLY === 'size') {
      console.log({ ours: initialJsKb('ours', 'dist'), baseline: initialJsKb('baseline', '.bench/baseline'), files: JSON.parse(readFileSync('.bench/initial-js-ours.json', 'utf8')) });
      return;
    }
    if (process.env.BENCH_ONLY === 'cold') {
      console.log(JSON.stringify(await measureColdStart(browser, { runs: coldRuns }), null, 1));
      return;
    }
    const bundle = { ours: initialJsKb('ours', 'dist'), baseline: initialJsKb('baseline', '.bench/baseline') };
    // First, in a browser of its own: a cold start should not also measure what ~150 earlier pages left
    // behind in the browser (the floor page and the static frame are measured in the same conditions).
    process.stdout.write('cold start behind the production server…\n');
    const coldBrowser = await chromium.launch({ executablePath, args: chromiumArgs });
    const cold = await measureColdStart(coldBrowser, { runs: coldRuns }).finally(() => coldBrowser.close());
    if (process.env.BENCH_DEBUG) console.log(cold);
    const list = [];
    const logs = [];
    const keys = [];
    const polls = [];
    const changes = [];
    const pollingCosts = [];
    for (let run = 0; run < runs; run++) {
      process.stdout.write(`run ${run + 1}/${runs}…\n`);
      for (let sample = 0; sample < listSamplesPerRun; sample++) list.push(await measureListRender(browser));
      if (process.env.BENCH_DEBUG) console.log(list.slice(-listSamplesPerRun));
      keys.push(await measureKeystrokes(browser));
      if (process.env.BENCH_DEBUG) console.log(keys.at(-1));
      logs.push(await measureBigLog(browser));
      if (process.env.BENCH_DEBUG) console.log(logs.at(-1));
      polls.push(await measureUnchangedPoll(browser));
      if (process.env.BENCH_DEBUG) console.log(polls.at(-1));
      changes.push(await measureStatusChange(browser));
      pollingCosts.push(await measurePollingCost(browser));
      if (process.env.BENCH_DEBUG) console.log(pollingCosts.at(-1));
    }
    process.stdout.write('20,000 deployments behind the production server…\n');
    const scale = await measureListAtScale(browser, { seconds: 45 });
    if (process.env.BENCH_DEBUG) console.log(scale);
    process.stdout.write('production server proxy under load…\n');
    const proxy = await measureProxy();
    if (process.env.BENCH_DEBUG) console.log(proxy);
    const figures = {
      proxyThroughput: {
        value: round(proxy.clusterLike.proxy.rps),
        baseline: round(proxy.clusterLike.direct.rps),
        ratio: round(proxy.clusterLike.ratio, 2),
        target: '≥ 0.6× direct',
      },
      proxyAddedP99Ms: {
        value: round(proxy.clusterLike.addedP99AtRateMs),
        proxy: round(proxy.clusterLike.proxyAtRate.p99),
        direct: round(proxy.clusterLike.directAtRate.p99),
        rounds: proxy.clusterLike.addedP99AtRateRoundsMs.map((added) => round(added)),
        saturated: round(proxy.clusterLike.addedP99Ms),
        rate: proxy.offeredRate,
        target: '≤ 10 ms',
      },
      proxyMemoryGrowthMb: { value: round(proxy.clusterLike.memoryGrowthMb), seconds: proxy.loadSeconds, target: '≤ 30 MB' },
      proxyCapacity: { value: round(proxy.capacity.proxy.rps), baseline: round(proxy.capacity.direct.rps), ratio: round(proxy.capacity.ratio, 2) },
      initialJsGzipKb: { value: round(bundle.ours), baseline: round(bundle.baseline), target: '≤ 200 KB' },
      listDataToRowsMs: {
        rows: list[0].rows,
        value: round(median(list.map((r) => r.ours))),
        baseline: round(median(list.map((r) => r.baseline))),
        ratio: round(median(list.map((r) => r.ours / r.baseline)), 2),
        picking: round(median(list.map((r) => r.picking))),
        ratioToPicking: round(median(list.map((r) => r.ours / r.picking)), 2),
        target: '≤ 1×',
      },
      keystrokeToRowsMs: {
        p50: round(median(keys.map((k) => k.p50))),
        p95: round(median(keys.map((k) => k.p95))),
        target: 'p95 ≤ 100 ms',
      },
      bigLogDataToPaintMs: {
        value: round(median(logs.map((r) => r.ours))),
        baseline: round(median(logs.map((r) => r.baseline))),
        ratio: round(median(logs.map((r) => r.ours / r.baseline)), 2),
        domNodes: Math.max(...logs.map((r) => r.domNodes)),
        target: '≤ 0.3×; ≤ 2,000 nodes',
      },
      unchangedPoll: {
        mutations: Math.max(...polls.map((p) => p.mutations)),
        requests: median(polls.map((p) => p.requests)),
        target: '0 mutations, 1 request',
      },
      coldStartMs: {
        value: round(median(cold.ours.map((r) => r.firstRowMs))),
        baseline: round(median(cold.floor.map((r) => r.firstRowMs))),
        ratio: round(median(cold.ours.map((r) => r.firstRowMs)) / median(cold.floor.map((r) => r.firstRowMs)), 2),
        fcp: round(median(cold.ours.map((r) => r.fcpMs))),
        // The floor page's first paint is its table; the static frame's is how soon this server and machine paint anything at all.
        fcpFloor: round(median(cold.floor.map((r) => r.fcpMs))),
        fcpStatic: round(median(cold.frame.map((r) => r.fcpMs))),
        consoleRow: round(median(cold.ours.map((r) => r.consoleRowMs))),
        deployments: cold.deployments,
        target: '≤ 3× the floor; first contentful paint ≤ 150 ms',
      },
      pollingObjectsPerMinute: {
        value: Math.round(median(pollingCosts.map((c) => c.objectsPerMinute))),
        baseline: Math.round(median(pollingCosts.map((c) => c.floor))),
        ratio: round(median(pollingCosts.map((c) => c.objectsPerMinute / c.floor)), 2),
        requests: round(median(pollingCosts.map((c) => c.requestsPerMinute))),
        target: '≤ 2× the floor',
      },
      listAtScaleLongestTaskMs: {
        value: round(scale.longestTaskMs),
        deployments: scale.deployments,
        seconds: scale.seconds,
        listPolls: scale.listPolls,
        longTasks: scale.longTasks,
        blockedMs: round(scale.blockedMs),
        target: '≤ 200 ms',
      },
      hiddenTabRequests: { value: Math.max(...pollingCosts.map((c) => c.hiddenRequests)), seconds: pollingCosts[0].hiddenSeconds, target: '0' },
      statusChangeVisibleMs: {
        median: round(median(changes.map((c) => c.median))),
        max: round(Math.max(...changes.map((c) => c.max))),
        target: '≤ 2,000 ms',
      },
    };
    const verdicts = {
      proxyThroughput: figures.proxyThroughput.ratio >= 0.6 && proxy.clusterLike.proxy.errors === 0,
      proxyAddedP99Ms: figures.proxyAddedP99Ms.value <= 10,
      proxyMemoryGrowthMb: figures.proxyMemoryGrowthMb.value <= 30,
      initialJsGzipKb: figures.initialJsGzipKb.value <= 200,
      listDataToRowsMs: figures.listDataToRowsMs.ratio <= 1,
      keystrokeToRowsMs: figures.keystrokeToRowsMs.p95 <= 100,
      bigLogDataToPaintMs: figures.bigLogDataToPaintMs.ratio <= 0.3 && figures.bigLogDataToPaintMs.domNodes <= 2000,
      unchangedPoll: figures.unchangedPoll.mutations === 0 && figures.unchangedPoll.requests === 1,
      statusChangeVisibleMs: figures.statusChangeVisibleMs.max <= 2000,
      pollingObjectsPerMinute: figures.pollingObjectsPerMinute.ratio <= 2,
      coldStartMs: figures.coldStartMs.ratio <= 3 && figures.coldStartMs.fcp <= 150,
      hiddenTabRequests: figures.hiddenTabRequests.value === 0,
      listAtScaleLongestTaskMs: figures.listAtScaleLongestTaskMs.value <= 200 && figures.listAtScaleLongestTaskMs.listPolls >= 1,
    };
    const table = [
      '| figure | measured | baseline (same run) | target | met |',
      '|---|---|---|---|---|',
      `| cold start, real mode behind the production server, ${figures.coldStartMs.deployments} deployments: navigation → first row painted (the server paints the rows into index.html); first contentful paint; in brackets: the console's own rows, its code started | ${figures.coldStartMs.value} ms (${figures.coldStartMs.ratio}×); FCP ${figures.coldStartMs.fcp} ms (console's rows ${figures.coldStartMs.consoleRow} ms) | ${figures.coldStartMs.baseline} ms (floor page: fetch the list, paint a plain table; its first contentful paint ${figures.coldStartMs.fcpFloor} ms; the console's frame as a static page, no script: ${figures.coldStartMs.fcpStatic} ms) | ${figures.coldStartMs.target} | ${verdicts.coldStartMs ? 'yes' : 'NO'} |`,
      `| initial JavaScript of the list route, gzip | ${figures.initialJsGzipKb.value} KB | ${figures.initialJsGzipKb.baseline} KB (minimal page of the same stack) | ${figures.initialJsGzipKb.target} | ${verdicts.initialJsGzipKb ? 'yes' : 'NO'} |`,
      `| 2,000 deployments: data received → rows visible | ${figures.listDataToRowsMs.value} ms (${figures.listDataToRowsMs.ratio}×) | ${figures.listDataToRowsMs.baseline} ms (plain HTML table of the ${figures.listDataToRowsMs.rows} rows shown, handed their names; one that picks them from the answer itself, sorted as the console sorts: ${figures.listDataToRowsMs.picking} ms, the console ${figures.listDataToRowsMs.ratioToPicking}× that) | ${figures.listDataToRowsMs.target} | ${verdicts.listDataToRowsMs ? 'yes' : 'NO'} |`,
      `| 2,000 deployments: keystroke → filtered rows, p50 / p95 | ${figures.keystrokeToRowsMs.p50} / ${figures.keystrokeToRowsMs.p95} ms | — | ${figures.keystrokeToRowsMs.target} | ${verdicts.keystrokeToRowsMs ? 'yes' : 'NO'} |`,
      `| 100,000-line log: data received → painted; DOM nodes | ${figures.bigLogDataToPaintMs.value} ms (${figures.bigLogDataToPaintMs.ratio}×); ${figures.bigLogDataToPaintMs.domNodes} nodes | ${figures.bigLogDataToPaintMs.baseline} ms (\`<pre>\`) | ${figures.bigLogDataToPaintMs.target} | ${verdicts.bigLogDataToPaintMs ? 'yes' : 'NO'} |`,
      `| a poll whose answer did not change: DOM mutations, requests | ${figures.unchangedPoll.mutations}, ${figures.unchangedPoll.requests} | — | ${figures.unchangedPoll.target} | ${verdicts.unchangedPoll ? 'yes' : 'NO'} |`,
      `| production server proxy, 50 connections, fake Hopsworks answering in ${proxy.serviceTimeMs} ms: requests/s | ${figures.proxyThroughput.value} (${figures.proxyThroughput.ratio}×) | ${figures.proxyThroughput.baseline} (straight to the fake) | ${figures.proxyThroughput.target} | ${verdicts.proxyThroughput ? 'yes' : 'NO'} |`,
      `| production server proxy: added p99 at an equal offered ${figures.proxyAddedP99Ms.rate} req/s, the median of ${figures.proxyAddedP99Ms.rounds.length} alternating rounds (each round; in brackets: 50 connections at saturation) | ${figures.proxyAddedP99Ms.value} ms (rounds ${figures.proxyAddedP99Ms.rounds.join(', ')} ms; ${figures.proxyAddedP99Ms.saturated} ms) | ${figures.proxyAddedP99Ms.direct} ms p99 straight to the fake | ${figures.proxyAddedP99Ms.target} | ${verdicts.proxyAddedP99Ms ? 'yes' : 'NO'} |`,
      `| production server: memory growth over ${figures.proxyMemoryGrowthMb.seconds} s of load | ${figures.proxyMemoryGrowthMb.value} MB | — | ${figures.proxyMemoryGrowthMb.target} | ${verdicts.proxyMemoryGrowthMb ? 'yes' : 'NO'} |`,
      `| production server proxy, fake answering at once (CPU capacity: load generator, fake and server share 2 cores) | ${figures.proxyCapacity.value} req/s (${figures.proxyCapacity.ratio}×) | ${figures.proxyCapacity.baseline} req/s | — (information) | — |`,
      `| polling, 2,000 deployments with one starting: deployment objects received per minute (requests per minute) | ${figures.pollingObjectsPerMinute.value} (${figures.pollingObjectsPerMinute.ratio}×; ${figures.pollingObjectsPerMinute.requests} requests) | ${figures.pollingObjectsPerMinute.baseline} (floor: the list once per settled interval + the changing one at the fast interval) | ${figures.pollingObjectsPerMinute.target} | ${verdicts.pollingObjectsPerMinute ? 'yes' : 'NO'} |`,
      `| ${figures.listAtScaleLongestTaskMs.deployments.toLocaleString('en')} deployments, one starting, behind the production server: longest main-thread task over ${figures.listAtScaleLongestTaskMs.seconds} s of polling (list polls; long tasks; blocked time) | ${figures.listAtScaleLongestTaskMs.value} ms (${figures.listAtScaleLongestTaskMs.listPolls} list polls; ${figures.listAtScaleLongestTaskMs.longTasks} tasks over 50 ms; ${figures.listAtScaleLongestTaskMs.blockedMs} ms blocked) | — | ${figures.listAtScaleLongestTaskMs.target} | ${verdicts.listAtScaleLongestTaskMs ? 'yes' : 'NO'} |`,
      `| polling: requests from a hidden tab over ${figures.hiddenTabRequests.seconds} s | ${figures.hiddenTabRequests.value} | — | ${figures.hiddenTabRequests.target} | ${verdicts.hiddenTabRequests ? 'yes' : 'NO'} |`,
      `| backend status change → visible on the overview (transitioning), median / max | ${figures.statusChangeVisibleMs.median} / ${figures.statusChangeVisibleMs.max} ms | — | ${figures.statusChangeVisibleMs.target} | ${verdicts.statusChangeVisibleMs ? 'yes' : 'NO'} |`,
    ].join('\n');
    const samples = `${runs} runs; cold start ${coldRuns} loads of each page; data → rows ${runs * listSamplesPerRun} samples`;
    console.log(`\nMedians of ${samples} (${new Date().toISOString()}):\n\n${table}\n`);
    writeFileSync('bench-results.json', `${JSON.stringify({ date: new Date().toISOString(), runs, samples, figures, verdicts, table }, null, 2)}\n`);
    console.log('wrote bench-results.json');
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
}

await main();
