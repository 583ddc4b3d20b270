import { memo, type ReactNode } from 'react';
import type { SearchMatch } from '../model/log-lines';
import { ansiSegments } from '../model/ansi';

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

interface AnsiTextProps {
  raw: string;
  /** Matches on this line, in visible-text offsets; `current` marks the selected one. */
  matches?: readonly SearchMatch[];
  currentMatch?: SearchMatch | null;
}

export const AnsiText = memo(function AnsiText({ raw, matches = [], currentMatch = null }: AnsiTextProps) {
  const segments = ansiSegments(raw);
  const nodes: ReactNode[] = [];
  let offset = 0;
  segments.forEach((segment, segmentIndex) => {
    const style = {
      color: segment.foreground ? ansiClassToVar[segment.foreground] : undefined,
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
