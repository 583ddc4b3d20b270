import { expect, failedRequest, test } from './fixtures';
import { listPath, openConsole, overrideRuntimeConfig, row, simulatedDeployments } from './support';

test.describe('deployments list', () => {
  test("shows the rows as soon as the data is there, before the console's first render, which then takes them over", async ({ page }) => {
    // Records whether a row was ever on the page without its actions (painted as plain HTML by the boot code).
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        const row = document.querySelector('tr[data-deployment="fraudmodel"]');
        if (!row) return;
        (window as unknown as { firstRowHadActions: boolean }).firstRowHadActions = row.querySelector('button') !== null;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    // The data comes before the first render's deadline however busy the machine (the page is rendered
    // without it after firstRenderWaitMs, as it should be when the backend is slow).
    await overrideRuntimeConfig(page, { firstRenderWaitMs: 10_000 });
    await openConsole(page, listPath);
    await expect(row(page, 'fraudmodel').getByRole('button', { name: 'Stop fraudmodel' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { firstRowHadActions?: boolean }).firstRowHadActions)).toBe(false);
    await expect(page.getByRole('heading', { name: 'Deployments' })).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'Loading the console…' })).toHaveCount(0);
  });

  test('loads every deployment, each status with its own indicator', async ({ page }) => {
    await openConsole(page, listPath, { speed: 1 });
    await expect(page.getByRole('heading', { name: 'Deployments' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
    const expected: Record<string, string> = {
      fraudmodel: 'Running',
      churnmodel: 'Failed',
      sentimentmodel: 'Idle',
      demandforecast: 'Starting',
      anomalydetector: 'Updating',
      ltvmodel: 'Stopping',
      creditscoring: 'Stopped',
      frauddetectorv2: 'Created',
      embeddingsmodel: 'Creating',
    };
    for (const [name, status] of Object.entries(expected)) {
      await expect(row(page, name).getByRole('cell', { name: status, exact: true })).toBeVisible();
    }
    // Each status has its own icon: compared as pictures, all drawn in one colour so that only the shape counts.
    const icons = new Set<string>();
    for (const [name, status] of Object.entries(expected)) {
      const icon = row(page, name).getByRole('cell', { name: status, exact: true }).locator('svg');
      icons.add((await icon.screenshot({ animations: 'disabled', style: 'svg { color: #000 !important; opacity: 1 !important; }' })).toString('base64'));
    }
    expect(icons.size).toBe(Object.keys(expected).length);
    await expect(row(page, 'imageclassifier')).toContainText('Failed to be scheduled: 0/3 nodes are available: 3 Insufficient cpu.');
    const fraudmodel = (await simulatedDeployments(page)).find((d) => d.name === 'fraudmodel')!;
    await expect(row(page, 'fraudmodel')).toContainText(
      `${fraudmodel.availableInstances}/${fraudmodel.requestedInstances} · ${fraudmodel.availableTransformerInstances}/${fraudmodel.requestedTransformerInstances}`,
    );
  });

  test('search, status filter and sort live in the URL and survive a reload', async ({ page }) => {
    await openConsole(page, listPath);
    await page.getByRole('searchbox', { name: 'Search deployments or models' }).fill('model');
    await expect(page).toHaveURL(/q=model/);
    await expect(page.getByRole('link', { name: 'recommender', exact: true })).toBeHidden();
    await expect(page.getByRole('link', { name: 'churnmodel', exact: true })).toBeVisible();

    const idle = (await simulatedDeployments(page)).filter((d) => d.status === 'Idle');
    await page.getByRole('button', { name: `${idle.length} idle: add to the status filter` }).click();
    await expect(page).toHaveURL(/status=Idle/);
    await expect(page.getByRole('link', { name: 'sentimentmodel', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'churnmodel', exact: true })).toBeHidden();

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByRole('button', { name: 'Name' }).click();
    await expect(page).toHaveURL(/sort=name&dir=desc/);
    const names = page.getByRole('table', { name: 'Deployments' }).getByRole('link');
    const last = (await simulatedDeployments(page)).map((d) => d.name).sort((a, b) => b.localeCompare(a))[0]!;
    await expect(names.first()).toHaveText(last);

    await page.reload();
    await expect(names.first()).toHaveText(last);
    await page.goBack();
    await expect(page).not.toHaveURL(/dir=desc/);
  });

  test('shows "no match" with a way to clear the filters', async ({ page }) => {
    await openConsole(page, `${listPath}?q=nothing-like-this`);
    await expect(page.getByRole('heading', { name: 'No deployment matches these filters' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).last().click();
    await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
  });

  test('a name links to the overview', async ({ page }) => {
    await openConsole(page, listPath);
    await page.getByRole('link', { name: 'fraudmodel', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/119\/deployments\/1042/);
  });

  test('Start on a stopped deployment shows it progressing to Running without reloading', async ({ page }) => {
    await openConsole(page, listPath, { speed: 10 });
    const creditscoring = row(page, 'creditscoring');
    await creditscoring.getByRole('button', { name: 'Start creditscoring' }).click();
    await expect(creditscoring.getByRole('cell', { name: 'Starting', exact: true })).toBeVisible();
    await expect(creditscoring.getByRole('cell', { name: 'Running', exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(creditscoring).toContainText('Deployment is ready');
  });

  test('Stop asks for confirmation, then stops', async ({ page }) => {
    await openConsole(page, listPath, { speed: 10 });
    const fraudmodel = row(page, 'fraudmodel');
    await fraudmodel.getByRole('button', { name: 'Stop fraudmodel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop fraudmodel?' });
    await dialog.getByRole('button', { name: 'Stop deployment' }).click();
    await expect(fraudmodel.getByRole('cell', { name: 'Stopped', exact: true })).toBeVisible({ timeout: 20_000 });
  });

  test('a refused action shows the server message', async ({ page, expectConsoleErrors }) => {
    expectConsoleErrors(failedRequest(400, /\?action=START/));
    await openConsole(page, listPath, { speed: 1 });
    await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
    // The backend refuses the next start once (as when another client started it a moment earlier).
    const refusal = { errorCode: 240003, errorMsg: 'Instance is busy', usrMsg: 'Deployment is busy. Please, try later.' };
    await page.evaluate((body) => window.mockServingBackend!.faults.answerNext({ endpoint: 'action', status: 400, body }), refusal);
    await row(page, 'creditscoring').getByRole('button', { name: 'Start creditscoring' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `Could not start creditscoring: ${refusal.usrMsg}` })).toBeVisible();
    await expect(row(page, 'creditscoring').getByRole('cell', { name: 'Stopped', exact: true })).toBeVisible();
  });

  test('disabled actions explain why on hover', async ({ page }) => {
    await openConsole(page, listPath);
    await expect(page.getByRole('button', { name: 'Status legend' })).toBeVisible();
    await row(page, 'churnmodel').getByLabel(/Start churnmodel is unavailable/).hover();
    await expect(page.getByRole('tooltip')).toHaveText('A failed deployment must be stopped before it can start again.');
  });

  test('"Python" shows the client code that lists the deployments with their status', async ({ page }) => {
    await openConsole(page, listPath);
    await expect(page.getByRole('link', { name: 'fraudmodel', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Python' }).click();
    const dialog = page.getByRole('dialog', { name: 'Python for the deployments of this project' });
    await expect(dialog.getByLabel('Python for the deployments of this project')).toContainText('for deployment in ms.get_deployments():');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test.describe('on a 1,280 px laptop screen', () => {
    test.use({ viewport: { width: 1280, height: 800 } });

    test('every column fits: the actions of the longest rows are in view without scrolling sideways', async ({ page }) => {
      // Newest first in the large scenario: long deployment and model names, transformers, long conditions.
      await openConsole(page, `${listPath}?sort=deployed&dir=desc`, { scenario: 'large', speed: 1 });
      const table = page.getByRole('table', { name: 'Deployments' });
      await expect(table.getByRole('button', { name: /^Start / }).first()).toBeAttached();
      let checked = 0;
      for (const button of await table.getByRole('button', { name: /^(Start|Stop) / }).all()) {
        const box = (await button.boundingBox())!;
        if (box.y + box.height > 800) break;
        await expect(button).toBeInViewport({ ratio: 1 });
        checked += 1;
      }
      expect(checked).toBeGreaterThanOrEqual(4);
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('one card per deployment, nothing scrolls sideways; "Sort by" replaces the column headers', async ({ page }) => {
      await openConsole(page, listPath);
      const fraud = row(page, 'fraudmodel');
      await expect(fraud).toBeVisible();
      const simulated = await simulatedDeployments(page);
      const fraudmodel = simulated.find((d) => d.name === 'fraudmodel')!;
      await expect(fraud.getByText(fraudmodel.condition!.reason, { exact: true })).toBeVisible();
      await expect(fraud.getByText('Instances:')).toBeVisible();
      await expect(fraud.getByRole('button', { name: 'Stop fraudmodel' })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const scrollsSideways = (table: HTMLElement) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth;
      expect(await page.getByRole('table', { name: 'Deployments' }).evaluate(scrollsSideways)).toBe(false);
      // Each card is as wide as the page: no column squeezes it.
      const box = (await fraud.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);

      await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Model' });
      await expect(page).toHaveURL(/sort=model/);
      await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Name' });
      await page.getByRole('button', { name: 'Sorted ascending: sort descending' }).click();
      await expect(page).toHaveURL(/sort=name&dir=desc/);
      const last = simulated.map((d) => d.name).sort((a, b) => b.localeCompare(a))[0]!;
      await expect(page.locator('tbody tr').first()).toContainText(last);
    });
  });
});
