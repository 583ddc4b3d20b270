import { expect, test, type Page } from './fixtures';
import { parse } from 'node:url';
import rison from 'rison-node';
import { deploymentIds, listPath, openConsole, pausePageClock, runPageClockUntil, simulatedDeployment } from './support';

const overview = (name: keyof typeof deploymentIds, search = '') => `${listPath}/${deploymentIds[name]}${search}`;
const logsRegion = (page: Page) => page.getByRole('region', { name: 'Transient logs' });

/** What the simulated backend wrote for a crashing component: the exception line, and the deployment's own script. */
function simulatedCrash(page: Page, name: keyof typeof deploymentIds, component: 'predictor' | 'transformer') {
  return page.evaluate(
    ([id, part]) => {
      const backend = window.mockServingBackend!;
      const deployment = backend.get(119, id) as unknown as { body: { predictor?: string; transformer?: string } };
      const answer = backend.logs(119, id, part, 500) as unknown as { body: { content: string }[] };
      // Each line carries the formatter's time stamp before what Python printed.
      const lines = answer.body.flatMap((instance) => instance.content.split('\n')).map((line) => line.replace(/^[\d-]+ [\d:.]+ /, ''));
      return { exception: lines.find((line) => /^\w+Error: /.test(line))!, script: deployment.body[part]! };
    },
    [deploymentIds[name], component] as const,
  );
}

test.describe('the failure panel', () => {
  for (const [name, component] of [
    ['churnmodel', 'predictor'],
    ['recommender', 'transformer'],
  ] as const) {
    test(`quotes the ${component}’s first error and opens the log on it`, async ({ page }) => {
      await openConsole(page, overview(name));
      const quote = page.getByRole('region', { name: 'Why it failed' }).getByRole('figure', { name: 'The first error in the logs' });
      await expect(quote).toBeVisible();
      const { exception, script } = await simulatedCrash(page, name, component);
      await expect(quote.getByRole('blockquote')).toHaveText(exception);
      await expect(quote).toContainText(`In the deployment’s script ${script}, line`);
      await quote.getByRole('link', { name: 'Show this error in the log' }).click();
      const logs = page.getByRole('region', { name: 'Historical logs' });
      await expect(logs.getByRole('searchbox', { name: 'Search in logs' })).toHaveValue(exception);
      await expect(logs.getByRole('status').filter({ hasText: /^1 of \d+$/ })).toBeVisible();
      // The first match — the quoted error — is the one in view: whole, clear of the app bar, and with lines
      // below it too (not at the page's bottom edge).
      const current = logs.getByRole('log').locator('mark.log-match-current');
      await expect(current).toHaveText(exception);
      await expect(current).toBeInViewport({ ratio: 1 });
      const appBar = (await page.getByRole('banner').boundingBox())!;
      const pageHeight = page.viewportSize()!.height;
      await expect
        .poll(async () => {
          const mark = (await current.boundingBox())!;
          return mark.y >= appBar.y + appBar.height && mark.y + 3 * mark.height <= pageHeight;
        })
        .toBe(true);
    });
  }
});

