import { expect, failedRequest, test } from './fixtures';
import { actionAvailability } from '../src/features/deployments/model/actions';
import type { DeploymentStatus } from '../src/features/deployments/model/status';
import { deploymentIds, listPath, openConsole, pausePageClock, runPageClockUntil, simulatedDeployment, simulatedDeployments, runningOf } from './support';

const overview = (name: keyof typeof deploymentIds) => `${listPath}/${deploymentIds[name]}`;

test.describe('deployment overview', () => {
  test('"Notify me": a start that reaches its outcome in a background tab is announced, and the tab title marked until looked at', async ({ page }) => {
    await page.addInitScript(() => {
      const shown: { title: string; body?: string }[] = [];
      class RecordedNotification {
        static permission: NotificationPermission = 'default';
        static async requestPermission() {
          RecordedNotification.permission = 'granted';
          return 'granted' as const;
        }
        constructor(title: string, options?: NotificationOptions) {
          shown.push({ title, body: options?.body });
        }
      }
      let hidden = false;
      Object.defineProperty(document, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
      Object.defineProperty(document, 'hidden', { get: () => hidden });
      Object.assign(window, {
        Notification: RecordedNotification,
        shownNotifications: shown,
        setTabHidden: (value: boolean) => {
          hidden = value;
          document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
        },
      });
    });
    const notifications = () => page.evaluate(() => (window as unknown as { shownNotifications: { title: string; body?: string }[] }).shownNotifications);
    const setTabHidden = (hidden: boolean) => page.evaluate((value) => (window as unknown as { setTabHidden: (v: boolean) => void }).setTabHidden(value), hidden);

    await page.clock.install();
    await openConsole(page, overview('creditscoring'), { speed: 1 });
    await expect(page.getByRole('heading', { level: 1, name: 'creditscoring' })).toBeVisible();
    await pausePageClock(page);
    await page.getByRole('button', { name: 'Start creditscoring' }).click();
    const notify = page.getByRole('button', { name: 'Notify me' });
    await runPageClockUntil(page, notify, { stepMs: 50, maxMs: 2_000 });
    await notify.click();
    await expect(page.getByRole('button', { name: 'Notifying when it settles' })).toHaveAttribute('aria-pressed', 'true');

    await setTabHidden(true);
    let pageTime = 0;
    await expect
      .poll(async () => {
        if ((await notifications()).length === 0 && pageTime < 60_000) {
          await page.clock.runFor(500);
          pageTime += 500;
        }
        return (await notifications()).length;
      }, { timeout: 30_000, intervals: [50] })
      .toBe(1);
    const outcome = await simulatedDeployment(page, 'creditscoring');
    expect(await notifications()).toEqual([{ title: `creditscoring is ${outcome.status}`, body: outcome.condition!.reason }]);
    await expect(page).toHaveTitle(`● ${outcome.status} · creditscoring`);
    await setTabHidden(false);
    await expect(page).toHaveTitle(`${outcome.status} · creditscoring`);
  });

  test('"Python" shows the client code for this deployment and the log view chosen, ready to copy', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openConsole(page, `${overview('recommender')}?logs=transformer&tail=50`);
    await expect(page.getByRole('heading', { level: 1, name: 'recommender' })).toBeVisible();
    const simulated = await simulatedDeployment(page, 'recommender');
    await page.getByRole('button', { name: 'Python' }).click();
    const dialog = page.getByRole('dialog', { name: 'Python for recommender' });
    const code = dialog.getByLabel('Python for recommender');
    await expect(code).toContainText('deployment = ms.get_deployment("recommender")');
    await expect(code).toContainText('deployment.transformer.resources.describe()');
    await expect(code).toContainText('deployment.get_logs(component="transformer", tail=50)');
    // The actions offered are those the status allows.
    const allows = (action: 'START' | 'STOP') => actionAvailability(action, simulated.status as DeploymentStatus).allowed;
    expect(allows('START') || allows('STOP'), 'the seeded recommender can be started or stopped').toBe(true);
    for (const [action, line] of [['START', 'deployment.start(await_running=60)'], ['STOP', 'deployment.stop(await_stopped=60)']] as const) {
      if (allows(action)) await expect(code).toContainText(line);
      else await expect(code).not.toContainText(line);
    }
    await dialog.getByRole('button', { name: 'Copy the code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('"Copy diagnostics" puts a Markdown report on the clipboard: state, steps, resources, the first error, the last lines, links — no token', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openConsole(page, `${overview('recommender')}?logs=transformer`);
    await expect(page.getByRole('region', { name: 'Why it failed' })).toBeVisible();
    const simulated = await simulatedDeployment(page, 'recommender');
    // The exception line the simulated transformer printed.
    const exception = await page.evaluate(() => {
      const answer = window.mockServingBackend!.logs(119, 1044, 'transformer', 500) as unknown as { body: { content: string }[] };
      return answer.body.flatMap((instance) => instance.content.split('\n')).map((line) => line.replace(/^[\d-]+ [\d:.]+ /, '')).find((line) => /^\w+Error: /.test(line))!;
    });
    const token = await page.evaluate(async () => ((await (await fetch('/hopsworks-api/api/elastic/jwt/119')).json()) as { token: string }).token);
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain(`## Deployment recommender: ${simulated.status}`);
    expect(report).toContain(`- Console: ${page.url()}`);
    expect(report).toContain('### Start steps');
    expect(report).toContain('### Resources (per instance)');
    expect(report).toContain(`### First error: ${exception.replace(/_/g, '\\_')}`);
    expect(report).toMatch(/### Last \d+ lines of recommender-transformer-\S+ \(transformer, /);
    expect(report).toContain('Historical logs in OpenSearch Dashboards: /hopsworks-api/kibana/app/discover#');
    expect(token.length).toBeGreaterThan(10);
    expect(report).not.toContain(token);
  });

  test('opened from the list, it shows at once what the list knew while the fresh answer loads; hovering a name fetches it ahead', async ({ page }) => {
    await openConsole(page, listPath);
    const churn = page.getByRole('link', { name: 'churnmodel', exact: true });
    await expect(churn).toBeVisible();
    const ahead = page.waitForRequest((request) => new URL(request.url()).pathname.endsWith(`/serving/${deploymentIds.churnmodel}`));
    await churn.hover();
    await ahead;

    // From here the backend takes a minute to answer: whatever the overview shows comes from the list.
    const listed = await simulatedDeployment(page, 'fraudmodel');
    await page.evaluate(() => void (window.mockServingBackend!.latencyMs = 60_000));
    await page.getByRole('link', { name: 'fraudmodel', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'fraudmodel' })).toBeVisible();
    await expect(page.getByText(listed.condition!.reason, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Loading the deployment' })).toHaveCount(0);
  });

  test('the one-liner is the backend reason, verbatim; the tab title carries the status', async ({ page }) => {
    await openConsole(page, overview('imageclassifier'));
    await expect(page.getByRole('heading', { level: 1, name: 'imageclassifier' })).toBeVisible();
    const backend = await page.evaluate(async () => (await fetch('/hopsworks-api/api/project/119/serving/1045')).json());
    await expect(page.getByText(backend.condition.reason, { exact: true }).first()).toBeVisible();
    expect(backend.condition.reason).toBe('Failed to be scheduled: 0/3 nodes are available: 3 Insufficient cpu.');
    await expect(page).toHaveTitle('Failed · imageclassifier');
  });

  test('resource allocation shows running and requested instances for predictor and transformer', async ({ page }) => {
    await openConsole(page, overview('fraudmodel'));
    const allocation = page.getByRole('region', { name: 'Resource allocation' });
    await expect(allocation).toBeVisible();
    const fraudmodel = await simulatedDeployment(page, 'fraudmodel');
    await expect(allocation.getByRole('region', { name: 'Predictor' })).toContainText(runningOf(fraudmodel.availableInstances, fraudmodel.requestedInstances));
    await expect(allocation.getByRole('region', { name: 'Transformer' })).toContainText(
      runningOf(fraudmodel.availableTransformerInstances, fraudmodel.requestedTransformerInstances),
    );
    await expect(allocation.getByRole('table', { name: 'Predictor resources' })).toContainText(`${fraudmodel.predictorResources!.requests!.cores} cores`);
  });

  test('limits of -1 read "no limit", never "-1"', async ({ page }) => {
    await openConsole(page, overview('churnmodel'));
    await expect(page.getByRole('heading', { level: 1, name: 'churnmodel' })).toBeVisible();
    const churnmodel = await simulatedDeployment(page, 'churnmodel');
    const unlimited = Object.entries(churnmodel.predictorResources!.limits!).filter(([, value]) => value === -1);
    expect(unlimited.length).toBeGreaterThan(0);
    const resources = page.getByRole('table', { name: 'Predictor resources' });
    await expect(resources.getByRole('cell', { name: 'no limit', exact: true })).toHaveCount(unlimited.length);
    await expect(resources).not.toContainText('-1');
  });

  test('a start walks the condition steps to Running', async ({ page }) => {
    await openConsole(page, overview('creditscoring'), { speed: 2 });
    await expect(page.getByText('Deployment is not running', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Start creditscoring' }).click();
    await expect(page).toHaveTitle(/^Starting · creditscoring$/);
    const steps = page.getByRole('region', { name: 'Start progress' });
    await expect(steps.getByRole('listitem', { name: /: in progress$/ })).toBeVisible();
    await expect(steps.getByRole('listitem', { name: 'Initialized: in progress' }).or(steps.getByRole('listitem', { name: 'Started: in progress' }))).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveTitle('Running · creditscoring', { timeout: 20_000 });
    for (const step of ['Scheduled', 'Initialized', 'Started', 'Ready']) {
      await expect(steps.getByRole('listitem', { name: `${step}: done` })).toBeVisible();
    }
    await expect(page.getByRole('status').filter({ hasText: 'creditscoring is now Running.' })).toBeAttached();
    const history = page.getByRole('region', { name: 'Status history' });
    await expect(history).toContainText('Starting');
    await expect(history).toContainText('Running');

    // The steps seen from beginning to end are this deployment's usual times from now on (this browser).
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('model-serving-console:step-times:119/1052') ?? '{}') as Record<string, number[]>);
    expect(Object.keys(stored).length).toBeGreaterThan(0);
    await page.reload();
    const again = page.getByRole('region', { name: 'Start progress' });
    for (const type of Object.keys(stored)) {
      const label = { SCHEDULED: 'Scheduled', INITIALIZED: 'Initialized', STARTED: 'Started', READY: 'Ready' }[type]!;
      await expect(again.getByRole('listitem', { name: `${label}: done` })).toContainText(/usually \d+ s \(1 start\)/);
    }
  });

  test('a step running well past its usual time says "Longer than usual"', async ({ page }) => {
    // Three earlier starts in this browser scheduled in about a second.
    const usual = [900, 1_000, 1_100];
    await page.addInitScript(
      (times) => localStorage.setItem('model-serving-console:step-times:119/1052', JSON.stringify({ SCHEDULED: times })),
      usual,
    );
    await page.clock.install();
    // At a twentieth of the speed, scheduling takes about a minute of page time.
    await openConsole(page, overview('creditscoring'), { speed: 0.05 });
    await expect(page.getByRole('heading', { level: 1, name: 'creditscoring' })).toBeVisible();
    await pausePageClock(page);
    await page.getByRole('button', { name: 'Start creditscoring' }).click();
    const scheduled = page.getByRole('region', { name: 'Start progress' }).getByRole('listitem', { name: 'Scheduled: in progress' });
    await runPageClockUntil(page, scheduled, { stepMs: 250, maxMs: 5_000 });
    await expect(scheduled).toContainText(`usually 1 s (${usual.length} starts)`);
    await expect(scheduled).not.toContainText('Longer than usual');
    // Past max(2 × 1 s, 1 s + 30 s) in the step.
    await runPageClockUntil(page, scheduled.getByText('Longer than usual'), { stepMs: 1_000, maxMs: 45_000 });
    await expect(scheduled).toContainText(/for (3\d|4\d) s/);
  });

  test('not schedulable: explains the cause next to the requested resources', async ({ page }) => {
    await openConsole(page, overview('imageclassifier'));
    const guidance = page.getByRole('region', { name: 'Why it failed' });
    await expect(guidance).toContainText('Not enough cluster resources');
    await expect(guidance).toContainText('Predictor: 2 × (8 cores, 16 GB, 0 GPU)');
    await expect(guidance).toContainText('Lower the requested cores');
    await expect(guidance).toContainText('administrator');
  });

  test('scheduling failures: the cause and the next step follow the scheduler\'s message', async ({ page }) => {
    const titles: Record<string, string> = {
      resourcesmodel: 'Not enough cluster resources',
      taintsmodel: 'The nodes are reserved for other workloads',
      placementmodel: 'No node matches where the deployment must run',
      quotamodel: 'The project’s resource quota is used up',
      unrecognisedmodel: 'The cluster could not schedule the instances',
    };
    await openConsole(page, listPath, { scenario: 'failures' });
    await expect(page.getByRole('link', { name: 'resourcesmodel', exact: true })).toBeVisible();
    const unschedulable = (await simulatedDeployments(page)).filter((deployment) => deployment.condition?.type === 'SCHEDULED' && deployment.condition.status === false);
    expect(unschedulable.map((deployment) => deployment.name).sort()).toEqual(Object.keys(titles).sort());
    for (const deployment of unschedulable) {
      await page.goto(`${listPath}/${deployment.id}`);
      const guidance = page.getByRole('region', { name: 'Why it failed' });
      await expect(guidance.getByText(titles[deployment.name]!, { exact: true })).toBeVisible();
      await expect(guidance).toContainText(`The scheduler says: ${deployment.condition!.reason.replace(/^Failed to be scheduled: /, '')}`);
      const requestsShown = deployment.name === 'resourcesmodel' || deployment.name === 'quotamodel';
      await expect(guidance.getByText('Requested per instance:')).toHaveCount(requestsShown ? 1 : 0);
    }
  });

  test('a start whose storage initializer restarts shows "preparing" in the start steps, never a stop, then fails to initialize', async ({ page }) => {
    await page.clock.install();
    await openConsole(page, `${listPath}/3014`, { scenario: 'failures', speed: 1 });
    await expect(page.getByRole('heading', { level: 1, name: 'preparingmodel' })).toBeVisible();
    // From here only the test moves the page's clock (the simulator answers at once, without timers).
    await pausePageClock(page);
    await page.getByRole('button', { name: 'Start preparingmodel' }).click();
    await expect.poll(() => page.evaluate(() => window.mockServingBackend!.get(119, 3014))).toMatchObject({ body: { status: 'Starting' } });
    const steps = page.getByRole('region', { name: 'Start progress' });
    // At speed 1: scheduling 3 s, then the initializer restarts from 4.7 s until it fails at 8 s.
    const preparing = steps.getByText(/^Preparing: the storage initializer restarted/);
    await runPageClockUntil(page, preparing, { stepMs: 250, maxMs: 8_000 });
    await expect(page).toHaveTitle('Starting · preparingmodel');
    await expect(steps.getByRole('listitem', { name: 'Initialized: in progress' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Stop progress' })).toHaveCount(0);
    await runPageClockUntil(page, page.getByRole('region', { name: 'Why it failed' }), { stepMs: 250, maxMs: 8_000 });
    await expect(page.getByRole('region', { name: 'Why it failed' })).toContainText('The storage initializer failed');
  });

  test('storage initializer failure: links to the storage-initializer logs in OpenSearch', async ({ page }) => {
    await openConsole(page, overview('textsummarizer'));
    const guidance = page.getByRole('region', { name: 'Why it failed' });
    await expect(guidance).toContainText('The storage initializer failed');
    const link = guidance.getByRole('link', { name: /storage-initializer logs in OpenSearch/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', /container_name:%22storage-initializer%22/);
  });

  for (const [name, component] of [
    ['churnmodel', 'predictor'],
    ['recommender', 'transformer'],
  ] as const) {
    test(`${component} crash: one click opens the ${component} logs with the traceback`, async ({ page }) => {
      await openConsole(page, overview(name));
      const guidance = page.getByRole('region', { name: 'Why it failed' });
      await expect(guidance).toContainText(`The ${component} script failed`);
      await expect(guidance).toContainText('must be stopped before it can be started again');
      await guidance.getByRole('link', { name: `Open ${component} logs` }).click();
      await expect(page).toHaveURL(new RegExp(`logs=${component}`));
      // A failed deployment opens on its log history: the crashed instances' lines, with their times.
      const logs = page.getByRole('region', { name: 'Historical logs' });
      await expect(logs.getByRole('combobox', { name: 'Component' })).toHaveText(component === 'predictor' ? 'Predictor' : 'Transformer');
      await expect(logs.getByRole('log', { name: `Historical logs of all ${component} instances` })).toContainText('Traceback (most recent call last):');
      await logs.getByRole('button', { name: 'Live' }).click();
      const live = page.getByRole('region', { name: 'Transient logs' });
      await expect(live).toContainText(`${name}-${component}-`);
      await expect(live.getByRole('log')).toContainText('Traceback (most recent call last):');
    });
  }

  test('connectivity failure: says so and what to do', async ({ page }) => {
    await openConsole(page, overview('pricepredictor'));
    const guidance = page.getByRole('region', { name: 'Why it failed' });
    await expect(guidance).toContainText('Connectivity could not be set up');
    await expect(guidance).toContainText('Stop the deployment and start it again.');
  });

  test('an idle deployment explains scale-to-zero', async ({ page }) => {
    await openConsole(page, overview('sentimentmodel'));
    const allocation = page.getByRole('region', { name: 'Resource allocation' });
    await expect(allocation).toContainText('0 instances run');
    await expect(allocation).toContainText('cold start');
    const idle = await simulatedDeployment(page, 'sentimentmodel');
    await expect(allocation).toContainText(runningOf(idle.availableInstances, idle.requestedInstances));
  });

  test('a missing deployment shows not-found with a way back', async ({ page, expectConsoleErrors }) => {
    expectConsoleErrors(failedRequest(404, /\/serving\/999999/));
    await openConsole(page, `${listPath}/999999`);
    await expect(page.getByRole('heading', { name: 'Deployment not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to deployments' }).click();
    await expect(page.getByRole('heading', { name: 'Deployments' })).toBeVisible();
  });

  test('an unknown address shows a not-found page', async ({ page }) => {
    await openConsole(page, '/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to deployments' })).toBeVisible();
  });
});
