import { describe, expect, it } from 'vitest';
import { lazyLineTimes, lineTimes, parseLineTime } from './line-time';

const utc = (iso: string) => Date.parse(iso);

describe('parseLineTime', () => {
  it('reads the formats model servers write, as UTC unless the line names a zone', () => {
    expect(parseLineTime('2025-07-22 07:02:04,123 INFO model_server: ready')).toBe(utc('2025-07-22T07:02:04.123Z'));
    expect(parseLineTime('2025-07-22 07:02:04.123 1 kserve INFO [model_server.py:500] Starting')).toBe(utc('2025-07-22T07:02:04.123Z'));
    expect(parseLineTime('2025-07-22T07:02:04.123456Z stdout F hello')).toBe(utc('2025-07-22T07:02:04.123Z'));
    expect(parseLineTime('2025-07-22T09:02:04+02:00 started')).toBe(utc('2025-07-22T07:02:04Z'));
    expect(parseLineTime('[2025-07-22 07:02:04 +0000] [1] [INFO] Starting gunicorn 22.0.0')).toBe(utc('2025-07-22T07:02:04Z'));
    expect(parseLineTime('[2025-07-22 09:32:04 +0230] [1] [INFO] Listening')).toBe(utc('2025-07-22T07:02:04Z'));
  });

  it('reads glog lines, which carry no year, in the year of `now` (last year for a December line read in January)', () => {
    expect(parseLineTime('I0722 07:02:04.123456 1 main.go:42] ready', utc('2025-08-01T00:00:00Z'))).toBe(utc('2025-07-22T07:02:04.123Z'));
    expect(parseLineTime('E1231 23:59:59.000000 1 main.go:42] exit', utc('2026-01-01T00:10:00Z'))).toBe(utc('2025-12-31T23:59:59Z'));
  });

  it('finds no time in lines without one, or with an impossible one', () => {
    expect(parseLineTime('INFO:     127.0.0.1:5000 - "GET /v1/models/fraud HTTP/1.1" 200 OK')).toBeUndefined();
    expect(parseLineTime('  File "/srv/app/predictor.py", line 12, in load')).toBeUndefined();
    expect(parseLineTime('2025-13-40 07:02:04 nonsense')).toBeUndefined();
    expect(parseLineTime('20250722 070204')).toBeUndefined();
    expect(parseLineTime('')).toBeUndefined();
  });
});

describe('lineTimes', () => {
  it('gives a line without a time the time of the line before it', () => {
    expect(lineTimes(['no time yet', '2025-07-22 07:02:04,000 ERROR boom', 'Traceback (most recent call last):', '2025-07-22 07:02:05,000 INFO ok'])).toEqual([
      undefined,
      utc('2025-07-22T07:02:04Z'),
      utc('2025-07-22T07:02:04Z'),
      utc('2025-07-22T07:02:05Z'),
    ]);
  });
});

describe('lazyLineTimes', () => {
  /** Lines that count how often their text is read. */
  function countedLines(texts: string[]) {
    const reads = texts.map(() => 0);
    const lines = texts.map((text, index) => ({
      get text() {
        reads[index]!++;
        return text;
      },
    }));
    return { lines, reads };
  }

  it('reads a line only when asked for it (and the edges, for the span), once', () => {
    const texts = ['no time yet', ...Array.from({ length: 1_000 }, (_, i) => `2025-07-22 07:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},000 INFO line ${i}`), 'trailing'];
    const { lines, reads } = countedLines(texts);
    const times = lazyLineTimes(lines);
    expect(times.any).toBe(true);
    expect(times.spanMs).toBe(utc('2025-07-22T07:16:39Z') - utc('2025-07-22T07:00:00Z'));
    expect(times.at(500)).toBe(parseLineTime(texts[500]!));
    expect(times.at(500)).toBe(parseLineTime(texts[500]!));
    expect(times.at(0)).toBeUndefined();
    expect(reads.filter((count) => count > 0)).toHaveLength(5);
    expect(Math.max(...reads)).toBe(1);
  });

  it('has no times and no span for lines without one, nor outside the lines', () => {
    const times = lazyLineTimes([{ text: 'a' }, { text: 'b' }]);
    expect(times).toMatchObject({ any: false, spanMs: 0 });
    expect(times.at(5)).toBeUndefined();
  });
});
