import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '@/app/providers';
import { parseRuntimeConfig } from '@/config/runtime-config';

/**
 * Renders an element at a route with the app's providers and a fresh query client (no retries);
 * `otherRoutes` are there to navigate to, and `basename` mounts the app under a base path.
 */
export function renderAt(path: string, routePath: string, element: ReactElement, { otherRoutes = [], basename }: { otherRoutes?: RouteObject[]; basename?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: routePath, element }, ...otherRoutes], { initialEntries: [basename ? `${basename}${path}` : path], basename });
  const result = render(
    <AppProviders config={parseRuntimeConfig({})} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, queryClient, router };
}
