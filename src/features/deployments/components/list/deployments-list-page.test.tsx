import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { startMockApi } from '@/testing/mock-api';
import { renderAt } from '@/testing/render-app';
import { DeploymentsListPage } from './deployments-list-page';

const mock = startMockApi();
const renderList = (search = '') =>
  renderAt(`/p/119/deployments${search}`, '/p/:projectId/deployments', <DeploymentsListPage projectId={119} />);

describe('DeploymentsListPage', () => {
  it('shows every deployment with its status, condition and instances', async () => {
    renderList();
    const link = await screen.findByRole('link', { name: 'fraudmodel' });
    const row = link.closest('tr')!;
    expect(screen.getByRole('table', { name: 'Deployments' })).toContainElement(row);
    // Expectations come from the simulated backend's own data, not from numbers copied out of the seed.
    const answer = mock.backend.list(119);
    if (!answer.ok) throw new Error('the simulator refused the list');
    const wire = answer.body.find((d) => d.name === 'fraudmodel')!;
    expect(within(row).getByText(wire.status)).toBeInTheDocument();
    expect(within(row).getByText(wire.condition!.reason!)).toBeInTheDocument();
    expect(
      within(row).getByText(`${wire.availableInstances}/${wire.requestedInstances} · ${wire.availableTransformerInstances}/${wire.requestedTransformerInstances}`),
    ).toBeInTheDocument();
    const failed = answer.body.filter((d) => d.status === 'Failed').length;
    expect(screen.getByRole('button', { name: `${failed} failed: add to the status filter` })).toBeInTheDocument();
  });

  it('filters as the user types', async () => {
    renderList();
    await screen.findByRole('link', { name: 'fraudmodel' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search deployments or models' }), 'churn');
    expect(screen.getByRole('link', { name: 'churnmodel' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'fraudmodel' })).not.toBeInTheDocument();
  });

  it('opens a deployment in the page from its name, under a base path too; a modified click is left to the browser', async () => {
    const overview = { path: '/p/:projectId/deployments/:deploymentId', element: <p>the overview</p> };
    const { router } = renderAt('/p/119/deployments', '/p/:projectId/deployments', <DeploymentsListPage projectId={119} />, { otherRoutes: [overview], basename: '/console' });
    const link = await screen.findByRole('link', { name: 'fraudmodel' });
    const answer = mock.backend.list(119);
    if (!answer.ok) throw new Error('the simulator refused the list');
    const { id } = answer.body.find((d) => d.name === 'fraudmodel')!;
    expect(link).toHaveAttribute('href', `/console/p/119/deployments/${id}`);
    // A new-tab click is left to the browser: the page neither prevents it nor navigates.
    let preventedByPage: boolean | undefined;
    document.addEventListener('click', (event) => ((preventedByPage = event.defaultPrevented), event.preventDefault()), { once: true });
    fireEvent.click(link, { ctrlKey: true });
    expect(preventedByPage).toBe(false);
    expect(router.state.location.pathname).toBe('/console/p/119/deployments');
    await userEvent.click(link);
    expect(await screen.findByText('the overview')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/console/p/119/deployments/${id}`);
  });

  it('explains an empty project', async () => {
    mock.reset({ scenario: 'empty' });
    renderList();
    expect(await screen.findByRole('heading', { name: 'No deployments in this project yet' })).toBeInTheDocument();
  });

  it('shows the server message and a retry when the list cannot be loaded', async () => {
    mock.server.use(
      http.get('*/hopsworks-api/api/project/119/serving', () =>
        HttpResponse.json({ errorCode: 150068, errorMsg: 'x', usrMsg: 'Your role in this project does not allow this operation.' }, { status: 403 }),
      ),
    );
    renderList();
    expect(await screen.findByText('The deployments could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('Your role in this project does not allow this operation.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows an unknown status with its raw value', async () => {
    mock.reset({ scenario: 'odd' });
    renderList();
    expect(await screen.findByText('Unknown (Hibernating)')).toBeInTheDocument();
  });
});
