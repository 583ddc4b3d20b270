import { useCallback, type ReactNode } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { paths } from '@/config/paths';
import { readLogComponentAndTail } from '@/config/log-view-params';
import { CodeDialogButton } from '@/components/code-dialog-button';
import { overviewSnippet } from '../../model/python-snippets';
import type { Deployment } from '../../api/deployment-schema';
import { StatusIndicator } from '../status-indicator';
import { DeploymentActions } from '../deployment-actions';
import { useLifecycleActions } from '../use-lifecycle-actions';

interface OverviewHeaderProps {
  projectId: number;
  deployment: Deployment;
  seeLogs: ReactNode;
  refresh: ReactNode;
  /** "Notify me", while the deployment is on its way to an outcome. */
  notify?: ReactNode;
  /** "Copy diagnostics". */
  diagnostics?: ReactNode;
}

/** Name, status, the condition one-liner, actions and "See logs". */
export function OverviewHeader({ projectId, deployment, seeLogs, refresh, notify, diagnostics }: OverviewHeaderProps) {
  const currentOf = useCallback((id: number) => (id === deployment.id ? deployment : undefined), [deployment]);
  const { actions, dialog } = useLifecycleActions(projectId, currentOf);
  const [params] = useSearchParams();
  return (
    <Stack spacing={1.5}>
      <Link component={RouterLink} to={paths.deployments.getHref(projectId)} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, width: 'fit-content' }}>
        <ArrowBackOutlined fontSize="small" aria-hidden />
        Deployments
      </Link>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {deployment.name}
        </Typography>
        <StatusIndicator status={deployment.status} rawStatus={deployment.rawStatus} size="medium" />
        <Box sx={{ flexGrow: 1 }} />
        {refresh}
      </Box>
      <Typography id="condition-reason" color={deployment.condition?.status === false ? 'error' : 'text.secondary'} sx={{ overflowWrap: 'anywhere' }}>
        {deployment.condition?.reason || 'The server reported no condition for this deployment.'}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <DeploymentActions
          deployment={deployment}
          size="medium"
          pending={actions.pendingId === deployment.id}
          permission={actions.permission}
          onStart={actions.start}
          onStop={actions.requestStop}
        />
        {dialog}
        {seeLogs}
        {notify}
        {diagnostics}
        <CodeDialogButton
          title={`Python for ${deployment.name}`}
          intro="The same with the Hopsworks Python client (pip install hopsworks), in a notebook or a job of this project."
          code={() => overviewSnippet({ name: deployment.name, status: deployment.status, hasTransformer: deployment.transformer !== null }, readLogComponentAndTail(params, deployment.transformer !== null))}
        />
      </Stack>
    </Stack>
  );
}
