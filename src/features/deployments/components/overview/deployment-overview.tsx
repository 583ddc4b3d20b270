import { useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import { ProgressBar } from '@/components/progress-bar';
import Stack from '@mui/material/Stack';
import { paths } from '@/config/paths';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { errorMessage, isApiError } from '@/lib/api/api-error';
import { ErrorPanel } from '@/components/error-panel';
import { NotFound } from '@/components/not-found';
import { RefreshIndicator } from '@/components/refresh-indicator';
import { SectionBoundary } from '@/components/section-boundary';
import { useDeployment } from '../../api/use-deployment';
import type { Deployment } from '../../api/deployment-schema';
import { failureCause } from '../../model/failure-cause';
import { ConditionStepper } from './condition-stepper';
import { DeploymentDetails } from './deployment-details';
import { FailureGuidance, type HistoricalLogsNarrowing } from './failure-guidance';
import { OverviewHeader } from './overview-header';
import { ResourceAllocation } from './resource-allocation';
import { StatusAnnouncer } from './status-announcer';
import { StatusHistory } from './status-history';
import { useObservations } from './use-observations';
import { useUsualStepTimes } from './use-usual-step-times';
import { CopyReportButton } from '@/components/copy-report-button';
import { deploymentReport } from '../../model/diagnostics-report';
import { useOutcomeNotification } from './use-outcome-notification';
import { NotifyButton } from './notify-button';
import { canNotifyOnOutcome } from '../../model/settle-notice';

interface DeploymentOverviewProps {
  projectId: number;
  deploymentId: number;
  /** "See logs": the historical logs link (from the logs feature). */
  renderSeeLogs: (deployment: Deployment) => ReactNode;
  /** A historical logs link narrowed to one component or container. */
  renderNarrowedLogsLink: (deployment: Deployment, narrow: HistoricalLogsNarrowing, label: string) => ReactNode;
  /** The first error a failed component's logs show, quoted in the failure panel. */
  renderErrorQuote?: (deployment: Deployment, component: 'predictor' | 'transformer') => ReactNode;
  /** The logs' half of "Copy diagnostics" (from the logs feature), read when asked for. */
  logsReport?: (deployment: Deployment) => Promise<string>;
  /** The logs, Live or History (from the logs feature). */
  renderLogs: (deployment: Deployment) => ReactNode;
}

/** The page behind each deployment: state, where its start or stop is, why it failed and what to do. */
export function DeploymentOverview({ projectId, deploymentId, renderSeeLogs, renderNarrowedLogsLink, renderErrorQuote, logsReport, renderLogs }: DeploymentOverviewProps) {
  const config = useRuntimeConfig();
  const [waitingForOutcome, setWaitingForOutcome] = useState(false);
  const query = useDeployment(projectId, deploymentId, config.polling, { inBackground: waitingForOutcome });
  const deployment = query.data;
  const outcome = useOutcomeNotification(deployment, waitingForOutcome, setWaitingForOutcome);
  const observations = useObservations(deployment, query.dataUpdatedAt);
  const usualStepTimes = useUsualStepTimes(projectId, deploymentId, observations.transitions);

  const gone = isApiError(query.error) && query.error.status === 404;
  if (gone && !deployment) {
    return (
      <NotFound
        title="Deployment not found"
        message={`There is no deployment with id ${deploymentId} in project ${projectId}.`}
        backTo={paths.deployments.getHref(projectId)}
        backLabel="Back to deployments"
      />
    );
  }
  if (!deployment) {
    if (query.isError) return <ErrorPanel title="The deployment could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
    return <ProgressBar label="Loading the deployment" />;
  }

  const cause = failureCause(deployment);
  return (
    <Stack spacing={2.5}>
      <StatusAnnouncer name={deployment.name} status={deployment.status} rawStatus={deployment.rawStatus} unseenOutcome={outcome.unseenOutcome} />
      <SectionBoundary name="The deployment's header" resetKey={deployment}>
        <OverviewHeader
          projectId={projectId}
          deployment={deployment}
          seeLogs={renderSeeLogs(deployment)}
          refresh={<RefreshIndicator query={query} />}
          notify={
            (waitingForOutcome || canNotifyOnOutcome(deployment.status)) && (
              <NotifyButton name={deployment.name} armed={waitingForOutcome} support={outcome.support} onArm={() => void outcome.arm()} onDisarm={outcome.disarm} />
            )
          }
          diagnostics={
            <CopyReportButton
              label="Copy diagnostics"
              title="A Markdown report for a ticket or a chat: state, steps, status history, resources, the first error and the last log lines, links"
              report={async () => {
                const ours = deploymentReport({ deployment, transitions: observations.transitions, now: Date.now(), consoleUrl: window.location.href });
                return logsReport ? `${ours}\n\n${await logsReport(deployment)}\n` : `${ours}\n`;
              }}
            />
          }
        />
      </SectionBoundary>
      {gone && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" component={RouterLink} to={paths.deployments.getHref(projectId)}>
              Back to deployments
            </Button>
          }
        >
          <AlertTitle>This deployment no longer exists</AlertTitle>
          Hopsworks answers “{(isApiError(query.error) && query.error.errorMsg) || errorMessage(query.error)}” — it may have been deleted while
          this page was open. What is shown is the last state seen; the page keeps checking.
        </Alert>
      )}
      {cause && (
        <SectionBoundary name="The failure explanation" resetKey={deployment}>
          <FailureGuidance
            deployment={deployment}
            cause={cause}
            historicalLogsLink={(narrow, label) => renderNarrowedLogsLink(deployment, narrow, label)}
            errorQuote={renderErrorQuote && ((component) => renderErrorQuote(deployment, component))}
          />
        </SectionBoundary>
      )}
      <SectionBoundary name="Condition steps" resetKey={deployment}>
        <ConditionStepper deployment={deployment} transitions={observations.transitions} usual={usualStepTimes} />
      </SectionBoundary>
      <SectionBoundary name="Resource allocation" resetKey={deployment}>
        <ResourceAllocation deployment={deployment} samples={observations.samples} />
      </SectionBoundary>
      <SectionBoundary name="The logs" resetKey={deployment}>
        {renderLogs(deployment)}
      </SectionBoundary>
      <Grid container spacing={2.5}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <SectionBoundary name="Details" resetKey={deployment}>
            <DeploymentDetails deployment={deployment} />
          </SectionBoundary>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <SectionBoundary name="Status history" resetKey={deployment}>
            <StatusHistory transitions={observations.transitions} />
          </SectionBoundary>
        </Grid>
      </Grid>
    </Stack>
  );
}
