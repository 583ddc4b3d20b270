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

describe('hostile values from the backend', () => {
  it('show as unknown or flagged where they are, the rest of the page works, and the next good answer heals them', async () => {
    const wire = mock.backend.get(119, fraudmodel);
    if (!wire.ok) throw new Error('the simulator has no fraudmodel');
    const hostile = {
      ...wire.body,
      deployed: 1718000000000000000,
      created: 9e15,
      availableInstances: -3,
      requestedInstances: -1,
      predictorResources: { requests: { cores: -2, memory: 256, gpus: 0.5 }, limits: { cores: -1, memory: -1, gpus: -1 } },
    };
    mock.backend.faults.answerNext({ endpoint: 'deployment', status: 200, body: hostile });
    const { queryClient } = renderOverview();
    expect(await screen.findByRole('heading', { level: 1, name: 'fraudmodel' })).toBeInTheDocument();
    const predictor = screen.getByRole('region', { name: 'Predictor' });
    expect(predictor).toHaveTextContent('? of ? running');
    expect(predictor).toHaveTextContent('The server sent instance counts outside reason (running -3, requested -1); they are not shown.');
    const resources = within(predictor).getByRole('table', { name: 'Predictor resources' });
    expect(within(resources).getAllByRole('cell', { name: 'no limit' })).toHaveLength(3);
    expect(within(resources).getAllByRole('cell', { name: 'unknown' })).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Details' })).toHaveTextContent(/unknown/);
    expect(document.body).not.toHaveTextContent(/-1 cores|-1 MB|Invalid time value|could not be shown/);

    await queryClient.refetchQueries();
    const healed = mock.backend.get(119, fraudmodel);
    if (!healed.ok) throw new Error('the simulator has no fraudmodel');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Predictor' })).toHaveTextContent(`${healed.body.availableInstances} of ${healed.body.requestedInstances} running`),
    );
    expect(screen.queryByText(/outside reason/)).not.toBeInTheDocument();
  });
});
