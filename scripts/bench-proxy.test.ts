import { describe, expect, it } from 'vitest';
import { correctedForCoordinatedOmission, percentile } from './bench-proxy.ts';

describe('the proxy benchmark’s latency figures', () => {
  it('takes the nearest-rank percentile of the answers, fractions kept', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1.5);
    expect(percentile(values, 99)).toBe(99.5);
    expect(percentile(values, 50)).toBe(50.5);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });

  it('counts the requests a slow answer held back, at the connection’s own interval', () => {
    // A connection sending every 50 ms: a 130 ms answer held back the next request by 80 ms (HdrHistogram
    // counts the held-back requests down to one interval, not below).
    expect(correctedForCoordinatedOmission([20, 130], 50).sort((a, b) => a - b)).toEqual([20, 80, 130]);
    expect(correctedForCoordinatedOmission([160], 50).sort((a, b) => a - b)).toEqual([60, 110, 160]);
    expect(correctedForCoordinatedOmission([100], 50).sort((a, b) => a - b)).toEqual([50, 100]);
    // Answers faster than the interval held back nothing.
    expect(correctedForCoordinatedOmission([20, 49.9], 50)).toEqual([20, 49.9]);
  });
});
