// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { deploymentQueries } from '@/features/deployments/api/deployment-queries';
import { deploymentSchema } from '@/features/deployments/api/deployment-schema';
import { paintFirstRows } from './start-early';

const config = { basePath: '/', defaultProjectId: 119 };
const deployments = [deploymentSchema.parse({ id: 1, name: 'fraudmodel', status: 'Running' }), deploymentSchema.parse({ id: 2, name: 'churnmodel', status: 'Failed' })];

function bootFrame() {
  document.body.innerHTML = '<div id="root"><div class="boot-frame-main"><p role="status">Loading the console…</p></div></div>';
}

const rowNames = () => [...document.querySelectorAll('.boot-frame-main tbody tr')].map((row) => row.getAttribute('data-deployment'));

describe("the list's rows painted into the boot frame before React's first render", () => {
  it("paints the rows the page's URL shows, once the list is in the cache", () => {
    bootFrame();
    const queryClient = new QueryClient();
    expect(paintFirstRows(document, queryClient, config, { pathname: '/p/119/deployments', search: '' })).toBe(false);
    queryClient.setQueryData(deploymentQueries.list(119).queryKey, { deployments, unreadable: 0, duplicateIds: [] });
    expect(paintFirstRows(document, queryClient, config, { pathname: '/p/119/deployments', search: '?status=Failed' })).toBe(true);
    expect(rowNames()).toEqual(['churnmodel']);
  });

  it("leaves rows the console's server painted, and pages other than a list, alone", () => {
    bootFrame();
    const queryClient = new QueryClient();
    queryClient.setQueryData(deploymentQueries.list(119).queryKey, { deployments, unreadable: 0, duplicateIds: [] });
    expect(paintFirstRows(document, queryClient, config, { pathname: '/p/119/deployments/1', search: '' })).toBe(false);
    expect(paintFirstRows(document, queryClient, config, { pathname: '/p/119/deployments', search: '' })).toBe(true);
    expect(paintFirstRows(document, queryClient, config, { pathname: '/p/119/deployments', search: '' })).toBe(false);
    expect(rowNames()).toEqual(['churnmodel', 'fraudmodel']);
  });
});
