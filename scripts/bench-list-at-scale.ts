// 20,000 deployments, one of them starting, behind the production server (signed in) against the fake
// Hopsworks: the list page's main-thread tasks while it polls (the list at the settled interval, the
// starting deployment at the fast one), from a PerformanceObserver over a window of real time.
import type { Browser } from '@playwright/test';
import { startConsoleServer } from '../e2e/console-server.ts';
import { startFake } from './bench-proxy.ts';
import { signedInContext } from './bench-cold-start.ts';

export interface ListAtScale {
  deployments: number;
  seconds: number;
  listPolls: number;
  longTasks: number;
  longestTaskMs: number;
  blockedMs: number;
}

export async function measureListAtScale(browser: Browser, { deployments = 20_000, seconds = 30 } = {}): Promise<ListAtScale> {
  const { info, child: fake } = await startFake(20, { FAKE_DEPLOYMENTS: String(deployments - 1), FAKE_STARTING: '1' });
  const server = await startConsoleServer({ HOPSWORKS_URL: info.url, SESSION_SECRET: 'bench-session-secret-of-at-least-32-chars', LOG_LEVEL: 'warn', HOPSWORKS_PROJECT_ID: String(info.projects.owned.id) });
  const context = await signedInContext(browser, server.origin, info.keys.full);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/p/${info.projects.owned.id}/deployments`);
    await page.waitForSelector('tbody tr[data-deployment]', { timeout: 120_000 });
    const listPath = new RegExp(`/project/${info.projects.owned.id}/serving$`);
    let listPolls = 0;
    page.on('request', (request) => {
      if (request.method() === 'GET' && listPath.test(new URL(request.url()).pathname)) listPolls += 1;
    });
    const tasks = await page.evaluate(
      (ms) =>
        new Promise<number[]>((resolve) => {
          const durations: number[] = [];
          const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((entry) => entry.duration)));
          observer.observe({ type: 'longtask' });
          setTimeout(() => {
            observer.disconnect();
            resolve(durations);
          }, ms);
        }),
      seconds * 1000,
    );
    return {
      deployments,
      seconds,
      listPolls,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks),
      blockedMs: tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
    };
  } finally {
    await context.close();
    await server.stop();
    fake.kill('SIGTERM');
  }
}
