import { useState } from 'react';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { defaultHistoryRange } from '../model/history';
import type { LogTarget } from '../model/log-target';
import { HistoricalLogs } from './historical-logs';
import { TransientLogs } from './transient-logs';
import { useLogViewState, type LogSource } from './use-log-view-state';

/**
 * The overview's logs: "Live" (the transient lines of running instances) or "History" (OpenSearch, through
 * Hopsworks). History is the default exactly when the live lines are gone or tell only half the story:
 * no instance runs, or the last start failed.
 */
export function DeploymentLogs({ target }: { target: LogTarget }) {
  const [view, updateView] = useLogViewState(target.hasTransformer);
  // Chosen when the page opens: a deployment stopping under the reader's eyes does not swap the viewer.
  const [defaultSource] = useState<LogSource>(() => (target.noInstancesReason !== null || target.failed ? 'history' : 'live'));
  const source: LogSource = view.source ?? defaultSource;
  const sourceSwitch = (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={source}
      onChange={(_event, value: LogSource | null) => value && updateView({ source: value })}
      aria-label="Log source"
    >
      <ToggleButton value="live">Live</ToggleButton>
      <ToggleButton value="history">History</ToggleButton>
    </ToggleButtonGroup>
  );
  if (source === 'history') {
    const range = view.range ?? (target.failed && target.deployedAt !== undefined ? 'last-start' : defaultHistoryRange);
    return <HistoricalLogs target={target} view={view} range={range} updateView={updateView} sourceSwitch={sourceSwitch} />;
  }
  return <TransientLogs target={target} sourceSwitch={sourceSwitch} />;
}
