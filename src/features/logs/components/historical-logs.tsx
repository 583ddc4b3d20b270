import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputLabel from '@mui/material/InputLabel';
import { ProgressBar } from '@/components/progress-bar';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import { transientLogsAnchor } from '@/config/log-view-params';
import { ErrorPanel } from '@/components/error-panel';
import { Section } from '@/components/section';
import { formatAbsolute } from '@/lib/format';
import { formatLogTime, fullInstant, historyRanges, shortInstanceLabel, type HistoryRangeId } from '../model/history';
import { toLogLine } from '../model/log-lines';
import { filterLines } from '../model/log-filter';
import { LogFilterBar } from './log-filter-bar';
import { LineDetails } from './line-details';
import { InstanceLegend, InstanceTag } from './instance-tag';
import type { LogTarget } from '../model/log-target';
import { HistoricalLogsLink } from './historical-logs-link';
import { ComponentSelect, JumpToLatestButton } from './log-controls';
import { LogLinesView, type LogLinesViewHandle } from './log-lines-view';
import { LogSearchField } from './log-search-field';
import { TracebackSummary } from './traceback-summary';
import { useHistoricalLogs } from './use-historical-logs';
import { lineFilterOf, type LogViewState } from './use-log-view-state';

interface HistoricalLogsProps {
  target: LogTarget;
  view: LogViewState;
  range: HistoryRangeId;
  updateView: (change: Partial<LogViewState>) => void;
  /** The Live / History choice, shown with the other controls. */
  sourceSwitch: ReactNode;
}

/** The lines of the deployment's instances from OpenSearch, through Hopsworks: they outlive the instances. */
export function HistoricalLogs(props: HistoricalLogsProps) {
  const { view, range } = props;
  // A new component, range or instance starts from a new "now".
  return <HistoricalLogsView key={`${view.component}|${range}|${view.instance ?? ''}`} {...props} />;
}

