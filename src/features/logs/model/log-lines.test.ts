import { describe, expect, it } from 'vitest';
import { findMatches, firstErrorLine, logFileName, toLogLines } from './log-lines';
import { ansiSegments, ansiToText } from './ansi';

describe('toLogLines', () => {
  it('splits lines, drops the trailing newline and carriage returns', () => {
    expect(toLogLines('a\r\nb\n').map((l) => l.raw)).toEqual(['a', 'b']);
    expect(toLogLines('')).toEqual([]);
  });

  it('strips ANSI escape codes for the visible text and keeps them in raw', () => {
    const [line] = toLogLines('\u001b[32mINFO\u001b[0m kserve: ready');
    expect(line).toMatchObject({ text: 'INFO kserve: ready', raw: '\u001b[32mINFO\u001b[0m kserve: ready' });
  });

  it.each([
    ['ERROR kserve: predictor failed', true],
    ['2024 CRITICAL out of memory', true],
    ['Traceback (most recent call last):', true],
    ["FileNotFoundError: [Errno 2] No such file or directory: 'x'", true],
    ['ValueError: bad input', true],
    ['requests.exceptions.ConnectionError: refused', true],
    ['INFO uvicorn: Application startup complete.', false],
    ['INFO errors_total counter initialised', false],
    ['raise mypackage.CustomException: boom', true],
    ['INFO ErrorCount: 3, ExceptionRate: 0', false],
    ['INFO saw Error : spaced', false],
  ])('%s → error line: %s', (text, isError) => {
    expect(toLogLines(text)[0]!.isError).toBe(isError);
  });

  it('keeps HTML as text', () => {
    expect(toLogLines('<img src=x onerror=alert(1)>')[0]!.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('handles 100,000 lines', () => {
    const content = Array.from({ length: 100_000 }, (_, i) => `line ${i}`).join('\n');
    const lines = toLogLines(content);
    expect(lines).toHaveLength(100_000);
    expect(lines.at(-1)!.text).toBe('line 99999');
  });
});

describe('findMatches', () => {
  it('finds every case-insensitive match with its position', () => {
    const lines = toLogLines('Error here\nno\nerror and ERROR');
    expect(findMatches(lines, 'error')).toEqual([
      { line: 0, start: 0, end: 5 },
      { line: 2, start: 0, end: 5 },
      { line: 2, start: 10, end: 15 },
    ]);
    expect(findMatches(lines, '')).toEqual([]);
  });

  it('matches the visible text, not escape codes', () => {
    expect(findMatches(toLogLines('\u001b[31mred\u001b[0m'), '31m')).toEqual([]);
  });
});

describe('firstErrorLine and logFileName', () => {
  it('finds the first error line', () => {
    expect(firstErrorLine(toLogLines('ok\nTraceback (most recent call last):\nERROR x'))).toBe(1);
    expect(firstErrorLine(toLogLines('ok'))).toBe(-1);
  });

  it('names the download after deployment, component and instance', () => {
    expect(logFileName('fraudmodel', 'predictor', 'fraudmodel-predictor-00001-deployment-7d9f-x2kqp')).toBe(
      'fraudmodel-predictor-fraudmodel-predictor-00001-deployment-7d9f-x2kqp.log',
    );
    expect(logFileName('it\'s "odd"/name', 'transformer', 'a b')).toBe('it_s_odd_name-transformer-a_b.log');
  });
});

describe('one ANSI reader for what is searched, downloaded and drawn', () => {
  it.each([
    ['plain', 'plain'],
    ['\u001b[31mERROR\u001b[0m colored', 'ERROR colored'],
    ['cut off at the end \u001b[3', 'cut off at the end '],
    ['cut off \u001b[38;5;1', 'cut off '],
    ['\u001b[1;32mbold green\u001b[0m and \u001b[4munderlined', 'bold green and underlined'],
  ])('%j reads as %j, and the drawn segments are that text', (raw, text) => {
    expect(ansiToText(raw)).toBe(text);
    expect(toLogLines(raw)[0]!.text).toBe(text);
    expect(ansiSegments(raw).map((segment) => segment.content).join('')).toBe(text);
  });

  it('puts a search match on the characters shown', () => {
    const lines = toLogLines('\u001b[31mERROR\u001b[0m in \u001b[1mpredict\u001b[0m');
    const [match] = findMatches(lines, 'predict');
    expect(lines[0]!.text.slice(match!.start, match!.end)).toBe('predict');
  });
});

describe('carriage returns', () => {
  it('keep only the last frame of a progress bar, as a terminal shows it', () => {
    const lines = toLogLines('Downloading:  10%|#         |\rDownloading:  50%|#####     |\rDownloading: 100%|##########|\r\nnext line\r\n');
    expect(lines.map((line) => line.text)).toEqual(['Downloading: 100%|##########|', 'next line']);
  });
});
