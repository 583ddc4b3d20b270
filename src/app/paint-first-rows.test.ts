// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { deploymentSchema } from '@/features/deployments/api/deployment-schema';
import { paintFirstRows, paintListLoading } from './start-early';

const rows = [deploymentSchema.parse({ id: 2, name: 'churnmodel', status: 'Failed' }), deploymentSchema.parse({ id: 1, name: 'fraudmodel', status: 'Running' })];

function bootFrame() {
  document.body.innerHTML = '<div id="root"><div class="boot-frame-main"><p role="status">Loading the console…</p></div></div>';
}

const rowNames = () => [...document.querySelectorAll('.boot-frame-main tbody tr')].map((row) => row.getAttribute('data-deployment'));

describe("the list's rows painted into the boot frame before React's first render", () => {
  it('paints the rows, linked to their project, once', () => {
    bootFrame();
    expect(paintFirstRows(document, 119, rows)).toBe(true);
    expect(rowNames()).toEqual(['churnmodel', 'fraudmodel']);
    expect(document.querySelector('tr[data-deployment="churnmodel"] a')!.getAttribute('href')).toBe('p/119/deployments/2');
    expect(paintFirstRows(document, 119, rows)).toBe(false);
    expect(rowNames()).toEqual(['churnmodel', 'fraudmodel']);
  });

  it("leaves rows the console's server painted alone, and paints nothing for no rows or without a boot frame", () => {
    bootFrame();
    expect(paintFirstRows(document, 119, [])).toBe(false);
    expect(rowNames()).toEqual([]);
    document.querySelector('.boot-frame-main')!.insertAdjacentHTML('beforeend', '<section class="first-rows"><table><tbody><tr data-deployment="from-server"></tr></tbody></table></section>');
    expect(paintFirstRows(document, 119, rows)).toBe(false);
    expect(rowNames()).toEqual(['from-server']);
    document.body.innerHTML = '<div id="root"></div>';
    expect(paintFirstRows(document, 119, rows)).toBe(false);
  });

  it('shows the list page with placeholder rows while the list is asked for, then the rows in their place', () => {
    bootFrame();
    expect(paintListLoading(document, { sort: 'status', direction: 'desc' })).toBe(true);
    expect(document.querySelector('h1')!.textContent).toBe('Deployments');
    expect(document.querySelector('th[aria-sort]')!.getAttribute('aria-sort')).toBe('descending');
    const bodyRows = [...document.querySelectorAll('tbody tr')];
    expect(bodyRows.length).toBeGreaterThan(0);
    expect(bodyRows.every((row) => row.getAttribute('aria-hidden') === 'true' && row.querySelector('.placeholder-text') && !row.textContent)).toBe(true);
    expect(paintListLoading(document)).toBe(false);

    expect(paintFirstRows(document, 119, rows)).toBe(true);
    expect(rowNames()).toEqual(['churnmodel', 'fraudmodel']);
    expect(document.querySelectorAll('section.first-rows, table, tbody, .placeholder-text').length).toBe(3);
    expect(paintFirstRows(document, 119, rows)).toBe(false);
  });
});
