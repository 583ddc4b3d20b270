import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium-path.mjs';

const port = 4173;

/** E2E against the production build (served by `vite preview`, under the strict CSP) in mock mode. */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  // A flaky test is a failing test: no retries, anywhere.
  retries: 0,
  failOnFlakyTests: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./e2e/fault-matrix-reporter.ts'], ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['json'] as ['json']] : [])],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/config.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
