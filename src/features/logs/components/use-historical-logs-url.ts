import { useQuery } from '@tanstack/react-query';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { errorMessage } from '@/lib/api/api-error';
import { projectQueries } from '@/lib/api/project-queries';
import { logsQueries } from '../api/logs-queries';
import { buildDiscoverUrl, defaultIndexPatternId, historicalLogsFilter, tokenQueryFromJwtAnswer, type HistoricalLogsFilter, type LinkNarrowing } from '../model/osd-link';
import type { LogTarget } from '../model/log-target';

export type HistoricalLogsLink =
  | { state: 'ready'; url: string; filter: HistoricalLogsFilter; indexPatternId: string }
  | { state: 'pending' }
  | { state: 'unavailable'; reason: string };

/** The OpenSearch Dashboards Discover link for a deployment's historical logs, per the runtime settings. */
export type { LinkNarrowing };

export function useHistoricalLogsUrl(target: LogTarget, narrow: LinkNarrowing = {}): HistoricalLogsLink {
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
  const filter = historicalLogsFilter(target, narrow);
  const url = buildDiscoverUrl({ ...opensearch, indexPatternId, tokenQuery: tokenQueryFromJwtAnswer(token.data) }, filter);
  return { state: 'ready', url, filter, indexPatternId };
}
