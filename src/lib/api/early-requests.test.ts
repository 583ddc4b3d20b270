import { describe, expect, it } from 'vitest';
import { startEarly, takeEarly } from './early-requests';

describe('requests started early', () => {
  it('are handed to the first taker only', async () => {
    startEarly('list', () => Promise.resolve(['a']), 1000);
    await expect(takeEarly('list', 10_000, 1500)).resolves.toEqual(['a']);
    expect(takeEarly('list', 10_000, 1600)).toBeUndefined();
  });

  it('are not handed out once too old', () => {
    startEarly('list', () => Promise.resolve(['a']), 1000);
    expect(takeEarly('list', 10_000, 11_001)).toBeUndefined();
  });

  it('are forgotten when they fail before anyone takes them (the query asks again itself)', async () => {
    startEarly('list', () => Promise.reject(new Error('401')), 1000);
    await Promise.resolve();
    await Promise.resolve();
    expect(takeEarly('list', 10_000, 1001)).toBeUndefined();
  });

  it('a taker of a pending request sees its failure', async () => {
    let fail!: (error: Error) => void;
    startEarly('list', () => new Promise((_resolve, reject) => (fail = reject)), 1000);
    const taken = takeEarly('list', 10_000, 1001)!;
    fail(new Error('boom'));
    await expect(taken).rejects.toThrow('boom');
  });
});
