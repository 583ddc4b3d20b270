import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CodeDialogButton } from './code-dialog-button';

describe('CodeDialogButton', () => {
  it('shows the code it loads when opened, and says so when it could not be loaded', async () => {
    let fails = true;
    render(
      <CodeDialogButton
        title="Python for the deployments"
        intro="In a notebook."
        code={async () => {
          if (fails) throw new Error('Failed to fetch dynamically imported module');
          return 'print("hello")';
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Python' }));
    expect(await screen.findByRole('dialog', { name: /Python for the deployments/ })).toHaveTextContent('The code could not be loaded');

    await userEvent.click(screen.getByRole('button', { name: /close/i }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fails = false;
    await userEvent.click(screen.getByRole('button', { name: 'Python' }));
    expect(await screen.findByRole('dialog', { name: /Python for the deployments/ })).toHaveTextContent('print("hello")');
  });
});
