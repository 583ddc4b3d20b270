import { paths } from '@/config/paths';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { NotFound } from '@/components/not-found';
import { DeploymentOverview } from '@/features/deployments/components/overview/deployment-overview';
import type { Deployment } from '@/features/deployments/api/deployment-schema';
import { isTransitioning, noInstancesReason } from '@/features/deployments/model/status';
import { HistoricalLogsLink } from '@/features/logs/components/historical-logs-link';
import { DeploymentLogs } from '@/features/logs/components/deployment-logs';
import { FirstErrorQuote } from '@/features/logs/components/first-error-quote';
import { collectLogsReport } from '@/features/logs/api/collect-logs-report';
import { useQueryClient } from '@tanstack/react-query';
import type { LogTarget } from '@/features/logs/model/log-target';
import { useNumericParam } from './use-numeric-param';

function logTarget(projectId: number, deployment: Deployment): LogTarget {
  return {
    projectId,
    id: deployment.id,
    name: deployment.name,
    noInstancesReason: noInstancesReason(deployment.status),
    failed: deployment.status === 'Failed',
    hasTransformer: deployment.transformer !== null,
    deployedAt: deployment.deployed,
    transitioning: isTransitioning(deployment.status),
    scripts: [deployment.predictorScript, deployment.transformerScript].filter((script): script is string => script !== undefined),
  };
}

/** The overview page: the deployments feature's overview, with the logs feature's viewer and links. */
export function DeploymentOverviewRoute() {
  const config = useRuntimeConfig();
  const queryClient = useQueryClient();
  const projectId = useNumericParam('projectId');
  const deploymentId = useNumericParam('deploymentId');
  if (projectId === null || deploymentId === null) {
    return (
      <NotFound
        title="Deployment not found"
        message="This address does not name a deployment: project and deployment ids are numbers."
        backTo={paths.deployments.getHref(projectId ?? config.defaultProjectId)}
        backLabel="Back to deployments"
      />
    );
  }
  return (
    <DeploymentOverview
      key={`${projectId}/${deploymentId}`}
      projectId={projectId}
      deploymentId={deploymentId}
      renderSeeLogs={(deployment) => <HistoricalLogsLink target={logTarget(projectId, deployment)} />}
      renderNarrowedLogsLink={(deployment, narrow, label) => (
        <HistoricalLogsLink target={logTarget(projectId, deployment)} component={narrow.component} container={narrow.container} label={label} />
      )}
      renderErrorQuote={(deployment, component) => <FirstErrorQuote target={logTarget(projectId, deployment)} component={component} />}
      logsReport={(deployment) => collectLogsReport(queryClient, logTarget(projectId, deployment), config.opensearch)}
      renderLogs={(deployment) => <DeploymentLogs target={logTarget(projectId, deployment)} />}
    />
  );
}
