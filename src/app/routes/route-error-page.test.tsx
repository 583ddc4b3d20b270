import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { RouteErrorBoundary } from './route-error-page';

function Page({ broken }: { broken: boolean }) {
  if (broken) throw new TypeError("Cannot read properties of undefined (reading 'status')");
  return <h1>fraudmodel</h1>;
}

describe('RouteErrorBoundary', () => {
  it('shows what a page threw instead of a blank screen, and tries again on the next navigation', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <RouteErrorBoundary resetKey="first">
        <Page broken />
      </RouteErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This page could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent("Cannot read properties of undefined (reading 'status')");
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();

    // Same location: the error stays.
    rerender(
      <RouteErrorBoundary resetKey="first">
        <Page broken={false} />
      </RouteErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();

    // Another location (a link, back): the page is rendered again.
    rerender(
      <RouteErrorBoundary resetKey="second">
        <Page broken={false} />
      </RouteErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'fraudmodel' })).toBeInTheDocument();
  });
});
