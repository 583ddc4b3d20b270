import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from './providers';

const staleTime = 1_000;
const slowFirstRenderMs = 5_000;

/** A query whose fetches are counted, fetched once before any page shows it (as the boot code does). */
async function fetchedBeforeAnyPage(client: QueryClient) {
  let fetches = 0;
  const options = { queryKey: ['projects', 119, 'deployments', 'list'], queryFn: async () => ++fetches, staleTime };
  await client.prefetchQuery(options);
  const show = () => {
    const observer = new QueryObserver(client, options);
    return observer.subscribe(() => undefined);
  };
  return { show, fetches: () => fetches, options };
}

describe('data fetched before any page showed it', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is taken as it is by the first page, however long that page took to render', async () => {
    const client = createQueryClient();
    const query = await fetchedBeforeAnyPage(client);
    vi.advanceTimersByTime(slowFirstRenderMs);
    const hide = query.show();
    await vi.advanceTimersByTimeAsync(0);
    expect(query.fetches()).toBe(1);
    hide();
  });

  it('is fetched again, when stale, once a page that showed it has gone and another shows it', async () => {
    const client = createQueryClient();
    const query = await fetchedBeforeAnyPage(client);
    query.show()();
    vi.advanceTimersByTime(staleTime + 1);
    const hide = query.show();
    await vi.advanceTimersByTimeAsync(0);
    expect(query.fetches()).toBe(2);
    hide();
  });

  it('fetched after the app first showed a page (a hover\'s prefetch): the usual rule, refetched on mount when stale', async () => {
    const client = createQueryClient();
    const firstPage = new QueryObserver(client, { queryKey: ['session'], queryFn: async () => 'someone', staleTime });
    const hideFirstPage = firstPage.subscribe(() => undefined);
    vi.advanceTimersByTime(1);
    const query = await fetchedBeforeAnyPage(client);
    vi.advanceTimersByTime(staleTime + 1);
    const hide = query.show();
    await vi.advanceTimersByTimeAsync(0);
    expect(query.fetches()).toBe(2);
    hide();
    hideFirstPage();
  });

  it('updated since (a poll, an action): the usual rule, refetched on mount when stale', async () => {
    const client = createQueryClient();
    const query = await fetchedBeforeAnyPage(client);
    await client.refetchQueries({ queryKey: query.options.queryKey });
    vi.advanceTimersByTime(staleTime + 1);
    const hide = query.show();
    await vi.advanceTimersByTimeAsync(0);
    expect(query.fetches()).toBe(3);
    hide();
  });
});
