// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { deploymentSchema } from '../../api/deployment-schema';
import { statusTable } from '../../model/status';
import { firstRowsHtml } from './first-rows-html';

const deployment = (id: number, name: string, status: string, extra: object = {}) =>
  deploymentSchema.parse({ id, name, status, modelName: `${name}-model`, modelVersion: 2, availableInstances: 1, requestedInstances: 1, ...extra });

const now = Date.parse('2026-11-25T12:00:00Z');
const all = [
  deployment(1, 'fraudmodel', 'Running', { deployed: now - 3 * 3_600_000 }),
  deployment(2, 'churnmodel', 'Starting', { condition: { type: 'STARTED', status: null, reason: 'Deployment is starting' } }),
  ...Array.from({ length: 60 }, (_, index) => deployment(100 + index, `model${index}`, 'Stopped')),
];

/** The server's HTML, as the browser reads it. */
function rendered(search: string) {
  document.body.innerHTML = firstRowsHtml(119, all, search, now);
  return [...document.querySelectorAll('tbody tr')].map((row) => ({ name: row.getAttribute('data-deployment'), cells: [...row.children].map((cell) => cell.textContent) }));
}

describe("the list page's first rows, painted by the server", () => {
  it("show the page's rows for the URL with the console's status words, and link each to its overview under the page's base", () => {
    const rows = rendered('?status=Running,Starting');
    expect(rows.map((row) => row.name)).toEqual(['churnmodel', 'fraudmodel']);
    expect(rows[0]!.cells.slice(1, 5)).toEqual([statusTable.Starting.label, 'Deployment is starting', 'Model: churnmodel-model v2', 'Instances: 1/1']);
    expect(rows[1]!.cells[5]).toBe('Last deployed: 3 hours ago');
    expect(document.querySelector('tr[data-deployment="churnmodel"] a')!.getAttribute('href')).toBe('p/119/deployments/2');
    expect(document.querySelector('tr[data-deployment="churnmodel"] [data-status="Starting"]')!.className).toContain('status-indicator-busy');
    expect(document.querySelector('tr[data-deployment="fraudmodel"] svg[data-icon="Running"]')).not.toBeNull();
  });

  it('follow the page and size in the URL, and show the last page when the list has become shorter', () => {
    expect(rendered('')).toHaveLength(50);
    expect(rendered('?page=1').map((row) => row.name)).toEqual(rendered('?page=9').map((row) => row.name));
    expect(rendered('?page=1')).toHaveLength(all.length - 50);
  });

  it('are nothing when no deployment matches', () => {
    expect(firstRowsHtml(119, all, '?q=nothing-like-this', now)).toBe('');
  });
});
