import type { Query, QueryCache } from '@tanstack/react-query';

/**
 * Data a page takes as it is on first sight: what the boot code fetched (or found in index.html) before
 * the app first rendered — the user has seen nothing newer, however long that render took on a slow
 * machine. Anything else follows the usual rule, refetched on mount when stale: data fetched since (a
 * hover's prefetch), updated since (a poll), or shown by a page that has gone. Without this, a first
 * render slower than a query's staleTime asked for the same list again.
 */
export function refetchOnMountAfterFirstSight(cache: QueryCache): (query: Query) => boolean {
  const left = new WeakSet<Query>();
  let firstObserverAt: number | undefined;
  cache.subscribe((event) => {
    if (event.type === 'observerAdded') firstObserverAt ??= Date.now();
    if (event.type === 'observerRemoved') left.add(event.query);
  });
  const fetchedBeforeFirstRender = (query: Query) => firstObserverAt === undefined || query.state.dataUpdatedAt <= firstObserverAt;
  // true: refetched when stale (react-query's default); false: taken as it is.
  return (query) => left.has(query) || query.state.dataUpdateCount !== 1 || !fetchedBeforeFirstRender(query);
}
