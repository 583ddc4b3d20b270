import { describe, expect, it } from 'vitest';
import { countText, implausibleCounts, runningOfRequested } from './instance-counts';

describe('instance counts', () => {
  it.each([
    [0, '0'],
    [3, '3'],
    [10_000, '10000'],
    [-1, '?'],
    [-3, '?'],
    [1.5, '?'],
    [10_000_000_000, '?'],
    [Number.NaN, '?'],
  ])('%s reads %s', (value, text) => expect(countText(value)).toBe(text));

  it('names the counts outside reason, and only those', () => {
    expect(implausibleCounts({ running: 1, requested: 2 })).toBeNull();
    expect(implausibleCounts({ running: -3, requested: -1 })).toBe('The server sent instance counts outside reason (running -3, requested -1); they are not shown.');
    expect(implausibleCounts({ running: 1, requested: 1e10 })).toBe('The server sent instance counts outside reason (requested 10000000000); they are not shown.');
  });

  it('"running/requested" for the list', () => {
    expect(runningOfRequested({ running: 1, requested: 2 })).toBe('1/2');
    expect(runningOfRequested({ running: -3, requested: 2 })).toBe('?/2');
  });
});
