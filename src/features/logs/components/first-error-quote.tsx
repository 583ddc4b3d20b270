import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { logViewParams, transientLogsAnchor } from '@/config/log-view-params';
import { logsQueries } from '../api/logs-queries';
import { toLogLine, toLogLines } from '../model/log-lines';
import { findTracebacks } from '../model/tracebacks';
import type { LogComponent, LogTarget } from '../model/log-target';
import { useHistoricalLogs } from './use-historical-logs';
import { TracebackWhereAndNext } from './traceback-summary';

/**
 * For a failure panel: the first Python error the component's logs show (the history of the last start,
 * else the live lines), quoted with its next step and a link that opens the log viewer on it.
 */
export function FirstErrorQuote({ target, component }: { target: LogTarget; component: LogComponent }) {
  const [params] = useSearchParams();
  const history = useHistoricalLogs(target, component, 'last-start', null, false);
  const live = useQuery({
    ...logsQueries.transient(target.projectId, target.id, component, 500),
    enabled: history.supported === false && target.noInstancesReason === null,
  });
  const source = history.supported ? 'history' : 'live';
  const lines = useMemo(
    () => (history.supported ? history.entries.map((entry) => toLogLine(entry.content)) : toLogLines(live.data?.[0]?.content ?? '')),
    [history.supported, history.entries, live.data],
  );
  const scriptsKey = target.scripts.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the names, not the array's identity
  const first = useMemo(() => findTracebacks(lines, target.scripts)[0], [lines, scriptsKey]);
  if (!first) return null;

  const exceptionLine = lines[first.end]!.text.trim();
  const search = new URLSearchParams(params);
  search.set(logViewParams.component, component);
  search.set(logViewParams.source, source);
  if (source === 'history') search.set(logViewParams.range, 'last-start');
  search.set(logViewParams.search, exceptionLine);
  for (const key of [logViewParams.instance, logViewParams.show, logViewParams.levels]) search.delete(key);

  return (
    <Box component="figure" aria-label="The first error in the logs" sx={{ m: 0, pl: 1.5, borderLeft: 3, borderColor: 'error.main' }}>
      <Typography component="figcaption" variant="body2" sx={{ fontWeight: 600 }}>
        The {component}&apos;s logs{source === 'history' ? ' since the last start' : ''} show:
      </Typography>
      <Typography component="blockquote" sx={{ m: 0, fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
        {first.exceptionType}
        {first.message && `: ${first.message}`}
      </Typography>
      <TracebackWhereAndNext traceback={first} />
      <Link
        component={RouterLink}
        to={{ search: `?${search.toString()}`, hash: transientLogsAnchor }}
        // At once, not smoothly after a frame: the log view then brings the match into view, and its scroll
        // must come last (a section scroll finishing after it left the match below the fold).
        onClick={() => document.getElementById(transientLogsAnchor)?.scrollIntoView()}
        variant="body2"
      >
        Show this error in the log
      </Link>
    </Box>
  );
}
