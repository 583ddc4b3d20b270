import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from './tooltip';

describe('Tooltip (MUI’s, loaded after the first paint)', () => {
  it('names its child like MUI before it arrives, keeps the focus through the swap, then shows on hover', async () => {
    render(
      <Tooltip title="Refresh the list">
        <button type="button">⟳</button>
      </Tooltip>,
    );
    // Before MUI's tooltip has arrived: the same accessible name.
    const before = screen.getByRole('button', { name: 'Refresh the list' });
    act(() => before.focus());

    // Once it has arrived the button is rendered anew inside it, and still has the focus.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh the list' })).not.toBe(before));
    const after = screen.getByRole('button', { name: 'Refresh the list' });
    expect(after).toHaveFocus();

    act(() => after.blur());
    await userEvent.hover(after);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Refresh the list');
  });

  it('leaves a name the child gives itself', () => {
    render(
      <Tooltip title="Copy">
        <button type="button" aria-label="Copy the code">
          ⧉
        </button>
      </Tooltip>,
    );
    expect(screen.getByRole('button', { name: 'Copy the code' })).toBeInTheDocument();
  });
});
