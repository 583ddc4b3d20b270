import { useCallback, useMemo } from 'react';
import { useSearchParamsUpdate } from '@/lib/use-search-params-update';
import { defaultTail, logViewParams, readLogComponentAndTail } from '@/config/log-view-params';
import { isHistoryRange, type HistoryRangeId } from '../model/history';
import { contextOptions, defaultContext, lineSelections, logLevels, type LineFilter, type LineSelection, type LogLevel } from '../model/log-filter';
import type { LogComponent } from '../model/log-target';

export const tailOptions = [10, 50, 100, 500, 1000] as const;

export interface LogViewState {
  component: LogComponent;
  instance: string | null;
  tail: number;
  search: string;
  /** null: not set in the URL (the default depends on the deployment). */
  follow: boolean | null;
  wrap: boolean;
  /** Line times in UTC instead of the browser's time zone. */
  utc: boolean;
  /** Live (transient) or History (OpenSearch); null: not set in the URL (the default depends on the deployment). */
  source: LogSource | null;
  /** History's time range; null: not set (the default depends on the deployment). */
  range: HistoryRangeId | null;
  selection: LineSelection;
  context: number;
  matchCase: boolean;
  levels: LogLevel[];
}

/** The view's line filter (what `filterLines` takes). */
export function lineFilterOf(view: LogViewState): LineFilter {
  return { search: view.search, matchCase: view.matchCase, selection: view.selection, context: view.context, levels: view.levels };
}

export type LogSource = 'live' | 'history';

/** The log viewer's options, kept in the URL so that a log view can be shared. */
export function useLogViewState(hasTransformer: boolean) {
  const [params, setParams] = useSearchParamsUpdate();
  const state = useMemo<LogViewState>(() => {
    const { component, tail } = readLogComponentAndTail(params, hasTransformer);
    const follow = params.get(logViewParams.follow);
    const source = params.get(logViewParams.source);
    const range = params.get(logViewParams.range);
    const show = params.get(logViewParams.show);
    const context = Number(params.get(logViewParams.context) ?? defaultContext);
    const levels = (params.get(logViewParams.levels) ?? '').split(',');
    return {
      component,
      instance: params.get(logViewParams.instance),
      tail,
      search: params.get(logViewParams.search) ?? '',
      follow: follow === '1' ? true : follow === '0' ? false : null,
      wrap: params.get(logViewParams.wrap) === '1',
      utc: params.get(logViewParams.timeZone) === 'utc',
      source: source === 'live' || source === 'history' ? source : null,
      range: isHistoryRange(range) ? range : null,
      selection: (lineSelections as readonly string[]).includes(show ?? '') ? (show as LineSelection) : 'all',
      context: (contextOptions as readonly number[]).includes(context) ? context : defaultContext,
      matchCase: params.get(logViewParams.matchCase) === '1',
      levels: logLevels.filter((level) => levels.includes(level)),
    };
  }, [params, hasTransformer]);

  const update = useCallback(
    (change: Partial<LogViewState>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const set = (key: string, value: string | null) => (value === null || value === '' ? next.delete(key) : next.set(key, value));
          if ('component' in change) {
            set(logViewParams.component, change.component ?? null);
            next.delete(logViewParams.instance);
          }
          if ('instance' in change) set(logViewParams.instance, change.instance ?? null);
          if ('tail' in change) set(logViewParams.tail, change.tail === defaultTail ? null : String(change.tail));
          if ('search' in change) set(logViewParams.search, change.search ?? null);
          if ('follow' in change) set(logViewParams.follow, change.follow === null || change.follow === undefined ? null : change.follow ? '1' : '0');
          if ('wrap' in change) set(logViewParams.wrap, change.wrap ? '1' : null);
          if ('utc' in change) set(logViewParams.timeZone, change.utc ? 'utc' : null);
          if ('source' in change) {
            set(logViewParams.source, change.source ?? null);
            next.delete(logViewParams.instance);
          }
          if ('range' in change) set(logViewParams.range, change.range ?? null);
          if ('selection' in change) set(logViewParams.show, change.selection === 'all' ? null : (change.selection ?? null));
          if ('context' in change) set(logViewParams.context, change.context === defaultContext || change.context === undefined ? null : String(change.context));
          if ('matchCase' in change) set(logViewParams.matchCase, change.matchCase ? '1' : null);
          if ('levels' in change) set(logViewParams.levels, change.levels?.length ? change.levels.join(',') : null);
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );

  return [state, update] as const;
}
