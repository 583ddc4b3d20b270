import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Tooltip } from '@/components/tooltip';
import Typography from '@mui/material/Typography';
import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import type { LogComponent, LogTarget } from '../model/log-target';
import { useHistoricalLogsUrl, type LinkNarrowing } from './use-historical-logs-url';

interface HistoricalLogsLinkProps extends LinkNarrowing {
  target: LogTarget;
  component?: LogComponent;
  label?: string;
  variant?: 'text' | 'outlined' | 'contained';
}

function describeTime(time: { from: string; to: string }): string {
  if (time.from === 'now-1h' && time.to === 'now') return 'the last hour';
  return `${time.from.startsWith('now') ? time.from : new Date(time.from).toLocaleString()} to ${time.to === 'now' ? 'now' : new Date(time.to).toLocaleString()}`;
}

/** "See logs": opens OpenSearch Dashboards (new tab) filtered to this deployment; hover shows the filters. */
export function HistoricalLogsLink({ target, component, container, instance, time, label = 'See logs', variant = 'outlined' }: HistoricalLogsLinkProps) {
  const { opensearch } = useRuntimeConfig();
  const link = useHistoricalLogsUrl(target, { component, container, instance, time });
  const { fields } = opensearch;
  const ready = link.state === 'ready' ? link : null;
  const filters = ready && (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        Opens OpenSearch Dashboards (new tab) with:
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        <li>
          {fields.servingName} = {target.name}
        </li>
        {component && (
          <li>
            {fields.component} = {component}
          </li>
        )}
        {container && (
          <li>
            {fields.container} = {container}
          </li>
        )}
        {instance && fields.instance && (
          <li>
            {fields.instance} = {instance}
          </li>
        )}
        <li>time: {describeTime(ready.filter.time)}, newest first</li>
        <li>index pattern: {ready.indexPatternId}</li>
      </Box>
    </Box>
  );
  return (
    <Tooltip title={filters ?? (link.state === 'unavailable' ? link.reason : 'Preparing the link…')}>
      <span tabIndex={ready ? undefined : 0}>
        <Button
          variant={variant}
          component="a"
          href={ready?.url}
          target="_blank"
          rel="noopener noreferrer"
          disabled={!ready}
          endIcon={<OpenInNewOutlined aria-hidden />}
          aria-label={`${label} (historical logs in OpenSearch Dashboards, opens in a new tab)`}
        >
          {label}
        </Button>
      </span>
    </Tooltip>
  );
}
