import { useMemo, useState } from 'react';
import { useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { fetchHistoricalLogs, logsQueries } from '../api/logs-queries';
import { historyWindow, mergeHistory, olderWindow, type HistoryAnswer, type HistoryEntry, type HistoryRangeId, type TimeWindow } from '../model/history';
import { logFollowIntervalMs, type LogComponent, type LogTarget } from '../model/log-target';

/** How far back "Load older lines" goes. */
const oldestReachMs = 30 * 24 * 60 * 60_000;
/** Lines a followed history keeps (the newest). */
const followedLinesKept = 20_000;

export interface HistoricalLogs {
  /** undefined until the first answer: whether this server offers history. */
  supported: boolean | undefined;
  entries: HistoryEntry[];
  /** The time span asked for so far (older windows included). */
  window: TimeWindow;
  isPending: boolean;
  error: unknown;
  refetch: () => void;
  loadOlder: (() => void) | null;
  isLoadingOlder: boolean;
  isFetching: boolean;
}

/** The windows' answers as one (stable while they do not change: react-query memoises a stable `combine`). */
function combinePages(pages: UseQueryResult<HistoryAnswer>[]) {
  return {
    entries: mergeHistory(...pages.map((page) => (page.data?.supported ? page.data.entries : []))),
    supported: pages[0]?.data?.supported,
    isPending: pages[0]?.isPending ?? true,
    error: pages.find((page) => page.error)?.error ?? null,
    isFetchingOldest: pages.length > 1 && pages.at(-1)?.isFetching === true,
    isFetching: pages.some((page) => page.isFetching),
    refetchFailed: () => pages.forEach((page) => page.error && void page.refetch()),
  };
}

/**
 * The lines of a time range, newest window first, with older windows loaded on demand; when following,
 * a moving `since` cursor asks only for what is new, and lines are kept once by docId. The caller keys
 * the component that uses it by component, range and instance: a new view starts from a new "now".
 */
export function useHistoricalLogs(target: LogTarget, component: LogComponent, range: HistoryRangeId, pod: string | null, follow: boolean): HistoricalLogs {
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState(() => ({ at: Date.now(), older: 0 }));

  const windows = useMemo(() => {
    const list = [historyWindow(range, anchor.at, target.deployedAt)];
    for (let i = 0; i < anchor.older; i++) list.push(olderWindow(list.at(-1)!));
    return list;
  }, [range, anchor.at, anchor.older, target.deployedAt]);

  const pages = useQueries({
    queries: windows.map((window) => logsQueries.history(target.projectId, target.id, component, { ...window, pod: pod ?? undefined })),
    combine: combinePages,
  });
  const supported = pages.supported;

  const followKey = ['projects', target.projectId, 'logs', target.id, 'history-follow', component, pod, anchor.at] as const;
  const followed = useQuery({
    queryKey: followKey,
    enabled: follow && supported === true,
    refetchInterval: follow ? logFollowIntervalMs : false,
    queryFn: async ({ signal }) => {
      const previous = queryClient.getQueryData<HistoryEntry[]>(followKey) ?? [];
      const since = previous.at(-1)?.at ?? windows[0]!.until;
      const answer = await fetchHistoricalLogs(target.projectId, target.id, component, { since, until: Date.now(), pod: pod ?? undefined }, signal);
      return answer.supported ? mergeHistory(previous, answer.entries).slice(-followedLinesKept) : previous;
    },
  });

  const entries = useMemo(() => (followed.data?.length ? mergeHistory(pages.entries, followed.data) : pages.entries), [pages.entries, followed.data]);

  const oldest = windows.at(-1)!;
  const canGoOlder = supported === true && oldest.since > anchor.at - oldestReachMs;
  return {
    supported,
    entries,
    window: { since: oldest.since, until: followed.data?.at(-1)?.at ?? windows[0]!.until },
    isPending: pages.isPending,
    error: pages.error ?? followed.error,
    refetch: pages.refetchFailed,
    loadOlder: canGoOlder ? () => setAnchor((current) => ({ ...current, older: current.older + 1 })) : null,
    isLoadingOlder: pages.isFetchingOldest,
    isFetching: pages.isFetching || followed.isFetching,
  };
}
