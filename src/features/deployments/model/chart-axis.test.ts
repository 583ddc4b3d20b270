import { describe, expect, it } from 'vitest';
import { axisTicks, isDrawableCount } from './chart-axis';

describe('instance chart axis', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [1000, [0, 200, 400, 600, 800, 1000]],
    [9999, [0, 2000, 4000, 6000, 8000, 10000]],
  ])('max %s → %j', (max, ticks) => expect(axisTicks(max)).toEqual(ticks));

  it.each([1_000_000, 10_000_000_000, -3, NaN, Infinity, 2.5])('never draws a tick per unit or for an unreadable max (%s)', (max) => {
    expect(axisTicks(max).length).toBeLessThanOrEqual(6);
  });

  it.each([
    [0, true],
    [10_000, true],
    [10_001, false],
    [-1, false],
    [1.5, false],
    [NaN, false],
    ['3', false],
    [null, false],
  ])('%s is drawable: %s', (value, drawable) => expect(isDrawableCount(value)).toBe(drawable));
});
