import { describe, expect, it } from 'vitest';
import { deploymentSchema } from '../api/deployment-schema';
import { pollingInterval } from '../api/deployment-queries';
import { applyListView, countByStatus, countLabel, defaultListView, instancesLabel, pageOf, pageOfView, pageSizes, readListView, sortColumns, writeListView, type ListView } from './list-view';

const deployment = (id: number, name: string, status: string, extra: object = {}) =>
  deploymentSchema.parse({ id, name, status, modelName: `${name}-model`, availableInstances: id % 3, requestedInstances: 2, ...extra });

const all = [
  deployment(1, 'fraudmodel', 'Running', { deployed: 3000 }),
  deployment(2, 'churnmodel', 'Failed', { deployed: 1000 }),
  deployment(3, 'Alpha', 'Idle', { deployed: 2000, transformer: 't.py', availableTransformerInstances: 0, requestedTransformerInstances: 1 }),
  deployment(4, 'beta', 'Running', { modelName: 'fraud-scorer' }),
];

describe('list view in the URL', () => {
  it('reads defaults from an empty query', () => {
    expect(readListView(new URLSearchParams())).toEqual(defaultListView);
  });

  it('round-trips search, statuses, sort, page and size', () => {
    const view = { query: 'fraud #1', statuses: ['Failed', 'Idle'] as const, sort: 'deployed' as const, direction: 'desc' as const, page: 2, pageSize: 100 };
    const params = writeListView({ ...view, statuses: [...view.statuses] }, new URLSearchParams('scenario=large'));
    expect(params.get('scenario')).toBe('large');
    expect(readListView(new URLSearchParams(params.toString()))).toEqual({ ...view, statuses: [...view.statuses] });
  });

  it('ignores values it does not know instead of failing', () => {
    const view = readListView(new URLSearchParams('status=running,bogus&sort=nope&dir=sideways&page=-3&size=7'));
    expect(view).toMatchObject({ statuses: ['Running'], sort: 'name', direction: 'asc', page: 0, pageSize: 50 });
  });
});

describe('applyListView', () => {
  const names = (view: Partial<Parameters<typeof applyListView>[1]>) =>
    applyListView(all, { query: '', statuses: [], sort: 'name', direction: 'asc', ...view }).map((d) => d.name);

  it('sorts by name, case-insensitively, in both directions', () => {
    expect(names({})).toEqual(['Alpha', 'beta', 'churnmodel', 'fraudmodel']);
    expect(names({ direction: 'desc' })).toEqual(['fraudmodel', 'churnmodel', 'beta', 'Alpha']);
  });

  it('searches deployment and model names', () => {
    expect(names({ query: 'FRAUD' })).toEqual(['beta', 'fraudmodel']);
  });

  it('filters by one or more statuses', () => {
    expect(names({ statuses: ['Running'] })).toEqual(['beta', 'fraudmodel']);
    expect(names({ statuses: ['Failed', 'Idle'] })).toEqual(['Alpha', 'churnmodel']);
  });

  it('sorts by last deployed with never-deployed ones first when ascending', () => {
    expect(names({ sort: 'deployed' })).toEqual(['beta', 'churnmodel', 'Alpha', 'fraudmodel']);
  });

  it('sorts an unreadable deployed time with the never-deployed ones, keeping the rest in order', () => {
    const rows = [...all, deployment(5, 'garbled', 'Running', { deployed: 1718000000000000000 })];
    const sorted = applyListView(rows, { query: '', statuses: [], sort: 'deployed', direction: 'asc' }).map((row) => row.name);
    expect(sorted.slice(2)).toEqual(['churnmodel', 'Alpha', 'fraudmodel']);
    expect(new Set(sorted.slice(0, 2))).toEqual(new Set(['beta', 'garbled']));
  });
});

describe('counts and labels', () => {
  it('counts per status in the status table order', () => {
    expect(countByStatus(all)).toEqual([
      { status: 'Running', count: 2 },
      { status: 'Idle', count: 1 },
      { status: 'Failed', count: 1 },
    ]);
    expect(countLabel('Running', 2000)).toBe('2,000 running');
  });

  it('shows running/requested for predictor, and transformer when there is one', () => {
    expect(instancesLabel(all[0]!)).toBe('1/2');
    expect(instancesLabel(all[2]!)).toBe('0/2 · 0/1');
  });
});

describe('pollingInterval', () => {
  const intervals = { transitioningMs: 1500, settledMs: 15000 };
  it('is fast while anything shown is transitioning, slow when all is settled', () => {
    expect(pollingInterval(all, intervals)).toBe(15000);
    expect(pollingInterval([...all, deployment(9, 'x', 'Starting')], intervals)).toBe(1500);
    expect(pollingInterval(undefined, intervals)).toBe(1500);
  });
});

describe('pageOfView', () => {
  // A small deterministic generator: many equal names, statuses, models and times, so that ties are common.
  let seed = 7;
  const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below;
  const statuses = ['Running', 'Failed', 'Idle', 'Starting', 'Stopped', 'bogus'];
  const rows = Array.from({ length: 400 }, (_, index) =>
    deployment(index + 1, `model${random(60)}${random(4) === 0 ? 'X' : ''}`, statuses[random(statuses.length)]!, {
      modelName: random(5) === 0 ? undefined : `m${random(8)}`,
      modelVersion: random(3),
      condition: random(4) === 0 ? null : { type: 'READY', status: true, reason: `reason ${random(5)}` },
      deployed: random(6) === 0 ? 'not a time' : random(10) * 1000,
      availableInstances: random(3),
      requestedInstances: random(3),
    }),
  );

  it('shows the same page as sorting, filtering and paging the whole list', () => {
    let views = 0;
    for (const sort of sortColumns)
      for (const direction of ['asc', 'desc'] as const)
        for (const pageSize of pageSizes)
          for (const page of [0, 1, 3, 99])
            for (const [query, wanted] of [['', []], ['model1', []], ['', ['Failed', 'Idle']], ['m3', ['Running']]] as const) {
              const view: ListView = { query, statuses: [...wanted], sort, direction, page, pageSize };
              const expected = pageOf(applyListView(rows, view), view);
              const actual = pageOfView(rows, view);
              expect(actual.page, JSON.stringify(view)).toBe(expected.page);
              expect(actual.rows.map((row) => row.id), JSON.stringify(view)).toEqual(expected.rows.map((row) => row.id));
              views += 1;
            }
    expect(views).toBe(sortColumns.length * 2 * pageSizes.length * 4 * 4);
  });
});
