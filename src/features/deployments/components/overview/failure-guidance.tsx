import type { ReactNode } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { logViewSearch, transientLogsAnchor } from '@/config/log-view-params';
import { formatCores, formatGpus, formatMemory } from '@/lib/format';
import type { Deployment } from '../../api/deployment-schema';
import type { FailureCause } from '../../model/failure-cause';

export type HistoricalLogsNarrowing = NonNullable<FailureCause['historicalLogs']>;

interface FailureGuidanceProps {
  deployment: Deployment;
  cause: FailureCause;
  /** A link to the historical logs narrowed to a component or container (from the logs feature). */
  historicalLogsLink: (narrow: HistoricalLogsNarrowing, label: string) => ReactNode;
  /** The first error the failing component's logs show, quoted (from the logs feature). */
  errorQuote?: (component: 'predictor' | 'transformer') => ReactNode;
}

function RequestedResources({ deployment }: { deployment: Deployment }) {
  const rows = [
    { name: 'Predictor', allocation: deployment.predictor },
    ...(deployment.transformer ? [{ name: 'Transformer', allocation: deployment.transformer }] : []),
  ];
  return (
    <Stack component="ul" sx={{ m: 0, pl: 2.5 }}>
      {rows.map(({ name, allocation }) => {
        const requests = allocation.resources?.requests;
        return (
          <li key={name}>
            {name}: {Math.max(allocation.requested, 1)} × ({formatCores(requests?.cores)}, {formatMemory(requests?.memory)}, {formatGpus(requests?.gpus ?? 0)} GPU)
          </li>
        );
      })}
    </Stack>
  );
}

/** For a failed deployment: the cause in plain words and the next action, one click away. */
export function FailureGuidance({ deployment, cause, historicalLogsLink, errorQuote }: FailureGuidanceProps) {
  const [params] = useSearchParams();
  return (
    <Alert severity="error" variant="outlined" role="region" aria-label="Why it failed">
      <AlertTitle>{cause.title}</AlertTitle>
      <Stack spacing={1.5}>
        <Typography variant="body2">{cause.explanation}</Typography>
        {cause.scheduling && (
          <Typography variant="body2">
            The scheduler says: <q>{cause.scheduling.schedulerSays}</q>
          </Typography>
        )}
        {cause.scheduling?.showRequests && (
          <div>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              Requested per instance:
            </Typography>
            <RequestedResources deployment={deployment} />
          </div>
        )}
        {cause.component && errorQuote?.(cause.component)}
        <div>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            What to do next
          </Typography>
          <Stack component="ol" sx={{ m: 0, pl: 2.5 }}>
            {cause.nextSteps.map((step) => (
              <Typography component="li" variant="body2" key={step}>
                {step}
              </Typography>
            ))}
          </Stack>
        </div>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {cause.component && (
            <Button
              variant="contained"
              color="error"
              component={RouterLink}
              to={{ search: logViewSearch(params, cause.component), hash: transientLogsAnchor }}
              onClick={() => requestAnimationFrame(() => document.getElementById(transientLogsAnchor)?.scrollIntoView({ behavior: 'smooth' }))}
            >
              Open {cause.component} logs
            </Button>
          )}
          {cause.historicalLogs &&
            historicalLogsLink(cause.historicalLogs, `${cause.historicalLogs.container ?? cause.historicalLogs.component} logs in OpenSearch`)}
        </Stack>
      </Stack>
    </Alert>
  );
}
