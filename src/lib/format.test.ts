import { describe, expect, it } from 'vitest';
import { formatRelative } from './format';

const now = Date.parse('2026-11-24T12:00:00Z');

describe('formatRelative — the one relative-time formatter', () => {
  it.each([
    [now - 2_000, 'just now'],
    [now - 3 * 3600_000, '3 hours ago'],
    [now + 2 * 60_000, 'in 2 minutes'],
    [now - 24 * 3600_000, 'yesterday'],
  ])('long: %s → %s', (epochMs, text) => expect(formatRelative(epochMs, now)).toBe(text));

  it.each([
    [now, '0 s ago'],
    [now - 4_400, '4 s ago'],
    [now - 59_000, '59 s ago'],
    [now - 61_000, '1 min ago'],
    [now - 2 * 3600_000 - 5, '2 h ago'],
    [now + 5_000, '0 s ago'],
  ])('short: %s → %s', (epochMs, text) => expect(formatRelative(epochMs, now, 'short')).toBe(text));
});
