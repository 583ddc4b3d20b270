import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './wire-values';

describe('parseTimestamp', () => {
  it.each([
    ['2025-07-22T07:02:04.000Z', Date.parse('2025-07-22T07:02:04.000Z')],
    [1718000000000, 1718000000000],
    ['1718000000000', 1718000000000],
  ])('reads %j', (raw, epochMs) => expect(parseTimestamp(raw)).toBe(epochMs));

  it.each([
    ['nanoseconds', 1718000000000000000],
    ['9e15', 9e15],
    ['negative', -5],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a huge numeric string', '99999999999999999999'],
    ['an object', { seconds: 1 }],
    ['a boolean', true],
    ['null', null],
    ['an empty string', '  '],
    ['not a date', 'yesterday-ish'],
    ['the year 20000', '+020000-01-01T00:00:00Z'],
  ])('treats %s as unknown', (_case, raw) => expect(parseTimestamp(raw)).toBeUndefined());
});
