import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dataOwnerOnly, isRoleRefusal } from '@/lib/api/api-error';
import { useNotify } from '@/components/notifications';
import { deploymentQueries, expectedTransitions, postDeploymentAction } from './deployment-queries';
import type { Deployment, DeploymentList } from './deployment-schema';
import { statusAfterAccepted, type LifecycleAction } from '../model/actions';

function withStatus(deployment: Deployment, action: LifecycleAction): Deployment {
  const status = statusAfterAccepted(action);
  return { ...deployment, status, rawStatus: status };
}

/** Sends START/STOP; on success shows the transition at once, then follows the backend. */
export function useDeploymentAction(projectId: number) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ deployment, action }: { deployment: Deployment; action: LifecycleAction }) =>
      postDeploymentAction(projectId, deployment.id, action),
    onSuccess: async (_result, { deployment, action }) => {
      // The next answers may still show the old status: keep polling fast until it moves.
      expectedTransitions.expect(projectId, deployment.id, deployment.status, Date.now());
      const listKey = deploymentQueries.list(projectId).queryKey;
      const detailKey = deploymentQueries.detail(projectId, deployment.id).queryKey;
      await queryClient.cancelQueries({ queryKey: deploymentQueries.all(projectId) });
      queryClient.setQueryData<DeploymentList>(listKey, (list) =>
        list && { ...list, deployments: list.deployments.map((d) => (d.id === deployment.id ? withStatus(d, action) : d)) },
      );
      queryClient.setQueryData<Deployment>(detailKey, (current) => current && withStatus(current, action));
      notify(`${action === 'START' ? 'Starting' : 'Stopping'} ${deployment.name}…`, 'info');
      void queryClient.invalidateQueries({ queryKey: deploymentQueries.all(projectId) });
    },
    onError: (error, { deployment, action }) => {
      const verb = action === 'START' ? 'start' : 'stop';
      if (isRoleRefusal(error)) {
        notify(`Could not ${verb} ${deployment.name}: ${dataOwnerOnly} (${error.message})`, 'error');
      } else {
        notify(`Could not ${verb} ${deployment.name}: ${error.message}`, 'error');
      }
      void queryClient.invalidateQueries({ queryKey: deploymentQueries.all(projectId) });
    },
  });
}
