import { findMatches, type LogLine, type SearchMatch } from './log-lines';

/**
 * Which lines a log view shows: all of them with the matches highlighted, only the matching ones (with
 * some lines of context), or only the ones that do not match; and which levels.
 */

export const logLevels = ['error', 'warning', 'info'] as const;
export type LogLevel = (typeof logLevels)[number];

export const lineSelections = ['all', 'matching', 'not-matching'] as const;
export type LineSelection = (typeof lineSelections)[number];

export const contextOptions = [0, 2, 5, 10] as const;
export const defaultContext = 2;

export interface LineFilter {
  search: string;
  matchCase: boolean;
  selection: LineSelection;
  /** Lines shown before and after each match in the "matching" selection. */
  context: number;
  /** Empty: every level. */
  levels: readonly LogLevel[];
}

const errorWords = /\b(ERROR|CRITICAL|FATAL|SEVERE)\b|\b(?:E\d{4} )|Traceback \(most recent call last\)|^\s*\w[\w.]*(Exception|Error)\b:/;
const warningWords = /\b(WARN|WARNING)\b|^W\d{4} |Warning:/;
const infoWords = /\b(INFO|DEBUG|TRACE|NOTICE)\b|^[ID]\d{4} /;

/** A line's own level, when it states one (`ERROR`, `WARNING:`, a glog `E1124 …`, an exception). */
export function statedLevel(text: string): LogLevel | undefined {
  if (errorWords.test(text)) return 'error';
  if (warningWords.test(text)) return 'warning';
  if (infoWords.test(text)) return 'info';
  return undefined;
}

const continuation = /^\s|^$|^(During handling of the above exception|The above exception was the direct cause)/;

/**
 * Each line's level: its own; a line that continues the one before it (indented, like a traceback's
 * frames, or blank) takes that line's level; any other line is info.
 */
export function lineLevels(lines: readonly Pick<LogLine, 'text' | 'isError'>[]): LogLevel[] {
  const levels: LogLevel[] = [];
  let previous: LogLevel = 'info';
  for (const line of lines) {
    const stated = line.isError ? 'error' : statedLevel(line.text);
    previous = stated ?? (continuation.test(line.text) ? previous : 'info');
    levels.push(previous);
  }
  return levels;
}

export function levelCounts(levels: readonly LogLevel[]): Record<LogLevel, number> {
  const counts: Record<LogLevel, number> = { error: 0, warning: 0, info: 0 };
  for (const level of levels) counts[level]++;
  return counts;
}

/** A row of the view: a line (its index in the lines), or a marker for lines left out between two shown ones. */
export type ShownRow = { line: number } | { hidden: number };

export interface FilteredLines {
  rows: ShownRow[];
  /** The shown lines' indices, in order. */
  shown: number[];
  /** Matches on shown lines only (what "N of M" counts and steps through). */
  matches: SearchMatch[];
  counts: Record<LogLevel, number>;
}

/** What a view shows for a filter: `rows` keep the gaps visible, so context never reads as one block. */
/** `levels`: each line's level when the shown text is not what the program printed (History adds time and instance). */
export function filterLines(lines: readonly Pick<LogLine, 'text' | 'isError'>[], filter: LineFilter, levels: readonly LogLevel[] = lineLevels(lines)): FilteredLines {
  const counts = levelCounts(levels);
  const allMatches = findMatches(lines, filter.search, { matchCase: filter.matchCase });
  const levelOk = (index: number) => filter.levels.length === 0 || filter.levels.includes(levels[index]!);
  const matched = new Set(allMatches.map((match) => match.line));
  const searching = filter.search !== '' && filter.selection !== 'all';

  const keep = new Uint8Array(lines.length);
  for (let index = 0; index < lines.length; index++) {
    if (!levelOk(index)) continue;
    if (!searching) keep[index] = 1;
    else if (filter.selection === 'not-matching') keep[index] = matched.has(index) ? 0 : 1;
    else if (matched.has(index)) {
      const from = Math.max(0, index - filter.context);
      const to = Math.min(lines.length - 1, index + filter.context);
      for (let near = from; near <= to; near++) if (levelOk(near)) keep[near] = 1;
    }
  }

  const rows: ShownRow[] = [];
  const shown: number[] = [];
  let hidden = 0;
  for (let index = 0; index < lines.length; index++) {
    if (!keep[index]) {
      hidden++;
      continue;
    }
    if (hidden > 0) rows.push({ hidden });
    hidden = 0;
    rows.push({ line: index });
    shown.push(index);
  }
  if (hidden > 0 && shown.length > 0) rows.push({ hidden });
  const matches = allMatches.filter((match) => keep[match.line]);
  return { rows, shown, matches, counts };
}

export const allLines: LineFilter = { search: '', matchCase: false, selection: 'all', context: defaultContext, levels: [] };
