import { paths } from '@/config/paths';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { NotFound } from '@/components/not-found';
import { DeploymentsListPage } from '@/features/deployments/components/list/deployments-list-page';
import { useNumericParam } from './use-numeric-param';

export function DeploymentsListRoute() {
  const projectId = useNumericParam('projectId');
  const config = useRuntimeConfig();
  if (projectId === null) {
    return (
      <NotFound
        title="Project not found"
        message="The project id in this address is not a number."
        backTo={paths.deployments.getHref(config.defaultProjectId)}
        backLabel="Go to the default project"
      />
    );
  }
  return <DeploymentsListPage key={projectId} projectId={projectId} />;
}
