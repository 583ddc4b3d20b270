import { useQuery } from '@tanstack/react-query';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { errorMessage } from '@/lib/api/api-error';
import { projectQueries } from '@/lib/api/project-queries';
import { logsQueries } from '../api/logs-queries';
import { buildDiscoverUrl, defaultIndexPatternId, defaultTimeWindow, tokenQueryFromJwtAnswer, type HistoricalLogsFilter } from '../model/osd-link';
import type { LogComponent, LogTarget } from '../model/log-target';

export type HistoricalLogsLink =
  | { state: 'ready'; url: string; filter: HistoricalLogsFilter; indexPatternId: string }
  | { state: 'pending' }
  | { state: 'unavailable'; reason: string };

/** The OpenSearch Dashboards Discover link for a deployment's historical logs, per the runtime settings. */
export interface LinkNarrowing {
  component?: LogComponent;
  container?: string;
  instance?: string;
  /** Instead of the default window (e.g. a few minutes around one line). */
  time?: HistoricalLogsFilter['time'];
}

export function useHistoricalLogsUrl(target: LogTarget, { time, ...narrow }: LinkNarrowing = {}): HistoricalLogsLink {
  const { opensearch } = useRuntimeConfig();
  const project = useQuery({ ...projectQueries.detail(target.projectId), enabled: opensearch.indexPatternId === null });
  const token = useQuery({ ...logsQueries.openSearchToken(target.projectId), enabled: opensearch.useHopsworksJwt });
  const indexPatternId = opensearch.indexPatternId ?? (project.data ? defaultIndexPatternId(project.data.name) : null);
  if (!indexPatternId) {
    if (project.isError) {
      return {
        state: 'unavailable',
        reason: `The project name, which names the logs' index pattern, could not be read (${errorMessage(project.error)}). Set opensearch.indexPatternId in config.json.`,
      };
    }
    return { state: 'pending' };
  }
  const filter: HistoricalLogsFilter = {
    servingName: target.name,
    ...narrow,
    time: time ?? defaultTimeWindow(target.failed, target.deployedAt),
  };
  const url = buildDiscoverUrl({ ...opensearch, indexPatternId, tokenQuery: tokenQueryFromJwtAnswer(token.data) }, filter);
  return { state: 'ready', url, filter, indexPatternId };
}
