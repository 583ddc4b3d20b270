import type { Query, QueryCache } from '@tanstack/react-query';

/**
 * Data a page takes as it is on first sight: what the boot code fetched (or found in index.html) while the
 * console's code loaded — the user has seen nothing newer, however long the first render took on a slow
 * machine. Once a page that showed a query has gone, the usual rule is back: refetched on mount when
 * stale. Without this, a first render slower than a query's staleTime asked for the same list again.
 */
export function refetchOnMountAfterFirstSight(cache: QueryCache): (query: Query) => boolean {
  const left = new WeakSet<Query>();
  cache.subscribe((event) => {
    if (event.type === 'observerRemoved') left.add(event.query);
  });
  // true: refetched when stale (react-query's default); false: taken as it is.
  return (query) => left.has(query) || query.state.dataUpdateCount !== 1;
}
