import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the e2e tests and the benchmark drive: CHROME_PATH if set, else Debian's
 * /usr/bin/chromium, else Playwright's own browser if installed. Null when there is none.
 */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright's browsers are not installed.
  }
  return null;
}

export const chromiumArgs = [
  '--disable-gpu',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

export const missingChromiumMessage = `No Chromium found for the end-to-end tests.
Install one of:
  - Debian/Ubuntu: sudo apt-get install chromium   (provides /usr/bin/chromium)
  - any Chromium or Chrome, then point CHROME_PATH at its executable
  - Playwright's own browser: npx playwright install chromium`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (!found) {
    console.error(missingChromiumMessage);
    process.exit(1);
  }
  console.log(`Using Chromium at ${found}`);
}