test.describe('transient logs', () => {
  for (const [name, component, advice] of [
    ['churnmodel', 'predictor', 'A file under the model directory is missing.'],
    ['recommender', 'transformer', 'The package “feature_utils” is missing from the deployment’s environment.'],
  ] as const) {
    test(`a ${component} traceback is one block: the exception, the frame in the deployment’s script, the next step; "Show in the log" goes to it`, async ({ page }) => {
      await openConsole(page, overview(name, `?source=live&logs=${component}`));
      const logs = logsRegion(page);
      await expect(logs.getByRole('log')).toContainText('Traceback (most recent call last):');
      const { exception, script } = await simulatedCrash(page, name, component);
      const errors = logs.getByRole('region', { name: 'Python errors in these lines' });
      const block = errors.getByRole('listitem', { name: exception });
      await expect(block).toBeVisible();
      await expect(block).toContainText(`In the deployment’s script ${script}, line`);
      await expect(block).toContainText(advice);
      await logs.getByRole('log').evaluate((element) => (element.scrollTop = element.scrollHeight));
      await block.getByRole('button', { name: 'Show in the log' }).click();
      await expect(logs.getByRole('log').getByText('Traceback (most recent call last):').first()).toBeInViewport();
    });
  }

  test('show one view per instance', async ({ page }) => {
    await openConsole(page, overview('anomalydetector'), { speed: 1 });
    const tabs = logsRegion(page).getByRole('tab');
    await expect(tabs.first()).toBeVisible();
    const { availableInstances } = await simulatedDeployment(page, 'anomalydetector');
    expect(availableInstances).toBeGreaterThan(1);
    // One tab per instance, after "All instances".
    await expect(tabs).toHaveCount(availableInstances! + 1);
    await expect(tabs.first()).toHaveText('All instances');
    const [first, second] = [await tabs.nth(1).textContent(), await tabs.nth(2).textContent()];
    expect(first).toMatch(/^anomalydetector-predictor-/);
    expect(second).not.toBe(first);
    await tabs.nth(2).click();
    await expect(page).toHaveURL(new RegExp(`instance=${second}`));
    await expect(logsRegion(page)).toContainText(`Instance: ${second}`);
  });

  test('"All instances" merges every instance’s lines in time order, each tagged; a tag narrows the view to its instance', async ({ page }) => {
    await openConsole(page, overview('anomalydetector', '?tail=50'), { speed: 1 });
    const logs = logsRegion(page);
    await logs.getByRole('tab', { name: 'All instances' }).click();
    await expect(page).toHaveURL(/instance=\*/);
    const { availableInstances } = await simulatedDeployment(page, 'anomalydetector');
    const legend = logs.getByRole('group', { name: 'Instances in this view' });
    await expect(legend.getByRole('button')).toHaveCount(availableInstances!);
    const log = logs.getByRole('log', { name: `Transient logs of all ${availableInstances} instances` });
    await expect(log).toContainText('uvicorn');
    // Every instance's lines are there, interleaved by the time each line states.
    const rows = await log.evaluate((element) => [...element.querySelectorAll('[data-index]')].map((row) => row.textContent ?? ''));
    const stated = rows.map((row) => /(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[.,]\d{3})/.exec(row)?.[1]).filter((time): time is string => time !== undefined);
    expect(stated.length).toBeGreaterThan(10);
    expect(stated).toEqual([...stated].sort());
    const tags = await log.getByRole('button', { name: /^Only / }).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
    expect(new Set(tags).size).toBe(availableInstances);
    const firstTag = legend.getByRole('button').first();
    const instanceName = (await firstTag.getAttribute('aria-label'))!.replace(/^Only \w+ \((.+)\)$/, '$1');
    await log.getByRole('button', { name: `Only ${instanceName.split('-').at(-1)} (${instanceName})` }).first().click();
    await expect(logs.getByRole('tab', { name: instanceName })).toHaveAttribute('aria-selected', 'true');
    await expect(logs).toContainText(`Instance: ${instanceName}`);
  });

  test('switching component and tail changes what is shown', async ({ page }) => {
    await openConsole(page, overview('fraudmodel'));
    const logs = logsRegion(page);
    await expect(logs).toContainText('Instance: fraudmodel-predictor-');
    await logs.getByRole('combobox', { name: 'Component' }).click();
    await page.getByRole('option', { name: 'Transformer' }).click();
    await expect(logs).toContainText('Instance: fraudmodel-transformer-');
    await expect(page).toHaveURL(/logs=transformer/);
    await logs.getByRole('combobox', { name: 'Lines' }).click();
    await page.getByRole('option', { name: 'Last 10', exact: true }).click();
    await expect(logs).toContainText('10 lines');
    await expect(page).toHaveURL(/tail=10/);
    await page.reload();
    await expect(logsRegion(page)).toContainText('Instance: fraudmodel-transformer-');
  });

  /** fraudmodel's predictor log, followed, with the page clock stopped: a line put on the backend comes with the next poll alone. */
  async function followWithClockStopped(page: Page) {
    await page.clock.install();
    await openConsole(page, overview('fraudmodel', '?tail=1000'));
    const logs = logsRegion(page);
    await expect(logs.getByRole('log')).toContainText('uvicorn');
    await pausePageClock(page);
    await logs.getByRole('switch', { name: 'Follow' }).click();
    await expect(page).toHaveURL(/follow=1/);
    const writeLine = (line: string) => page.evaluate((text) => window.mockServingBackend!.injectLogLines(1042, 'predictor', [text]), line);
    return { logs, writeLine };
  }

  test('follow picks up new lines and keeps the newest in view', async ({ page }) => {
    const { logs, writeLine } = await followWithClockStopped(page);
    // (The line count is no evidence: the simulated log is capped in bytes, like Hopsworks', so it stops growing.)
    const fresh = `request ${Date.now()} handled`;
    await writeLine(fresh);
    const freshLine = logs.getByRole('log').getByText(fresh);
    await runPageClockUntil(page, freshLine, { stepMs: 500, maxMs: 4_000 });
    await logs.getByRole('log').scrollIntoViewIfNeeded();
    await expect(freshLine).toBeInViewport();
  });

  test('scrolling up pauses following; "Jump to latest" resumes it', async ({ page }) => {
    await openConsole(page, overview('fraudmodel', '?tail=500&follow=1'), { speed: 20 });
    const logs = logsRegion(page);
    const view = logs.getByRole('log');
    await expect(view).toContainText('uvicorn');
    await view.hover();
    await page.mouse.wheel(0, -3000);
    const jump = logs.getByRole('button', { name: 'Jump to latest' });
    await expect(jump).toBeVisible();
    await jump.click();
    await expect(jump).toBeHidden();
    await expect
      .poll(() => view.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight), { timeout: 10_000 })
      .toBeLessThan(40);
  });

  test('a match far to the right in a 50 KB line is scrolled into view', async ({ page }) => {
    await openConsole(page, overview('fraudmodel'));
    const logs = logsRegion(page);
    await expect(logs.getByRole('log')).toContainText('uvicorn');
    const needle = `needle-${Date.now()}`;
    await page.evaluate((word) => window.mockServingBackend!.injectLogLines(1042, 'predictor', [`${'x'.repeat(50_000)} ${word} end`]), needle);
    await logs.getByRole('switch', { name: 'Follow' }).click();
    await logs.getByRole('searchbox', { name: 'Search in logs' }).fill(needle);
    await expect(logs.getByRole('status').filter({ hasText: /^1 of 1$/ })).toBeVisible();
    await expect(logs.getByRole('log').getByText(needle, { exact: true })).toBeInViewport();
  });

  test('new lines leave the page where the reader scrolled it, also while a search has a current match', async ({ page }) => {
    const { logs, writeLine } = await followWithClockStopped(page);
    const needle = `needle-${Date.now()}`;
    await writeLine(`first ${needle}`);
    await runPageClockUntil(page, logs.getByRole('log').getByText(`first ${needle}`), { stepMs: 500, maxMs: 4_000 });
    await logs.getByRole('searchbox', { name: 'Search in logs' }).fill(needle);
    await expect(logs.getByRole('status').filter({ hasText: /^1 of 1$/ })).toBeVisible();
    await expect(logs.getByRole('log').locator('mark.log-match-current')).toBeInViewport();
    // The reader goes back up to the deployment's status; the next poll brings a second match.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(logs.getByRole('log')).not.toBeInViewport();
    await writeLine(`second ${needle}`);
    await runPageClockUntil(page, logs.getByRole('status').filter({ hasText: /^1 of 2$/ }), { stepMs: 500, maxMs: 4_000 });
    await expect(logs.getByRole('log')).not.toBeInViewport();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('search highlights and counts matches', async ({ page }) => {
    await openConsole(page, `${overview('churnmodel')}?source=live`);
    const logs = logsRegion(page);
    await logs.getByRole('searchbox', { name: 'Search in logs' }).fill('traceback');
    await expect(logs.getByRole('status').filter({ hasText: /^1 of \d+$/ })).toBeVisible();
    await expect(logs.locator('mark').first()).toHaveText('Traceback');
    await logs.getByRole('button', { name: 'Next match' }).click();
    await expect(logs.getByRole('status').filter({ hasText: /^2 of \d+$/ })).toBeVisible();
    await expect(page).toHaveURL(/q=traceback/);
    await logs.getByRole('searchbox', { name: 'Search in logs' }).fill('no-such-text');
    await expect(logs.getByText('No matches')).toBeVisible();
  });

  test('download produces a .log file named after deployment, component and instance', async ({ page }) => {
    await openConsole(page, overview('fraudmodel'));
    const logs = logsRegion(page);
    await expect(logs).toContainText('Instance: fraudmodel-predictor-');
    const [download] = await Promise.all([page.waitForEvent('download'), logs.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^fraudmodel-predictor-fraudmodel-predictor-.*\.log$/);
    const content = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(content).toString('utf8')).toContain('uvicorn');
  });

  test('an idle deployment explains why there are no transient logs', async ({ page }) => {
    await openConsole(page, overview('sentimentmodel'));
    await page.getByRole('region', { name: 'Historical logs' }).getByRole('button', { name: 'Live' }).click();
    const logs = logsRegion(page);
    await expect(logs).toContainText('Transient logs are not available');
    await expect(logs).toContainText('scaled to zero');
    await expect(logs.getByRole('link', { name: /See logs/ }).first()).toBeVisible();
  });

  test('log content is text: HTML in a line shows literally, ANSI codes become colours', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await openConsole(page, overview('fraudmodel'));
    await expect(logsRegion(page)).toContainText('Instance: fraudmodel-predictor-');
    await page.evaluate(() =>
      window.mockServingBackend?.injectLogLines(1042, 'predictor', [
        'WARNING rejected payload <img src=x onerror=alert(1)>',
        '<script>alert("x")</script>',
        '\u001b[31mERROR\u001b[0m colored',
      ]),
    );
    const logs = logsRegion(page);
    await logs.getByRole('switch', { name: 'Follow' }).click();
    await expect(logs.getByRole('log')).toContainText('WARNING rejected payload <img src=x onerror=alert(1)>');
    await expect(logs.getByRole('log')).toContainText('<script>alert("x")</script>');
    await expect(logs.getByRole('log').locator('img')).toHaveCount(0);
    await expect(logs.getByRole('log')).not.toContainText('\u001b[31m');
    // The ANSI red of the theme, not the line's own colour.
    const colours = await logs
      .getByRole('log')
      .getByText('ERROR', { exact: true })
      .evaluate((span) => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--log-ansi-red)';
        span.parentElement!.append(probe);
        const red = getComputedStyle(probe).color;
        probe.remove();
        return { error: getComputedStyle(span).color, line: getComputedStyle(span.parentElement!).color, red };
      });
    expect(colours.red).toMatch(/^rgb/);
    expect(colours.error).toBe(colours.red);
    expect(colours.error).not.toBe(colours.line);
    expect(dialogs).toBe(0);
  });
});

