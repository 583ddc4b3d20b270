import { describe, expect, it } from 'vitest';
import { allLines, filterLines, lineLevels, statedLevel, type LineFilter } from './log-filter';
import { toLogLines } from './log-lines';

const log = toLogLines(
  [
    '2025-07-22 07:02:04,100 INFO model_server: loading model',
    'INFO:     127.0.0.1:5000 - "GET /v1/models/fraud HTTP/1.1" 200 OK',
    '2025-07-22 07:02:05,000 WARNING numpy: version mismatch',
    '  continued warning detail',
    'Traceback (most recent call last):',
    '  File "/srv/app/predictor.py", line 12, in load',
    '    import xgboost',
    "ModuleNotFoundError: No module named 'xgboost'",
    'plain line without level',
    'E1124 07:02:06.000 1 main.go:42] container exited',
    'W1124 07:02:06.100 1 main.go:43] back-off restarting',
    '2025-07-22 07:02:07,000 INFO model_server: retrying Model load',
  ].join('\n'),
);

const filter = (change: Partial<LineFilter>): LineFilter => ({ ...allLines, ...change });

describe('log levels', () => {
  it('reads the level a line states, in the formats model servers, uvicorn and glog write', () => {
    expect(statedLevel('2025-07-22 07:02:04,100 INFO model_server: x')).toBe('info');
    expect(statedLevel('INFO:     127.0.0.1 - "GET /" 200')).toBe('info');
    expect(statedLevel('WARNING:root:deprecated')).toBe('warning');
    expect(statedLevel('E1124 07:02:06.000 1 main.go:42] exited')).toBe('error');
    expect(statedLevel('W1124 07:02:06.000 1 main.go:42] slow')).toBe('warning');
    expect(statedLevel('UserWarning: feature names')).toBe('warning');
    expect(statedLevel('  warnings.warn: sklearn.exceptions.InconsistentVersionWarning: x')).toBe('warning');
    expect(statedLevel('Warnings: none')).toBeUndefined();
    expect(statedLevel('just text')).toBeUndefined();
  });

  it('gives a traceback’s frames and a continuation the level of the line they continue; other lines are info', () => {
    expect(lineLevels(log)).toEqual(['info', 'info', 'warning', 'warning', 'error', 'error', 'error', 'error', 'info', 'error', 'warning', 'info']);
  });
});

describe('filterLines', () => {
  it('shows every line with no filter, and counts each level', () => {
    const result = filterLines(log, allLines);
    expect(result.shown).toEqual(log.map((_line, index) => index));
    expect(result.rows.every((row) => 'line' in row)).toBe(true);
    expect(result.counts).toEqual({ error: 5, warning: 3, info: 4 });
  });

  it('highlights without hiding when the selection is "all"', () => {
    const result = filterLines(log, filter({ search: 'model' }));
    expect(result.shown).toHaveLength(log.length);
    expect(result.matches.map((match) => match.line)).toEqual([0, 0, 1, 11, 11]);
  });

  it('"only matching" keeps the matching lines and N lines of context, and marks what it left out', () => {
    const result = filterLines(log, filter({ search: 'xgboost', selection: 'matching', context: 1 }));
    expect(result.shown).toEqual([5, 6, 7, 8]);
    expect(result.rows).toEqual([{ hidden: 5 }, { line: 5 }, { line: 6 }, { line: 7 }, { line: 8 }, { hidden: 3 }]);
    const none = filterLines(log, filter({ search: 'xgboost', selection: 'matching', context: 0 }));
    expect(none.rows).toEqual([{ hidden: 6 }, { line: 6 }, { line: 7 }, { hidden: 4 }]);
  });

  it('"not matching" shows the other lines, and match case decides what matches', () => {
    const result = filterLines(log, filter({ search: 'INFO', selection: 'not-matching', matchCase: true }));
    expect(result.shown).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.matches).toEqual([]);
    const caseless = filterLines(log, filter({ search: 'info', selection: 'not-matching' }));
    expect(caseless.shown).toEqual(result.shown);
    const cased = filterLines(log, filter({ search: 'info', selection: 'not-matching', matchCase: true }));
    expect(cased.shown).toHaveLength(log.length);
  });

  it('keeps only the chosen levels, also around matches', () => {
    expect(filterLines(log, filter({ levels: ['error'] })).shown).toEqual([4, 5, 6, 7, 9]);
    expect(filterLines(log, filter({ levels: ['warning', 'error'] })).shown).toEqual([2, 3, 4, 5, 6, 7, 9, 10]);
    const errorsNearMatch = filterLines(log, filter({ levels: ['error'], search: 'numpy', selection: 'matching', context: 3 }));
    expect(errorsNearMatch.shown).toEqual([]);
  });

  it('marks the lines left out before the first and after the last shown line, and shows nothing when nothing matches', () => {
    expect(filterLines(log, filter({ search: 'retrying', selection: 'matching', context: 0 })).rows).toEqual([{ hidden: 11 }, { line: 11 }]);
    expect(filterLines(log, filter({ search: 'no such text', selection: 'matching' })).rows).toEqual([]);
  });
});
