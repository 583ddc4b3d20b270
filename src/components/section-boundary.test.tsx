import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SectionBoundary } from './section-boundary';

function Chart({ value }: { value: number }) {
  if (value < 0) throw new RangeError('Invalid array length');
  return <p>{value} instances</p>;
}

function Page({ value, answeredAt }: { value: number; answeredAt: number }) {
  return (
    <main>
      <h1>fraudmodel</h1>
      <SectionBoundary name="Resource allocation" resetKey={answeredAt}>
        <Chart value={value} />
      </SectionBoundary>
      <p>Condition steps</p>
    </main>
  );
}

describe('SectionBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps an error inside its section, and the section heals with the next good answer', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(<Page value={-1} answeredAt={1} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Resource allocation could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid array length');
    expect(screen.getByRole('heading', { level: 1, name: 'fraudmodel' })).toBeInTheDocument();
    expect(screen.getByText('Condition steps')).toBeInTheDocument();

    rerender(<Page value={-1} answeredAt={2} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Resource allocation could not be shown');

    rerender(<Page value={3} answeredAt={3} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('3 instances')).toBeInTheDocument();
  });

  it('renders a fallback in the shape its place needs (a table row)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <table>
        <tbody>
          <SectionBoundary name="The row of deployment 7" resetKey={1} renderFallback={(message) => <tr><td>{message}</td></tr>}>
            <tr>
              <td>
                <Chart value={-1} />
              </td>
            </tr>
          </SectionBoundary>
        </tbody>
      </table>,
    );
    expect(screen.getByRole('cell')).toHaveTextContent(/^The row of deployment 7 could not be shown \(Invalid array length\)/);
  });
});
