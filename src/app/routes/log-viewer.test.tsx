import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startMockApi } from '@/testing/mock-api';
import { renderAt } from '@/testing/render-app';
import { DeploymentOverviewRoute } from './deployment-overview-route';

const mock = startMockApi();

// jsdom lays nothing out: give elements a size so the virtualised log list renders its lines.
const sized = ['offsetHeight', 'offsetWidth', 'clientHeight', 'clientWidth'] as const;
const saved = sized.map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const);
beforeAll(() => {
  for (const key of sized) Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => (key.endsWith('Height') ? 600 : 1000) });
});
afterAll(() => {
  for (const [key, descriptor] of saved) if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});

describe('the log viewer, through the UI (jsdom)', () => {
  it('shows the lines the simulated backend sent, finds text in them, and keeps the choices in the URL', async () => {
    const tail = 50;
    const all = mock.backend.logs(119, 1042, 'predictor', 100_000);
    if (!all.ok) throw new Error('no logs in the simulator');
    expect(all.body[0]!.content.trimEnd().split('\n').length).toBeGreaterThan(tail);
    const { router } = renderAt(`/p/119/deployments/1042?tail=${tail}`, '/p/:projectId/deployments/:deploymentId', <DeploymentOverviewRoute />);
    const logs = await screen.findByRole('region', { name: 'Transient logs' });
    // The tail from the URL, as lines of the model server (the simulator writes uvicorn access lines).
    expect(await within(logs).findByText(`${tail} lines`)).toBeInTheDocument();
    await waitFor(() => expect(within(logs).getByRole('log')).toHaveTextContent(/INFO uvicorn/));

    await userEvent.type(within(logs).getByRole('searchbox', { name: 'Search in logs' }), 'uvicorn');
    await waitFor(() => expect(router.state.location.search).toContain('q=uvicorn'));
    expect(await within(logs).findByText(/^1 of \d+$/)).toBeInTheDocument();
    expect(within(logs).getAllByText('uvicorn', { selector: 'mark' }).length).toBeGreaterThan(0);

    await userEvent.click(within(logs).getByRole('switch', { name: 'Follow' }));
    await waitFor(() => expect(router.state.location.search).toContain('follow=1'));
  }, 30_000);
});
