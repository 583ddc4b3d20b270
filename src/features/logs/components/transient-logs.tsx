import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputLabel from '@mui/material/InputLabel';
import { ProgressBar } from '@/components/progress-bar';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import { allInstancesValue, transientLogsAnchor } from '@/config/log-view-params';
import { errorMessage, hopsworksErrorCodes, isApiError } from '@/lib/api/api-error';
import { CopyButton } from '@/components/copy-button';
import { ErrorPanel } from '@/components/error-panel';
import { RefreshIndicator } from '@/components/refresh-indicator';
import { Section } from '@/components/section';
import { logsQueries } from '../api/logs-queries';
import { firstErrorLine, logFileName, toLogLines, type LogLine } from '../model/log-lines';
import { filterLines } from '../model/log-filter';
import { lazyLineTimes } from '../model/line-time';
import { mergeInstanceLogs } from '../model/merged-instances';
import { formatLogTime, fullInstant } from '../model/history';
import { logFollowIntervalMs, type LogTarget } from '../model/log-target';
import { HistoricalLogsLink } from './historical-logs-link';
import { ComponentSelect, JumpToLatestButton } from './log-controls';
import { LogLinesView, type LogLinesViewHandle } from './log-lines-view';
import { TracebackSummary } from './traceback-summary';
import { LogSearchField } from './log-search-field';
import { lineFilterOf, tailOptions, useLogViewState } from './use-log-view-state';
import { LogFilterBar } from './log-filter-bar';
import { InstanceLegend, InstanceTag } from './instance-tag';
import { LineDetails } from './line-details';


function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Unavailable({ target, reason }: { target: LogTarget; reason: string }) {
  return (
    <Alert severity="info" action={<HistoricalLogsLink target={target} variant="text" />}>
      Transient logs are not available: {reason}. Transient logs come straight from running instances; the history of this deployment&apos;s
      logs stays available in OpenSearch Dashboards (“See logs”).
    </Alert>
  );
}