function HistoricalLogsView({ target, view, range, updateView, sourceSwitch }: HistoricalLogsProps) {
  const follow = view.follow ?? false;
  const history = useHistoricalLogs(target, view.component, range, view.instance, follow);
  // Every instance seen in this view stays a choice, also after narrowing the view to one of them.
  const instancesInView = useMemo(() => [...new Set(history.entries.map((entry) => entry.instanceName))], [history.entries]);
  const [instancesSeen, setInstancesSeen] = useState<string[]>([]);
  const newInstances = instancesInView.filter((name) => !instancesSeen.includes(name));
  if (newInstances.length) setInstancesSeen([...instancesSeen, ...newInstances].sort());
  const [scrolledAway, setScrolledAway] = useState(false);
  const [matchIndex, setMatchIndex] = useState(0);
  const [openedDocId, setOpenedDocId] = useState<string | null>(null);
  const linesView = useRef<LogLinesViewHandle>(null);
  /** Scrolls the view to a line and stops following, so the reader stays there. */
  const showLine = (line: number) => {
    setScrolledAway(true);
    linesView.current?.scrollToLine(line);
  };

  const allInstances = view.instance === null;
  const spansDays = history.window.until - history.window.since > 20 * 60 * 60_000;
  const showInstance = (instanceName: string) => updateView({ instance: instanceName });
  // Each line as its program printed it; its time and (with every instance shown) its instance are columns.
  const lines = useMemo(() => history.entries.map((entry) => toLogLine(entry.content)), [history.entries]);
  const filtered = useMemo(() => filterLines(lines, lineFilterOf(view)), [lines, view]);
  const { matches } = filtered;
  // Older lines arrive above the reader: keep the line they were reading at the top.
  const shownFirst = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const firstDocId = history.entries[0]?.docId;
    if (firstDocId === shownFirst.current) return;
    const previousFirst = history.entries.findIndex((entry) => entry.docId === shownFirst.current);
    if (previousFirst > 0 && scrolledAway) linesView.current?.keepLineAtTop(previousFirst);
    shownFirst.current = firstDocId;
  }, [history.entries, scrolledAway]);
  const currentIndex = Math.min(matchIndex, Math.max(matches.length - 1, 0));
  // A new search goes to its first match (like a browser's find), once.
  const revealedSearch = useRef<string | null>(null);
  const firstMatchLine = matches[currentIndex]?.line;
  useEffect(() => {
    if (firstMatchLine === undefined || revealedSearch.current === view.search) return;
    revealedSearch.current = view.search;
    setScrolledAway(true);
    linesView.current?.scrollToLine(firstMatchLine);
  }, [view.search, firstMatchLine]);
  const openedIndex = openedDocId === null ? -1 : history.entries.findIndex((entry) => entry.docId === openedDocId);
  const openedEntry = history.entries[openedIndex];
  const stepMatch = (direction: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (currentIndex + direction + matches.length) % matches.length;
    setMatchIndex(next);
    showLine(matches[next]!.line);
  };

  const seeLogs = <HistoricalLogsLink target={target} component={view.component} label="See logs" variant="text" />;
  let body;
  if (history.supported === false) {
    body = (
      <Alert severity="info" action={seeLogs}>
        This Hopsworks server does not offer log history to the console (it is an older version that answers only with the live lines
        of running instances). The full history is in OpenSearch Dashboards.
      </Alert>
    );
  } else if (history.error && history.entries.length === 0) {
    body = <ErrorPanel title="The historical logs could not be loaded" error={history.error} onRetry={history.refetch} />;
  } else if (history.isPending) {
    body = <ProgressBar label="Loading historical logs" />;
  } else {
    const olderButton = history.loadOlder && (
      <Button size="small" startIcon={history.isLoadingOlder ? <CircularProgress size={14} aria-label="Loading older lines" /> : <HistoryOutlined />} disabled={history.isLoadingOlder} onClick={history.loadOlder}>
        Load older lines
      </Button>
    );
    body = (
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary">
            {filtered.shown.length === lines.length ? '' : `${filtered.shown.length.toLocaleString('en')} shown of `}
            {lines.length.toLocaleString('en')} {lines.length === 1 ? 'line' : 'lines'} from {formatAbsolute(history.window.since)} to{' '}
            {follow ? 'now' : formatAbsolute(history.window.until)}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          {olderButton}
        </Stack>
        {allInstances && instancesSeen.length > 1 && <InstanceLegend instanceNames={instancesSeen} onSelect={showInstance} />}
        <LogFilterBar idPrefix="history" view={view} counts={filtered.counts} updateView={updateView} />
        {lines.length === 0 ? (
          <Alert severity="info">
            No {view.component} log lines{view.instance ? ` from ${view.instance}` : ''} in this time range. Choose a longer range or load older lines.
          </Alert>
        ) : (
          <Stack spacing={1.5}>
            <TracebackSummary
              lines={lines}
              scripts={target.scripts}
              onShow={showLine}
            />
            <Box sx={{ position: 'relative' }}>
              {filtered.shown.length === 0 && <Alert severity="info">No line matches the filter. Choose “All lines” or other levels to see more.</Alert>}
              <LogLinesView
                ref={linesView}
                lines={lines}
                rows={filtered.rows}
                matches={matches}
                currentMatch={matches[currentIndex] ?? null}
                wrap={view.wrap}
                lineTitle={(index) => (history.entries[index] ? fullInstant(history.entries[index].at) : undefined)}
                lineTime={(index) => (history.entries[index] ? formatLogTime(history.entries[index].at, { withDay: spansDays, utc: view.utc }) : undefined)}
                timeWidth={spansDays ? 15 : 12}
                lineTag={
                  allInstances
                    ? (index) => {
                        const name = history.entries[index]?.instanceName ?? '';
                        return <InstanceTag instanceName={name} position={Math.max(0, instancesSeen.indexOf(name))} onSelect={showInstance} />;
                      }
                    : undefined
                }
                stickToBottom={!scrolledAway}
                onScrolledAway={setScrolledAway}
                onReachTop={history.loadOlder && !history.isLoadingOlder ? history.loadOlder : undefined}
                selectedLine={openedEntry ? openedIndex : null}
                onSelectLine={(index) => setOpenedDocId(history.entries[index]?.docId ?? null)}
                label={`Historical logs of ${view.instance ?? `all ${view.component} instances`}`}
              />
              {scrolledAway && (
                <JumpToLatestButton linesView={linesView} onJumped={() => setScrolledAway(false)} />
              )}
            </Box>
            {openedEntry && (
              <LineDetails
                target={target}
                component={view.component}
                line={lines[openedIndex]!}
                number={openedIndex + 1}
                at={openedEntry.at}
                instanceName={openedEntry.instanceName}
                onClose={() => setOpenedDocId(null)}
              />
            )}
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Section title="Historical logs" id={transientLogsAnchor} actions={seeLogs}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {sourceSwitch}
          <ComponentSelect id="history-component-label" value={view.component} hasTransformer={target.hasTransformer} onChange={(component) => updateView({ component })} />
          <FormControl size="small" sx={{ minWidth: 190 }}>
            <InputLabel id="history-range-label">Time range</InputLabel>
            <Select labelId="history-range-label" label="Time range" value={range} onChange={(event) => updateView({ range: event.target.value as HistoryRangeId })}>
              {historyRanges.map((option) => (
                <MenuItem key={option.id} value={option.id}>
                  {option.label}
                </MenuItem>
              ))}
              {target.deployedAt !== undefined && <MenuItem value="last-start">Since the last start</MenuItem>}
            </Select>
          </FormControl>
          <FormControl size="small" sx={{ minWidth: 190 }}>
            <InputLabel id="history-instance-label" shrink>
              Instance
            </InputLabel>
            <Select
              labelId="history-instance-label"
              label="Instance"
              value={view.instance ?? ''}
              displayEmpty
              notched
              onChange={(event) => updateView({ instance: event.target.value === '' ? null : String(event.target.value) })}
            >
              <MenuItem value="">All instances</MenuItem>
              {[...new Set([...instancesSeen, ...(view.instance ? [view.instance] : [])])].map((name) => (
                <MenuItem key={name} value={name}>
                  {shortInstanceLabel(name)} — {name}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <LogSearchField value={view.search} matchCount={matches.length} currentIndex={currentIndex} onChange={(search) => updateView({ search })} onStep={stepMatch} />
          <FormControlLabel control={<Switch checked={follow} onChange={(event) => updateView({ follow: event.target.checked })} />} label="Follow" />
          <FormControlLabel control={<Switch checked={view.wrap} onChange={(event) => updateView({ wrap: event.target.checked })} />} label="Wrap lines" />
          <FormControlLabel control={<Switch checked={view.utc} onChange={(event) => updateView({ utc: event.target.checked })} />} label="Times in UTC" />
        </Stack>
        {body}
      </Stack>
    </Section>
  );
}
