import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { NotFound } from '@/components/not-found';
import { AppShell } from './shell/app-shell';
import { RouteErrorPage } from './routes/route-error-page';
import { DeploymentsListRoute } from './routes/deployments-list-route';

function HomeRedirect() {
  const config = useRuntimeConfig();
  const location = useLocation();
  return <Navigate to={paths.deployments.getHref(config.defaultProjectId, location.search)} replace />;
}

function PageNotFound() {
  const config = useRuntimeConfig();
  return (
    <NotFound
      title="Page not found"
      message="There is nothing at this address. It may have been mistyped, or the page may have moved."
      backTo={paths.deployments.getHref(config.defaultProjectId)}
      backLabel="Go to deployments"
    />
  );
}

/** The route table: list and overview mirror Hopsworks' own URLs. */
export function createAppRouter(basename: string, mockControl?: ReactNode) {
  return createBrowserRouter(
    [
      {
        element: <AppShell mockControl={mockControl} />,
        errorElement: <RouteErrorPage />,
        children: [
          {
            // A page that fails keeps the top bar (project switcher, session) around its error.
            errorElement: <RouteErrorPage />,
            children: [
              { path: paths.home.path, element: <HomeRedirect /> },
              { path: paths.deployments.path, element: <DeploymentsListRoute /> },
              {
                path: paths.deployment.path,
                lazy: async () => ({ Component: (await import('./routes/deployment-overview-route')).DeploymentOverviewRoute }),
              },
              { path: '*', element: <PageNotFound /> },
            ],
          },
        ],
      },
    ],
    { basename },
  );
}
