import { lazy, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { NotFound } from '@/components/not-found';
import { AppShell } from './shell/app-shell';
import { RouteErrorBoundary } from './routes/route-error-page';
import { DeploymentsListRoute } from './routes/deployments-list-route';

const DeploymentOverviewRoute = lazy(async () => ({ default: (await import('./routes/deployment-overview-route')).DeploymentOverviewRoute }));

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

/** A page that fails keeps the top bar (project switcher, session) around its error. */
function PageBoundary() {
  const location = useLocation();
  return (
    <RouteErrorBoundary resetKey={location.key}>
      <Outlet />
    </RouteErrorBoundary>
  );
}

/**
 * The route table: list and overview mirror Hopsworks' own URLs. Declarative routes (no loaders are
 * used): the data router's code would add about 18 KB gzip to the first page's JavaScript.
 */
function AppRoutes({ mockControl }: { mockControl?: ReactNode }) {
  const location = useLocation();
  return (
    <RouteErrorBoundary resetKey={location.key}>
      <Routes>
        <Route element={<AppShell mockControl={mockControl} />}>
          <Route element={<PageBoundary />}>
            <Route path={paths.home.path} element={<HomeRedirect />} />
            <Route path={paths.deployments.path} element={<DeploymentsListRoute />} />
            <Route path={paths.deployment.path} element={<DeploymentOverviewRoute />} />
            <Route path="*" element={<PageNotFound />} />
          </Route>
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}

export function AppRouter({ basename, mockControl }: { basename: string; mockControl?: ReactNode }) {
  return (
    <BrowserRouter basename={basename}>
      <AppRoutes mockControl={mockControl} />
    </BrowserRouter>
  );
}
