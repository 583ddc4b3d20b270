import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { AppProviders } from '@/app/providers';
import { parseRuntimeConfig } from '@/config/runtime-config';
import { formatAbsolute } from '@/lib/format';
import { RelativeTime } from './relative-time';

describe('RelativeTime', () => {
  it('says how long ago, with the absolute time on hover and for screen readers only', () => {
    const at = Date.now() - 3 * 60 * 60_000;
    render(
      <AppProviders config={parseRuntimeConfig({})}>
        <RelativeTime epochMs={at} />
      </AppProviders>,
    );
    const absolute = formatAbsolute(at);
    const time = screen.getByText(/3 hours? ago/);
    expect(time).toHaveAttribute('title', absolute);
    const spoken = screen.getByText(`(${absolute})`);
    expect(time).toContainElement(spoken);
    // Hidden by the app's global styles (a class, not an inline style: a table renders one per row).
    expect(getComputedStyle(spoken)).toMatchObject({ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' });
  });
});
