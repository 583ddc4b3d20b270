import { describe, expect, it } from 'vitest';
import { prettyJsonOf } from './json-line';

describe('prettyJsonOf', () => {
  it('pretty-prints a line that is JSON, or a JSON object after a prefix', () => {
    expect(prettyJsonOf('{"level":"info","msg":"ready","model":{"name":"fraud","version":3}}')).toBe(
      '{\n  "level": "info",\n  "msg": "ready",\n  "model": {\n    "name": "fraud",\n    "version": 3\n  }\n}',
    );
    expect(prettyJsonOf('2025-07-22 07:02:04,123 INFO request: {"instances": [[1, 2]]}')).toBe('{\n  "instances": [\n    [\n      1,\n      2\n    ]\n  ]\n}');
  });

  it('finds nothing in lines without JSON, in broken JSON, or in brackets that only look like it', () => {
    expect(prettyJsonOf('INFO:     127.0.0.1 - "GET /" 200')).toBeUndefined();
    expect(prettyJsonOf('[2025-07-22 07:02:04 +0000] [1] [INFO] Starting')).toBeUndefined();
    expect(prettyJsonOf('payload: {"id": 7, ')).toBeUndefined();
    expect(prettyJsonOf('empty: {}')).toBeUndefined();
    expect(prettyJsonOf(`{"big": "${'x'.repeat(300_000)}"}`)).toBeUndefined();
  });
});
