import type { QueryClient } from '@tanstack/react-query';
import type { OpenSearchSettings } from '@/config/runtime-config';
import { errorMessage } from '@/lib/api/api-error';
import { projectQueries } from '@/lib/api/project-queries';
import { historyWindow } from '../model/history';
import { logsReport, type ComponentLogs } from '../model/log-report';
import type { LogComponent, LogTarget } from '../model/log-target';
import { buildDiscoverUrl, defaultIndexPatternId, historicalLogsFilter } from '../model/osd-link';
import { logsQueries } from './logs-queries';

const reportTail = 200;

async function componentLogs(queryClient: QueryClient, target: LogTarget, component: LogComponent, now: number): Promise<ComponentLogs> {
  const live = target.noInstancesReason === null;
  try {
    if (live) {
      const instances = await queryClient.fetchQuery({ ...logsQueries.transient(target.projectId, target.id, component, reportTail), staleTime: 5_000 });
      return { component, source: 'live', instances };
    }
    const answer = await queryClient.fetchQuery(logsQueries.history(target.projectId, target.id, component, historyWindow('last-start', now, target.deployedAt)));
    if (!answer.supported) {
      return { component, source: 'history', instances: [], unavailable: `No ${component} lines: ${target.noInstancesReason}, and this Hopsworks offers no log history.` };
    }
    const byInstance = new Map<string, string[]>();
    for (const entry of answer.entries) byInstance.set(entry.instanceName, [...(byInstance.get(entry.instanceName) ?? []), entry.content]);
    return { component, source: 'history', instances: [...byInstance].map(([instanceName, lines]) => ({ instanceName, content: lines.join('\n') })) };
  } catch (error) {
    return { component, source: live ? 'live' : 'history', instances: [], unavailable: `Could not read the ${component} logs: ${errorMessage(error)}` };
  }
}

async function seeLogsUrlWithoutToken(queryClient: QueryClient, target: LogTarget, opensearch: OpenSearchSettings): Promise<string | undefined> {
  try {
    const indexPatternId = opensearch.indexPatternId ?? defaultIndexPatternId((await queryClient.fetchQuery(projectQueries.detail(target.projectId))).name);
    // No tokenQuery: the report is pasted where others read it; they open the link with their own session.
    return buildDiscoverUrl({ ...opensearch, indexPatternId }, historicalLogsFilter(target));
  } catch {
    return undefined;
  }
}

/** The logs' half of "Copy diagnostics", read when the user asks for it (from the cache where it is fresh). */
export async function collectLogsReport(queryClient: QueryClient, target: LogTarget, opensearch: OpenSearchSettings, now = Date.now()): Promise<string> {
  const components: LogComponent[] = target.hasTransformer ? ['predictor', 'transformer'] : ['predictor'];
  const [logs, seeLogsUrl] = await Promise.all([Promise.all(components.map((component) => componentLogs(queryClient, target, component, now))), seeLogsUrlWithoutToken(queryClient, target, opensearch)]);
  return logsReport({ components: logs, scripts: target.scripts, seeLogsUrl });
}
