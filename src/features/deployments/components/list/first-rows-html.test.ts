// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { firstPageOfAnswer } from '../../api/first-page-of-answer';
import { readListView } from '../../model/list-view';
import { statusTable } from '../../model/status';
import { firstRowsHtml } from './first-rows-html';

const deployment = (id: number, name: string, status: string, extra: object = {}) => ({
  id,
  name,
  status,
  modelName: `${name}-model`,
  modelVersion: 2,
  availableInstances: 1,
  requestedInstances: 1,
  ...extra,
});

const now = Date.parse('2026-11-25T12:00:00Z');
const answer = [
  deployment(1, 'fraudmodel', 'Running', { deployed: now - 3 * 3_600_000 }),
  deployment(2, 'churnmodel', 'Starting', { condition: { type: 'STARTED', status: null, reason: 'Deployment is starting' } }),
  ...Array.from({ length: 60 }, (_, index) => deployment(100 + index, `model${index}`, 'Stopped')),
];

const htmlFor = async (search: string) => {
  const view = readListView(new URLSearchParams(search));
  return firstRowsHtml(119, (await firstPageOfAnswer(answer, view))!, now, { view });
};

/** The rows for the page's URL, as the browser reads them. */
async function rendered(search: string) {
  document.body.innerHTML = await htmlFor(search);
  return [...document.querySelectorAll('tbody tr')].map((row) => ({ name: row.getAttribute('data-deployment'), cells: [...row.children].map((cell) => cell.textContent) }));
}

describe("the list page's first rows, painted before the console renders", () => {
  it("show the page's rows for the URL with the console's status words, and link each to its overview under the page's base", async () => {
    const rows = await rendered('?status=Running,Starting');
    expect(rows.map((row) => row.name)).toEqual(['churnmodel', 'fraudmodel']);
    expect(rows[0]!.cells.slice(1, 5)).toEqual([statusTable.Starting.label, 'Deployment is starting', 'Model: churnmodel-model v2', 'Instances: 1/1']);
    expect(rows[1]!.cells[5]).toBe('Last deployed: 3 hours ago');
    expect(document.querySelector('tr[data-deployment="churnmodel"] a')!.getAttribute('href')).toBe('p/119/deployments/2');
    expect(document.querySelector('tr[data-deployment="churnmodel"] [data-status="Starting"]')!.className).toContain('status-indicator-busy');
    expect(document.querySelector('tr[data-deployment="fraudmodel"] svg[data-icon="Running"]')).not.toBeNull();
  });

  it('follow the page and size in the URL, and show the last page when the list has become shorter', async () => {
    expect(await rendered('')).toHaveLength(50);
    expect((await rendered('?page=1')).map((row) => row.name)).toEqual((await rendered('?page=9')).map((row) => row.name));
    expect(await rendered('?page=1')).toHaveLength(answer.length - 50);
  });

  it("wait for the page's own frame when they come with the page, and not when the boot code paints them after it", async () => {
    const rows = (await firstPageOfAnswer(answer, readListView(new URLSearchParams(''))))!;
    const held = (html: string) => {
      document.body.innerHTML = html;
      const section = document.querySelector('section.first-rows')!;
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
      return rules.some((rule) => rule instanceof CSSStyleRule && section.matches(rule.selectorText) && /animation/.test(rule.style.cssText));
    };
    expect(held(firstRowsHtml(119, rows, now, { afterPageFrame: true }))).toBe(true);
    expect(held(firstRowsHtml(119, rows, now))).toBe(false);
  });

  it('mark the column the URL sorts by, as the console does, and offer no control the console has not started yet', async () => {
    await rendered('?sort=status&dir=desc');
    const sorted = [...document.querySelectorAll('th[aria-sort]')];
    expect(sorted.map((header) => [header.firstChild!.textContent, header.getAttribute('aria-sort')])).toEqual([['Status', 'descending']]);
    expect(sorted[0]!.querySelector('.sort-label-active')!.getAttribute('data-direction')).toBe('desc');
    await rendered('');
    expect([...document.querySelectorAll('th[aria-sort]')].map((header) => [header.firstChild!.textContent, header.getAttribute('aria-sort')])).toEqual([['Name', 'ascending']]);
    // Start and Stop only keep their room, empty, for the console to fill.
    expect(document.querySelectorAll('button, [tabindex]')).toHaveLength(0);
    expect([...document.querySelectorAll('tbody tr')].every((row) => row.lastElementChild!.innerHTML === '<span class="row-actions-room"></span>')).toBe(true);
  });

  it('are nothing when no deployment matches', async () => {
    expect(await htmlFor('?q=nothing-like-this')).toBe('');
  });
});
