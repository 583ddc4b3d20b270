// README screenshots: node scripts/screenshot.mjs [baseUrl] — light and dark, into docs/screenshots/.
// Needs a running console (npm start, or npm run preview after a build).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium-path.mjs';

const baseUrl = process.argv[2] ?? 'http://localhost:5173';
const outDir = 'docs/screenshots';
const shots = [
  { name: 'deployments-list', path: '/p/119/deployments?scenario=default&speed=1', height: 900 },
  { name: 'overview-running', path: '/p/119/deployments/1042', height: 1500 },
  { name: 'overview-failed', path: '/p/119/deployments/1043', height: 1100 },
  { name: 'log-viewer', path: '/p/119/deployments/1044?logs=transformer&q=error#transient-logs', height: 900, scrollTo: 'transient-logs' },
  { name: 'traceback-block', path: '/p/119/deployments/1043', height: 700, scrollTo: 'transient-logs' },
  { name: 'python-code', path: '/p/119/deployments/1044?logs=transformer&tail=50', height: 800, click: 'Python' },
  { name: 'deployments-list-phone', path: '/p/119/deployments?scenario=default&speed=1', width: 390, height: 844 },
  { name: 'log-all-instances', path: '/p/119/deployments/1050?instance=*&tail=50', height: 1200, scrollTo: 'transient-logs', click: /^Line \d+: details$/ },
  { name: 'log-filter', path: '/p/119/deployments/1044?logs=transformer&q=feature_utils&show=matching&ctx=2', height: 1000, scrollTo: 'transient-logs' },
  { name: 'failure-quote', path: '/p/119/deployments/1044', height: 700, region: 'Why it failed' },
  // Usual step times come from earlier starts this browser watched; the shot seeds three.
  {
    name: 'start-steps',
    path: '/p/119/deployments/1049?speed=0.2',
    height: 900,
    region: 'Start progress',
    storage: { 'model-serving-console:step-times:119/1049': { SCHEDULED: [4000, 5000, 6000], INITIALIZED: [20000, 25000, 22000], STARTED: [30000, 35000, 40000], READY: [2000, 3000, 2500] } },
  },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs });
for (const scheme of ['light', 'dark']) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log('page error:', error.message));
  for (const shot of shots) {
    await page.setViewportSize({ width: shot.width ?? 1400, height: shot.height });
    if (shot.storage) await page.goto(`${baseUrl}/config.json`);
    for (const [key, value] of Object.entries(shot.storage ?? {})) await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(value)]);
    await page.goto(baseUrl + shot.path);
    await page.waitForTimeout(2500);
    if (shot.click) {
      await page.getByRole('button', { name: shot.click }).last().click();
      await page.waitForTimeout(500);
    }
    if (shot.scrollTo) await page.locator(`#${shot.scrollTo}`).scrollIntoViewIfNeeded();
    const file = `${outDir}/${shot.name}-${scheme}.png`;
    if (shot.region) await page.getByRole('region', { name: shot.region }).screenshot({ path: file });
    else if (shot.scrollTo) await page.locator(`#${shot.scrollTo}`).screenshot({ path: file });
    else await page.screenshot({ path: file });
    console.log('wrote', file);
  }
  await context.close();
}
await browser.close();