test.describe('"See logs" into OpenSearch Dashboards', () => {
  test('decodes to the expected Discover state', async ({ page }) => {
    await openConsole(page, overview('fraudmodel'));
    const link = page.getByRole('link', { name: /^See logs/ }).first();
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', /[?&]jt=/);
    const href = (await link.getAttribute('href'))!;
    const url = parse(href, true);
    expect(url.pathname).toBe('/hopsworks-api/kibana/app/discover');
    expect(url.query.jt).toBe('eyJhbGciOiJIUzI1NiJ9.mock-opensearch-token.c2lnbmF0dXJl');
    const hash = parse(url.hash!.slice(1), true);
    expect(rison.decode(hash.query._g as string)).toEqual({
      filters: [],
      refreshInterval: { pause: true, value: 0 },
      time: { from: 'now-1h', to: 'now' },
    });
    expect(rison.decode(hash.query._a as string)).toEqual({
      columns: ['@timestamp', 'serving_component', 'container_name', 'log_message'],
      filters: [],
      index: 'fraud_detection_serving-*',
      interval: 'auto',
      query: { language: 'kuery', query: 'serving_name:"fraudmodel"' },
      sort: [['@timestamp', 'desc']],
    });
  });

  test('a line opened: its JSON pretty, and "Open in OpenSearch around this line" five minutes either side of it', async ({ page }) => {
    await openConsole(page, overview('fraudmodel', '?logs=transformer&tail=50'));
    const logs = logsRegion(page);
    const traced = logs.getByRole('log').locator('[data-index]').filter({ hasText: /kserve\.trace: \{/ }).last();
    await expect(traced).toBeVisible();
    const text = (await traced.textContent())!;
    await traced.getByRole('button', { name: /^Line \d+: details$/ }).click();
    const details = logs.getByRole('region', { name: /^Line \d+$/ });
    await expect(details.getByLabel("The line's JSON")).toHaveText(JSON.stringify(JSON.parse(text.slice(text.indexOf('{'))), null, 2));
    // The line's own time (written in UTC by the model server) ± 5 minutes.
    const at = Date.parse(`${/(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}\.\d{3})/.exec(text)!.slice(1).join('T')}Z`);
    const href = (await details.getByRole('link', { name: /^Open in OpenSearch around this line/ }).getAttribute('href'))!;
    const hash = parse(parse(href, true).hash!.slice(1), true);
    expect(rison.decode(hash.query._g as string)).toMatchObject({ time: { from: new Date(at - 5 * 60_000).toISOString(), to: new Date(at + 5 * 60_000).toISOString() } });
    expect(rison.decode(hash.query._a as string)).toMatchObject({ query: { query: 'serving_name:"fraudmodel" and serving_component:"transformer"' } });
    await details.getByRole('button', { name: "Close the line's details" }).click();
    await expect(details).toHaveCount(0);
  });

  test('for a failed deployment the window starts at its deployed time', async ({ page }) => {
    await openConsole(page, overview('churnmodel'));
    await expect(page.getByRole('heading', { level: 1, name: 'churnmodel' })).toBeVisible();
    const backend = await page.evaluate(async () => (await fetch('/hopsworks-api/api/project/119/serving/1043')).json());
    const href = (await page.getByRole('link', { name: /^See logs/ }).first().getAttribute('href'))!;
    const hash = parse(parse(href, true).hash!.slice(1), true);
    expect(rison.decode(hash.query._g as string)).toMatchObject({ time: { from: new Date(backend.deployed).toISOString(), to: 'now' } });
  });
});

test.describe('historical logs', () => {
  type HistoryLine = { instanceName: string; content: string; timestamp: string; docId: string };
  const simulatedHistory = (page: Page, id: number, historyWindow: { since?: number; pod?: string } = {}) =>
    page.evaluate(([deploymentId, w]) => {
      const result = window.mockServingBackend!.history(119, deploymentId, 'predictor', w);
      if (!result.ok) throw new Error('the simulated backend refused the history');
      return result.body as unknown as HistoryLine[];
    }, [id, historyWindow] as const);

  test('a stopped deployment opens on its log history: every line with its time, all instances or one, in the URL', async ({ page }) => {
    await openConsole(page, overview('creditscoring'));
    const logs = page.getByRole('region', { name: 'Historical logs' });
    await expect(logs.getByRole('button', { name: 'History' })).toHaveAttribute('aria-pressed', 'true');
    const history = await simulatedHistory(page, deploymentIds.creditscoring);
    expect(history.length).toBeGreaterThan(0);
    const newest = history.at(-1)!;
    const log = logs.getByRole('log', { name: 'Historical logs of all predictor instances' });
    const time = new Date(newest.timestamp).toLocaleTimeString('en-GB', { hour12: false });
    // What a reader sees on the row: the line's local time, the instance's short tag, the text (colour codes rendered, not shown).
    // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
    const text = (content: string) => content.replace(/\u001b\[[0-9;]*m/g, '');
    const label = newest.instanceName.split('-').at(-1)!;
    await expect(log).toContainText(`${time}.${newest.timestamp.slice(20, 23)}${label}${text(newest.content)}`);
    await expect(log.getByRole('button', { name: `Only ${label} (${newest.instanceName})` }).last()).toBeVisible();
    await expect(logs).toContainText(`${history.length} lines from`);

    await logs.getByRole('combobox', { name: 'Instance' }).click();
    await page.getByRole('option', { name: new RegExp(newest.instanceName) }).click();
    await expect(page).toHaveURL(new RegExp(`instance=${newest.instanceName}`));
    await expect(logs.getByRole('log', { name: `Historical logs of ${newest.instanceName}` })).toContainText(text(newest.content));

    await logs.getByRole('combobox', { name: 'Time range' }).click();
    await page.getByRole('option', { name: 'Last 15 minutes' }).click();
    await expect(page).toHaveURL(/range=15m/);
    const lastQuarter = await simulatedHistory(page, deploymentIds.creditscoring, { since: Date.now() - 15 * 60_000, pod: newest.instanceName });
    await expect(logs).toContainText(`${lastQuarter.length} lines from`);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Historical logs' }).getByRole('log', { name: `Historical logs of ${newest.instanceName}` })).toBeVisible();
  });

  test.describe('in a time zone other than UTC', () => {
    test.use({ timezoneId: 'Asia/Kolkata' });

    test('line times in local time or UTC (in the URL), the full instant on hover', async ({ page }) => {
      await openConsole(page, overview('creditscoring'));
      const logs = page.getByRole('region', { name: 'Historical logs' });
      const log = logs.getByRole('log', { name: 'Historical logs of all predictor instances' });
      await expect(log).toBeVisible();
      const history = await simulatedHistory(page, deploymentIds.creditscoring);
      const newest = history.at(-1)!;
      const local = `${new Date(newest.timestamp).toLocaleTimeString('en-GB', { hour12: false, timeZone: 'Asia/Kolkata' })}.${newest.timestamp.slice(20, 23)}`;
      const utc = newest.timestamp.slice(11, 23);
      expect(local).not.toBe(utc);
      const label = newest.instanceName.split('-').at(-1)!;
      await expect(log).toContainText(`${local}${label}`);
      await logs.getByRole('switch', { name: 'Times in UTC' }).click();
      await expect(page).toHaveURL(/tz=utc/);
      await expect(log).toContainText(`${utc}${label}`);
      await expect(log).not.toContainText(`${local}${label}`);
      await expect(log.locator(`[title^="${newest.timestamp} · "]`).first()).toBeAttached();
    });
  });

  test('a failed deployment opens on the history of its last start, with the crash; an older server falls back to "See logs"', async ({ page }) => {
    await openConsole(page, overview('churnmodel'));
    const logs = page.getByRole('region', { name: 'Historical logs' });
    await expect(logs.getByRole('combobox', { name: 'Time range' })).toHaveText('Since the last start');
    await expect(logs.getByRole('log')).toContainText('Traceback (most recent call last):');
    await expect(logs.getByRole('region', { name: 'Python errors in these lines' })).toContainText('A file under the model directory is missing.');

    // Scrolling to the top loads the window before, and keeps the reader's place.
    const count = async () => Number(/^([\d,]+) lines? from/.exec((await logs.getByText(/ lines? from /).textContent()) ?? '')![1]!.replace(/,/g, ''));
    const before = await count();
    await logs.getByRole('log').evaluate((element) => {
      element.scrollTop = 0;
      element.dispatchEvent(new Event('scroll'));
    });
    await expect.poll(count).toBeGreaterThan(before);
    await expect.poll(() => logs.getByRole('log').evaluate((element) => element.scrollTop)).toBeGreaterThan(0);

    await openConsole(page, `${overview('churnmodel')}?history=off`);
    const fallback = page.getByRole('region', { name: 'Historical logs' });
    await expect(fallback.getByText(/This Hopsworks server does not offer log history to the console/)).toBeVisible();
    await expect(fallback.getByRole('link', { name: /^See logs/ }).first()).toBeVisible();
    await expect(fallback.getByRole('log')).toHaveCount(0);
    await expect(page.getByText('could not be loaded')).toHaveCount(0);
  });
});

test.describe('filtering log lines', () => {
  const historyRegion = (page: Page) => page.getByRole('region', { name: 'Historical logs' });

  test('only matching lines with context, match case, and a level filter with counts: all in the URL', async ({ page }) => {
    await openConsole(page, overview('recommender', '?source=history&logs=transformer'));
    const logs = historyRegion(page);
    const log = logs.getByRole('log');
    await expect(log).toContainText('kserve: Loading transformer script');
    await logs.getByRole('searchbox', { name: 'Search in logs' }).fill('feature_utils');
    await logs.getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'Only matching lines' }).click();
    await logs.getByRole('combobox', { name: 'Context' }).click();
    await page.getByRole('option', { name: 'No context' }).click();
    await expect(page).toHaveURL(/show=matching/);
    await expect(page).toHaveURL(/ctx=0/);
    await expect(log).toContainText('hidden by the filter');
    await expect(log).not.toContainText('kserve: Loading transformer script');
    await expect(log).toContainText("No module named 'feature_utils'");

    // Match case: the upper-case needle matches nothing; without it, the same lines again.
    await logs.getByRole('searchbox', { name: 'Search in logs' }).fill('FEATURE_UTILS');
    await logs.getByRole('switch', { name: 'Match case' }).click();
    await expect(logs.getByRole('status').filter({ hasText: 'No matches' })).toBeVisible();
    await expect(logs.getByText('No line matches the filter.')).toBeVisible();
    await logs.getByRole('switch', { name: 'Match case' }).click();
    await expect(logs.getByRole('status').filter({ hasText: /^1 of \d+$/ })).toBeVisible();

    // Errors only: as many lines as the button counts, none of the info lines.
    await logs.getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'All lines' }).click();
    const errors = logs.getByRole('button', { name: /^Errors \(\d+\)$/ });
    const errorCount = Number((await errors.textContent())!.replace(/\D/g, ''));
    expect(errorCount).toBeGreaterThan(0);
    await errors.click();
    await expect(errors).toHaveAttribute('aria-pressed', 'true');
    await expect(logs.getByText(new RegExp(`^${errorCount} shown of \\d+ lines from`))).toBeVisible();
    await expect(log).not.toContainText('kserve: Loading transformer script');
    await page.reload();
    await expect(historyRegion(page).getByRole('button', { name: /^Errors \(\d+\)$/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(historyRegion(page).getByRole('log')).not.toContainText('kserve: Loading transformer script');
  });
});
