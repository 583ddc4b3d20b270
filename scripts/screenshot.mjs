// Takes screenshots of console pages: node scripts/screenshot.mjs <baseUrl> <out-dir> <path> [<name> ...]
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium-path.mjs';

const [baseUrl, outDir, ...pages] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const scheme of ['light', 'dark']) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('console', (msg) => msg.type() === 'error' && console.log('console error:', msg.text()));
  page.on('pageerror', (err) => console.log('page error:', err.message));
  for (let i = 0; i < pages.length; i += 2) {
    await page.goto(baseUrl + pages[i]);
    await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
    await page.screenshot({ path: `${outDir}/${pages[i + 1]}-${scheme}.png`, fullPage: process.env.FULL === '1' });
  }
  await context.close();
}
await browser.close();
