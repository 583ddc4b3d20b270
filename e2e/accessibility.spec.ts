import { violations } from './axe';
import { expect, test, type Page } from './fixtures';
import { deploymentIds, listPath, openConsole } from './support';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });

    test('the deployments list has no WCAG 2.1 AA violations', async ({ page }) => {
      await openConsole(page, listPath, { speed: 1 });
      await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the overview of a failed deployment has no violations', async ({ page }) => {
      await openConsole(page, `${listPath}/${deploymentIds.recommender}`);
      await expect(page.getByRole('region', { name: 'Why it failed' })).toBeVisible();
      await expect(page.getByRole('log')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the deployments list on a phone (one card per deployment) has no violations', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openConsole(page, listPath, { speed: 1 });
      await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the Python dialog has no violations', async ({ page }) => {
      await openConsole(page, `${listPath}/${deploymentIds.recommender}`);
      await page.getByRole('button', { name: 'Python' }).click();
      await expect(page.getByRole('dialog', { name: 'Python for recommender' })).toBeVisible();
      expect(await violations(page, '[role="dialog"]')).toEqual([]);
    });

    test('the log viewer with search matches has no violations', async ({ page }) => {
      await openConsole(page, `${listPath}/${deploymentIds.churnmodel}?q=error`);
      await expect(page.getByRole('log').locator('mark').first()).toBeVisible();
      expect(await violations(page, '#transient-logs')).toEqual([]);
    });

    test('the history while older lines load has no violations', async ({ page }) => {
      await openConsole(page, `${listPath}/${deploymentIds.churnmodel}`);
      const history = page.getByRole('region', { name: 'Historical logs' });
      await expect(history.getByRole('log')).toContainText('Traceback');
      // The next answer takes a minute: the loading state stays on screen while axe looks.
      await page.evaluate(() => (window.mockServingBackend!.latencyMs = 60_000));
      await history.getByRole('button', { name: 'Load older lines' }).click();
      await expect(history.getByRole('progressbar', { name: 'Loading older lines' })).toBeVisible();
      expect(await violations(page, '#transient-logs')).toEqual([]);
    });

    test('the merged view of all instances, filtered to matching lines, has no violations', async ({ page }) => {
      await openConsole(page, `${listPath}/${deploymentIds.anomalydetector}?instance=*&q=POST&show=matching&level=info`);
      await expect(page.getByRole('group', { name: 'Instances in this view' })).toBeVisible();
      await expect(page.getByRole('log').locator('mark').first()).toBeVisible();
      await page.getByRole('log').getByRole('button', { name: /^Line \d+: details$/ }).first().click();
      await expect(page.getByRole('region', { name: /^Line \d+$/ })).toBeVisible();
      expect(await violations(page, '#transient-logs')).toEqual([]);
    });
  });
}

test('keyboard only: list → filter → overview → logs → "See logs" → back, with visible focus', async ({ page }) => {
  await openConsole(page, listPath);
  await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();

  /**
   * Visible focus: the focused element (and 16 px around it, where rings and outlines are drawn) must
   * look different from the same place when focus has moved away by keyboard. The caret is hidden in
   * both pictures, so only a real focus indicator counts.
   */
  const focusVisible = async () => {
    const element = await page.evaluateHandle(() => document.activeElement);
    expect(await element.evaluate((active) => active !== null && active !== document.body)).toBe(true);
    // Centred before each picture: moving focus away may scroll the page, and both pictures must show the same place.
    const place = () =>
      element.evaluate((active) => {
        active!.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = active!.getBoundingClientRect();
        const x = Math.max(0, r.x - 16);
        const y = Math.max(0, r.y - 16);
        return { x, y, width: Math.min(window.innerWidth - x, r.width + 32), height: Math.min(window.innerHeight - y, r.height + 32) };
      });
    const clip = await place();
    const focused = await page.screenshot({ clip, animations: 'disabled' });
    await page.keyboard.press('Shift+Tab');
    expect(await place()).toEqual(clip);
    const unfocused = await page.screenshot({ clip, animations: 'disabled' });
    await page.keyboard.press('Tab');
    expect(await element.evaluate((active) => active === document.activeElement)).toBe(true);
    expect(focused.equals(unfocused), 'the focused element looks the same as when it is not focused').toBe(false);
  };

  const tabUntil = async (predicate: () => Promise<boolean>, limit = 60) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await predicate()) return;
    }
    throw new Error('never reached the element by keyboard');
  };
  const focused = (role: Parameters<Page['getByRole']>[0], name: string | RegExp) => async () =>
    page.getByRole(role, { name }).evaluateAll((elements) => (elements as Element[]).includes(document.activeElement as Element));

  await tabUntil(focused('searchbox', 'Search deployments or models'));
  await focusVisible();
  await page.keyboard.type('fraud');
  await expect(page).toHaveURL(/q=fraud/);

  await tabUntil(focused('link', 'fraudmodel'));
  await focusVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'fraudmodel' })).toBeVisible();

  await tabUntil(focused('searchbox', 'Search in logs'), 120);
  await focusVisible();
  await page.keyboard.type('POST');
  await expect(page).toHaveURL(/q=POST/);

  await tabUntil(focused('link', /^See logs/), 120);
  await focusVisible();

  await page.keyboard.press('Shift+Tab');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Deployments' })).toBeVisible();
});

test('keyboard only: from the log into its line numbers, along them with the arrow keys, and a line opened with Enter', async ({ page }) => {
  await openConsole(page, `${listPath}/${deploymentIds.fraudmodel}?tail=500`);
  const log = page.getByRole('log');
  await expect(log).toContainText('uvicorn');
  await log.focus();
  await page.keyboard.press('Tab');
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const first = await focusedName();
  expect(first).toMatch(/^Line \d+: details$/);
  const number = Number(/\d+/.exec(first)![0]);
  await page.keyboard.press('ArrowDown');
  await expect.poll(focusedName).toBe(`Line ${number + 1}: details`);
  await page.keyboard.press('ArrowDown');
  await expect.poll(focusedName).toBe(`Line ${number + 2}: details`);
  await page.keyboard.press('ArrowUp');
  await expect.poll(focusedName).toBe(`Line ${number + 1}: details`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: `Line ${number + 1}` })).toBeVisible();
});
