import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startMockApi } from '@/testing/mock-api';
import { renderAt } from '@/testing/render-app';
import { DeploymentOverviewRoute } from './deployment-overview-route';

const mock = startMockApi();
const fraudmodel = 1042;

function renderOverview(id = fraudmodel) {
  return renderAt(`/p/119/deployments/${id}`, '/p/:projectId/deployments/:deploymentId', <DeploymentOverviewRoute />);
}

describe('the overview, through the UI (jsdom)', () => {
  it('shows the status, the one-liner from the backend and the transient logs', async () => {
    renderOverview();
    expect(await screen.findByRole('heading', { level: 1, name: 'fraudmodel' })).toBeInTheDocument();
    const wire = mock.backend.get(119, fraudmodel);
    if (!wire.ok) throw new Error('the simulator has no fraudmodel');
    expect(screen.getByText(wire.body.condition!.reason!)).toBeInTheDocument();
    const logs = screen.getByRole('region', { name: 'Transient logs' });
    expect(await within(logs).findByText(/^[1-9]\d* lines?$/)).toBeInTheDocument();
  });

  it('Stop asks first, then shows the deployment stopping; the log queries are neither cancelled nor refetched', async () => {
    const { queryClient } = renderOverview();
    await screen.findByRole('heading', { level: 1, name: 'fraudmodel' });
    const logs = screen.getByRole('region', { name: 'Transient logs' });
    expect(await within(logs).findByText(/^[1-9]\d* lines?$/)).toBeInTheDocument();
    const logQueries = () => queryClient.getQueryCache().findAll({ predicate: (query) => query.queryKey.includes('logs') });
    expect(logQueries().length).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'Stop fraudmodel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop fraudmodel?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop deployment' }));
    expect(await screen.findByText('Stopping fraudmodel…')).toBeInTheDocument();
    await waitFor(() => expect(mock.backend.get(119, fraudmodel)).toMatchObject({ ok: true, body: { status: expect.stringMatching(/Stopping|Stopped/) } }));
    for (const query of logQueries()) {
      expect(query.state.isInvalidated, JSON.stringify(query.queryKey)).toBe(false);
      expect(query.state.fetchStatus === 'fetching' && query.state.dataUpdateCount === 0).toBe(false);
    }
  });

  it('a refused Start says what the server said', async () => {
    mock.backend.faults.answerNext({ endpoint: 'action', status: 400, body: { errorCode: 240003, errorMsg: 'x', usrMsg: 'Deployment is busy. Please, try later.' } });
    renderAt('/p/119/deployments/1052', '/p/:projectId/deployments/:deploymentId', <DeploymentOverviewRoute />);
    await screen.findByRole('heading', { level: 1, name: 'creditscoring' });
    await userEvent.click(screen.getByRole('button', { name: 'Start creditscoring' }));
    expect(await screen.findByText('Could not start creditscoring: Deployment is busy. Please, try later.')).toBeInTheDocument();
  });
});

describe('the Stop dialog follows the deployment', () => {
  it('changes its words when the deployment stops underneath, and sends no STOP', async () => {
    const sent: string[] = [];
    mock.server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') sent.push(request.url);
    });
    const { queryClient } = renderOverview();
    await screen.findByRole('heading', { level: 1, name: 'fraudmodel' });
    await userEvent.click(screen.getByRole('button', { name: 'Stop fraudmodel' }));
    expect(await screen.findByRole('dialog', { name: 'Stop fraudmodel?' })).toBeInTheDocument();
    // Another client stops it; the page's next poll (run here at once) sees it stopping.
    mock.backend.act(119, fraudmodel, 'STOP');
    await queryClient.refetchQueries();
    expect(await screen.findByRole('dialog', { name: /^fraudmodel is now (Stopping|Stopped)$/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop deployment' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(sent).toEqual([]);
  }, 15_000);
});
