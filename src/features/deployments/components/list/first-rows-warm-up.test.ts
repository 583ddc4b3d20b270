// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultListView, readListView } from '../../model/list-view';
import { knownStatuses } from '../../model/status';
import { warmUpFirstRows } from './first-rows-warm-up';

describe("the first rows' warm-up while the list is on its way", () => {
  it('builds a full page of rows through the same pick and reader, in every status, whatever the view, and touches no page', async () => {
    document.body.innerHTML = '<p>the loading page</p>';
    for (const view of [defaultListView, readListView(new URLSearchParams('?q=nothing-like-it&status=Failed&sort=deployed&dir=desc&page=9&size=25'))]) {
      const host = document.createElement('tbody');
      host.innerHTML = await warmUpFirstRows(view);
      expect(host.querySelectorAll('tr[data-deployment]')).toHaveLength(view.pageSize);
      const shown = new Set([...host.querySelectorAll('[data-status]')].map((status) => status.getAttribute('data-status')));
      expect([...shown].sort()).toEqual([...knownStatuses].sort());
    }
    expect(document.body.innerHTML).toBe('<p>the loading page</p>');
  });
});
