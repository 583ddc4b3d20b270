import { expect, test as base, type Page } from '@playwright/test';

interface PageErrorGuard {
  /** Declares console errors this test provokes on purpose (e.g. the browser's note about a deliberate HTTP 500). */
  expectConsoleErrors: (...patterns: RegExp[]) => void;
}

/**
 * Every spec's `test`: it fails when a page of the test throws an uncaught error (`pageerror`), or logs a
 * console error that the test did not declare with `expectConsoleErrors`.
 */
export const test = base.extend<PageErrorGuard & { expectedConsoleErrors: RegExp[]; pageErrorGuard: void }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  expectedConsoleErrors: async ({}, provide) => provide([]),
  expectConsoleErrors: async ({ expectedConsoleErrors }, provide) => provide((...patterns) => void expectedConsoleErrors.push(...patterns)),
  pageErrorGuard: [
    async ({ context, expectedConsoleErrors }, provide) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('pageerror', (error) => problems.push(`uncaught error in the page: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await provide();
      const unexpected = problems.filter((problem) => problem.startsWith('uncaught') || !expectedConsoleErrors.some((pattern) => pattern.test(problem)));
      expect(unexpected, 'errors in the page that the test did not expect').toEqual([]);
    },
    { auto: true },
  ],
});

/** The browser's console note about a request answered with one of `statuses`, whose URL matches `url`. */
export function failedRequest(statuses: number | number[], url: RegExp): RegExp {
  const status = [statuses].flat().join('|');
  return new RegExp(`^console error: Failed to load resource: the server responded with a status of (${status}) .*\\(.*${url.source}.*\\)$`);
}

export { expect };
export type { BrowserContext, Locator, Page } from '@playwright/test';
