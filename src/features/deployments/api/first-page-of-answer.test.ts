import { describe, expect, it } from 'vitest';
import { deploymentListSchema } from './deployment-schema';
import { firstPageOfAnswer } from './first-page-of-answer';
import { pageOfView, pageSizes, sortColumns, type ListView } from '../model/list-view';

// A deterministic generator of rows as a server might send them: ties everywhere, and every kind of
// field the list reads leniently — wrong types, numeric strings, unreadable rows, ids listed twice.
let seed = 11;
const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below;
const pick = <T>(values: readonly T[]) => values[random(values.length)]!;

const wireRow = (index: number): unknown => {
  if (random(40) === 0) return pick([null, 'a row', [index], { name: `no-id-${index}` }, { id: index, name: '' }]);
  return {
    id: random(25) === 0 ? String(random(300)) : random(300),
    name: `model${random(40)}${pick(['', 'X', ' b'])}`,
    status: pick(['Running', 'failed', ' Idle ', 'Starting', 'Stopped', 'bogus', 7, undefined]),
    modelName: pick([`m${random(6)}`, '', '  ', 12, null, undefined]),
    modelVersion: pick([random(3), String(random(3)), 'v2', null, undefined]),
    condition: pick([null, 'ready', [1], { type: 'READY', status: true, reason: `reason ${random(4)}` }, { reason: 5 }, undefined]),
    deployed: pick([random(9) * 1000, new Date(random(9) * 1000).toISOString(), 'not a time', '', null, undefined, 9e15]),
    availableInstances: pick([random(3), String(random(3)), 'x', undefined]),
    requestedInstances: pick([random(3), '1', null, undefined]),
    transformer: pick(['transformer.py', undefined]),
    availableTransformerInstances: random(2),
  };
};

const answer = Array.from({ length: 500 }, (_, index) => wireRow(index));

describe('firstPageOfAnswer', () => {
  it('shows the same rows as reading the whole list and then picking the page', async () => {
    const { deployments } = await deploymentListSchema.parseAsync(answer);
    let views = 0;
    for (const sort of sortColumns)
      for (const direction of ['asc', 'desc'] as const)
        for (const pageSize of pageSizes)
          for (const page of [0, 2, 99])
            for (const [query, wanted] of [['', []], ['model1', []], ['', ['Failed', 'Unknown']], ['m3', ['Running']]] as const) {
              const view: ListView = { query, statuses: [...wanted], sort, direction, page, pageSize };
              expect(await firstPageOfAnswer(answer, view), JSON.stringify(view)).toEqual(pageOfView(deployments, view).rows);
              views += 1;
            }
    expect(views).toBe(sortColumns.length * 2 * pageSizes.length * 3 * 4);
  });

  it('reads {count, items} like a bare array, and nothing from an answer that is not a list', async () => {
    const view: ListView = { query: '', statuses: [], sort: 'name', direction: 'asc', page: 0, pageSize: 25 };
    expect(await firstPageOfAnswer({ count: answer.length, items: answer }, view)).toEqual(await firstPageOfAnswer(answer, view));
    expect(await firstPageOfAnswer({ count: 0 }, view)).toEqual([]);
    for (const notAList of [null, 'rows', { items: 'rows' }, 42]) expect(await firstPageOfAnswer(notAList, view)).toBeUndefined();
  });
});
