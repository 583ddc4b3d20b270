import { ansiToText } from './ansi';

/** Log text → lines for display: ANSI codes stripped for search, error lines found, matches counted. */

const errorPattern = /\b(ERROR|CRITICAL|FATAL)\b|Traceback \(most recent call last\)|(?:Exception|Error):/;

export interface LogLine {
  /** The line as received, with any ANSI escape codes. */
  raw: string;
  /** The text a reader sees (escape codes removed). */
  text: string;
  isError: boolean;
}

export function toLogLines(content: string): LogLine[] {
  if (content === '') return [];
  const rawLines = content.split('\n');
  if (rawLines.at(-1) === '') rawLines.pop();
  return rawLines.map(toLogLine);
}

/** One line for display. */
export function toLogLine(line: string): LogLine {
  // `\r` returns to the start of the line: progress bars redraw it frame by frame. Keep the last frame.
  const raw = line.includes('\r') ? (line.split('\r').filter((frame) => frame !== '').at(-1) ?? '') : line;
  const text = ansiToText(raw);
  return { raw, text, isError: errorPattern.test(text) };
}

export interface SearchMatch {
  line: number;
  start: number;
  end: number;
}

/** Matches of `needle` in the lines' visible text; case-insensitive unless `matchCase`. */
export function findMatches(lines: readonly Pick<LogLine, 'text'>[], needle: string, { matchCase = false, limit = 10_000 } = {}): SearchMatch[] {
  if (!needle) return [];
  const wanted = matchCase ? needle : needle.toLowerCase();
  const matches: SearchMatch[] = [];
  for (let line = 0; line < lines.length && matches.length < limit; line++) {
    const text = matchCase ? lines[line]!.text : lines[line]!.text.toLowerCase();
    let from = text.indexOf(wanted);
    while (from !== -1 && matches.length < limit) {
      matches.push({ line, start: from, end: from + wanted.length });
      from = text.indexOf(wanted, from + wanted.length);
    }
  }
  return matches;
}

export function firstErrorLine(lines: readonly LogLine[]): number {
  return lines.findIndex((line) => line.isError);
}

/** `fraudmodel-predictor-<instance>.log`, safe as a file name. */
export function logFileName(deploymentName: string, component: string, instance: string): string {
  const safe = (part: string) => part.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '') || 'log';
  return `${safe(deploymentName)}-${safe(component)}-${safe(instance)}.log`;
}
