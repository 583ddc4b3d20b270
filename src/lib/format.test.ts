import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatCores, formatDuration, formatMemory, formatRelative, isoOrUndefined, formatGpus, formatLimit } from './format';

const now = Date.parse('2026-11-24T12:00:00Z');

describe('formatAbsolute', () => {
  it('formats each instant as itself, the second time too (the texts are kept for the table)', () => {
    const instants = [now, now + 61_000, Date.parse('2025-03-04T05:06:07Z')];
    const first = instants.map(formatAbsolute);
    expect(new Set(first).size).toBe(instants.length);
    expect(first[2]).toContain('2025');
    expect(instants.map(formatAbsolute)).toEqual(first);
  });
});

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

describe('formatters never throw on hostile values', () => {
  const hostile = [NaN, Infinity, -Infinity, 1718000000000000000, 9e15, -9e15, Number.MAX_VALUE];
  it.each(hostile)('%s reads "unknown" in every formatter', (value) => {
    expect(formatAbsolute(value)).toBe('unknown');
    expect(isoOrUndefined(value)).toBeUndefined();
    if (!Number.isFinite(value)) {
      expect(formatRelative(value, now)).toBe('unknown');
      expect(formatRelative(value, now, 'short')).toBe('unknown');
      expect(formatDuration(value)).toBe('unknown');
      expect(formatMemory(value)).toBe('unknown');
      expect(formatCores(value)).toBe('unknown');
      expect(formatGpus(value)).toBe('unknown');
    }
  });
});

describe('resource amounts and limits', () => {
  it.each([
    [-1, 'no limit', 'no limit', 'no limit'],
    [-2, 'unknown', 'unknown', 'unknown'],
    [undefined, '—', '—', '—'],
    [0, '0 cores', '0 MB', '0'],
    [2, '2 cores', '2 MB', '2'],
  ])('limit %s → cores "%s", memory "%s", GPUs "%s"', (value, cores, memory, gpus) => {
    expect(formatLimit(value, formatCores)).toBe(cores);
    expect(formatLimit(value, formatMemory)).toBe(memory);
    expect(formatLimit(value, formatGpus)).toBe(gpus);
  });

  it('a negative or fractional request is unknown, never "-1 cores"', () => {
    expect(formatCores(-1)).toBe('unknown');
    expect(formatMemory(-1)).toBe('unknown');
    expect(formatGpus(-1)).toBe('unknown');
    expect(formatGpus(0.5)).toBe('unknown');
  });
});
