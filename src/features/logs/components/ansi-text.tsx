import { memo, type ReactNode } from 'react';
import Anser from 'anser';
import type { SearchMatch } from '../model/log-lines';

/**
 * One log line: ANSI colour codes become coloured spans (parsed by anser), search matches become
 * <mark>. Only text nodes are created — log content is untrusted and never parsed as HTML.
 */

const ansiClassToVar: Record<string, string> = {
  'ansi-black': 'var(--log-ansi-black)',
  'ansi-red': 'var(--log-ansi-red)',
  'ansi-green': 'var(--log-ansi-green)',
  'ansi-yellow': 'var(--log-ansi-yellow)',
  'ansi-blue': 'var(--log-ansi-blue)',
  'ansi-magenta': 'var(--log-ansi-magenta)',
  'ansi-cyan': 'var(--log-ansi-cyan)',
  'ansi-white': 'var(--log-ansi-white)',
  'ansi-bright-black': 'var(--log-ansi-bright-black)',
  'ansi-bright-red': 'var(--log-ansi-red)',
  'ansi-bright-green': 'var(--log-ansi-green)',
  'ansi-bright-yellow': 'var(--log-ansi-yellow)',
  'ansi-bright-blue': 'var(--log-ansi-blue)',
  'ansi-bright-magenta': 'var(--log-ansi-magenta)',
  'ansi-bright-cyan': 'var(--log-ansi-cyan)',
  'ansi-bright-white': 'var(--log-ansi-white)',
};

interface Segment {
  content: string;
  color?: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

function segmentsOf(raw: string): Segment[] {
  if (!raw.includes('\u001b')) return [{ content: raw, bold: false, italic: false, underline: false }];
  return Anser.ansiToJson(raw, { use_classes: true, remove_empty: true }).map((entry) => {
    const decorations = entry.decorations ?? [];
    return {
      content: entry.content,
      color: entry.fg ? (ansiClassToVar[entry.fg] ?? undefined) : undefined,
      bold: decorations.includes('bold'),
      italic: decorations.includes('italic'),
      underline: decorations.includes('underline'),
    };
  });
}

interface AnsiTextProps {
  raw: string;
  /** Matches on this line, in visible-text offsets; `current` marks the selected one. */
  matches?: readonly SearchMatch[];
  currentMatch?: SearchMatch | null;
}

export const AnsiText = memo(function AnsiText({ raw, matches = [], currentMatch = null }: AnsiTextProps) {
  const segments = segmentsOf(raw);
  const nodes: ReactNode[] = [];
  let offset = 0;
  segments.forEach((segment, segmentIndex) => {
    const style = {
      color: segment.color,
      fontWeight: segment.bold ? 700 : undefined,
      fontStyle: segment.italic ? 'italic' : undefined,
      textDecoration: segment.underline ? 'underline' : undefined,
    };
    const start = offset;
    const end = offset + segment.content.length;
    const pieces: ReactNode[] = [];
    let cursor = start;
    for (const match of matches) {
      if (match.end <= start || match.start >= end) continue;
      const from = Math.max(match.start, start);
      const to = Math.min(match.end, end);
      if (from > cursor) pieces.push(segment.content.slice(cursor - start, from - start));
      const isCurrent = currentMatch !== null && match.start === currentMatch.start && match.line === currentMatch.line;
      pieces.push(
        <mark key={`${segmentIndex}-${from}`} className={isCurrent ? 'log-match log-match-current' : 'log-match'}>
          {segment.content.slice(from - start, to - start)}
        </mark>,
      );
      cursor = to;
    }
    if (cursor < end) pieces.push(segment.content.slice(cursor - start));
    nodes.push(
      style.color || style.fontWeight || style.fontStyle || style.textDecoration ? (
        <span key={segmentIndex} style={style}>
          {pieces}
        </span>
      ) : (
        pieces
      ),
    );
    offset = end;
  });
  return <>{nodes}</>;
});