function linesCount(shown: number, total: number): string {
  const word = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'line' : 'lines'}`;
  return shown === total ? word(total) : `${word(shown)} of ${total.toLocaleString('en')}`;
}

/** The lines the view shows: one instance's, or every instance's merged in time order (with who wrote each). */
function shownLines(instances: readonly { instanceName: string; content: string }[] | undefined, instanceName: string | null): { lines: LogLine[]; instanceOf: number[] } {
  if (!instances) return { lines: [], instanceOf: [] };
  if (instanceName !== null) {
    const one = instances.find((entry) => entry.instanceName === instanceName);
    return { lines: toLogLines(one?.content ?? ''), instanceOf: [] };
  }
  const merged = mergeInstanceLogs(instances.map((entry) => ({ instanceName: entry.instanceName, lines: toLogLines(entry.content) })));
  return { lines: merged.map((entry) => entry.line), instanceOf: merged.map((entry) => entry.instance) };
}

/** The last lines straight from each running instance, per component; follow, search, copy, download. */
export function TransientLogs({ target, sourceSwitch }: { target: LogTarget; sourceSwitch?: ReactNode }) {
  const [view, updateView] = useLogViewState(target.hasTransformer);
  const unavailableReason = target.noInstancesReason;
  const follow = view.follow ?? target.transitioning;
  const [scrolledAway, setScrolledAway] = useState(false);
  const [selectedMatch, setSelectedMatch] = useState({ key: '', index: 0 });
  const linesView = useRef<LogLinesViewHandle>(null);
  /** Scrolls the view to a line and stops following, so the reader stays there. */
  const showLine = (line: number) => {
    setScrolledAway(true);
    linesView.current?.scrollToLine(line);
  };

  const query = useQuery({
    ...logsQueries.transient(target.projectId, target.id, view.component, view.tail),
    enabled: unavailableReason === null,
    refetchInterval: follow ? logFollowIntervalMs : false,
  });

  const instances = query.data;
  const merged = view.instance === allInstancesValue && (instances?.length ?? 0) > 1;
  const instance = merged ? undefined : (instances?.find((entry) => entry.instanceName === view.instance) ?? instances?.[0]);
  const shown = useMemo(() => shownLines(instances, merged ? null : (instance?.instanceName ?? null)), [instances, merged, instance?.instanceName]);
  const { lines, instanceOf } = shown;
  const times = useMemo(() => lazyLineTimes(lines), [lines]);
  const spansDays = times.spanMs > 20 * 60 * 60_000;
  const formatTimeOf = (at: number | undefined) => (at === undefined ? undefined : formatLogTime(at, { withDay: spansDays, utc: view.utc }));
  const filtered = useMemo(() => filterLines(lines, lineFilterOf(view)), [lines, view]);
  const { matches } = filtered;
  // The selected match starts over whenever the search or the instance changes.
  const viewKey = merged ? allInstancesValue : (instance?.instanceName ?? '');
  const matchKey = `${view.search}\u0000${viewKey}`;
  const matchIndex = selectedMatch.key === matchKey ? Math.min(selectedMatch.index, Math.max(matches.length - 1, 0)) : 0;
  const currentMatch = matches[matchIndex] ?? null;
  const errorLine = useMemo(() => firstErrorLine(lines), [lines]);
  // A new search goes to its first match (like a browser's find), once.
  const revealedSearch = useRef<string | null>(null);
  useEffect(() => {
    if (!currentMatch || revealedSearch.current === matchKey) return;
    revealedSearch.current = matchKey;
    setScrolledAway(true);
    linesView.current?.scrollToLine(currentMatch.line);
  }, [matchKey, currentMatch]);
  const showInstance = (instanceName: string) => updateView({ instance: instanceName });
  const [opened, setOpened] = useState<{ index: number; line: LogLine; at: number | undefined; instanceName: string | undefined; viewKey: string } | null>(null);
  const openLine = (index: number) =>
    setOpened({ index, line: lines[index]!, at: times.at(index), instanceName: merged ? instances?.[instanceOf[index]!]?.instanceName : instance?.instanceName, viewKey });
  const openedHere = opened?.viewKey === viewKey ? opened : null;

  const stepMatch = (direction: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (matchIndex + direction + matches.length) % matches.length;
    setSelectedMatch({ key: matchKey, index: next });
    showLine(matches[next]!.line);
  };

  const unavailableFromServer = isApiError(query.error) && query.error.errorCode === hopsworksErrorCodes.logsUnavailable;
  const visibleText = () => filtered.shown.map((index) => (merged ? `[${instances![instanceOf[index]!]!.instanceName}] ` : '') + lines[index]!.text).join('\n');

  let body;
  if (unavailableReason) {
    body = <Unavailable target={target} reason={unavailableReason} />;
  } else if (unavailableFromServer && !instances) {
    body = <Unavailable target={target} reason={errorMessage(query.error).replace(/\.$/, '')} />;
  } else if (!instances) {
    body = query.isError ? (
      <ErrorPanel title="The transient logs could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
    ) : (
      <ProgressBar label="Loading logs" />
    );
  } else if (instances.length === 0 || (!instance && !merged)) {
    body = (
      <Alert severity="info">
        No {view.component} instance is running yet, so there are no transient logs. They appear once an instance starts.
      </Alert>
    );
  } else {
    body = (
      <Stack spacing={1.5}>
        {instances.length > 1 && (
          <Tabs
            value={merged ? allInstancesValue : instance!.instanceName}
            onChange={(_event, value: string) => updateView({ instance: value })}
            variant="scrollable"
            aria-label="Instances"
          >
            <Tab value={allInstancesValue} label="All instances" sx={{ textTransform: 'none' }} />
            {instances.map((entry) => (
              <Tab key={entry.instanceName} value={entry.instanceName} label={entry.instanceName} sx={{ textTransform: 'none' }} />
            ))}
          </Tabs>
        )}
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {merged ? (
            <InstanceLegend instanceNames={instances.map((entry) => entry.instanceName)} onSelect={showInstance} />
          ) : (
            <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              Instance: {instance!.instanceName}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {linesCount(filtered.shown.length, lines.length)}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <Button size="small" startIcon={<ErrorOutlineOutlined />} disabled={errorLine === -1} onClick={() => showLine(errorLine)}>
            Jump to first error
          </Button>
          <CopyButton text={visibleText} label="Copy these log lines" />
          <Button
            size="small"
            startIcon={<DownloadOutlined />}
            onClick={() => download(visibleText(), logFileName(target.name, view.component, merged ? 'all-instances' : instance!.instanceName))}
          >
            Download
          </Button>
        </Stack>
        <LogFilterBar idPrefix="transient-logs" view={view} counts={filtered.counts} updateView={updateView} />
        <TracebackSummary
          lines={lines}
          scripts={target.scripts}
          onShow={showLine}
        />
        <Box sx={{ position: 'relative' }}>
          {lines.length === 0 ? (
            <Alert severity="info">{merged ? 'No instance has written any log lines yet.' : 'This instance has not written any log lines yet.'}</Alert>
          ) : filtered.shown.length === 0 ? (
            <Alert severity="info">No line matches the filter. Choose “All lines” or other levels to see more.</Alert>
          ) : (
            <LogLinesView
              key={`${view.component}/${viewKey}`}
              ref={linesView}
              lines={lines}
              rows={filtered.rows}
              matches={matches}
              currentMatch={currentMatch}
              wrap={view.wrap}
              stickToBottom={follow && !scrolledAway}
              onScrolledAway={setScrolledAway}
              label={merged ? `Transient logs of all ${instances.length} instances` : `Transient logs of ${instance!.instanceName}`}
              lineTime={times.any ? (index) => formatTimeOf(times.at(index)) : undefined}
              timeWidth={spansDays ? 15 : 12}
              lineTitle={(index) => {
                const at = times.at(index);
                return at === undefined ? undefined : fullInstant(at);
              }}
              selectedLine={openedHere && lines[openedHere.index]?.text === openedHere.line.text ? openedHere.index : null}
              onSelectLine={openLine}
              lineTag={merged ? (index) => <InstanceTag instanceName={instances[instanceOf[index]!]!.instanceName} position={instanceOf[index]!} onSelect={showInstance} /> : undefined}
            />
          )}
          {follow && scrolledAway && (
            <JumpToLatestButton linesView={linesView} onJumped={() => setScrolledAway(false)} />
          )}
        </Box>
        {openedHere && (
          <LineDetails
            target={target}
            component={view.component}
            line={openedHere.line}
            number={openedHere.index + 1}
            at={openedHere.at}
            instanceName={openedHere.instanceName}
            onClose={() => setOpened(null)}
          />
        )}
      </Stack>
    );
  }

  return (
    <Section
      title="Transient logs"
      id={transientLogsAnchor}
      actions={
        <>
          {instances && <RefreshIndicator query={query} />}
          <HistoricalLogsLink target={target} component={view.component} label="See logs" variant="text" />
        </>
      }
    >
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {sourceSwitch}
          <ComponentSelect id="log-component-label" value={view.component} hasTransformer={target.hasTransformer} onChange={(component) => updateView({ component })} />
          <FormControl size="small" sx={{ minWidth: 120 }}>
            <InputLabel id="log-tail-label">Lines</InputLabel>
            <Select labelId="log-tail-label" label="Lines" value={view.tail} onChange={(event) => updateView({ tail: Number(event.target.value) })}>
              {[...new Set([...tailOptions, view.tail])].sort((a, b) => a - b).map((tail) => (
                <MenuItem key={tail} value={tail}>
                  Last {tail.toLocaleString('en')}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <LogSearchField value={view.search} matchCount={matches.length} currentIndex={matchIndex} onChange={(search) => updateView({ search })} onStep={stepMatch} />
          <FormControlLabel
            control={<Switch checked={follow} onChange={(event) => {
              setScrolledAway(false);
              updateView({ follow: event.target.checked });
            }} />}
            label="Follow"
            disabled={unavailableReason !== null}
          />
          <FormControlLabel control={<Switch checked={view.wrap} onChange={(event) => updateView({ wrap: event.target.checked })} />} label="Wrap lines" />
          <FormControlLabel control={<Switch checked={view.utc} onChange={(event) => updateView({ utc: event.target.checked })} />} label="Times in UTC" />
        </Stack>
        {body}
      </Stack>
    </Section>
  );
}
