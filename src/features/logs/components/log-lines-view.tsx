import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { scrollMarginBelowAppBar } from '@/components/section';
import type { ShownRow } from '../model/log-filter';
import type { LogLine, SearchMatch } from '../model/log-lines';
import { AnsiText } from './ansi-text';

export interface LogLinesViewHandle {
  scrollToLine: (line: number) => void;
  scrollToBottom: () => void;
  /** Puts this line at the top of the view (keeps the reader's place when older lines arrive above). */
  keepLineAtTop: (line: number) => void;
}

interface LogLinesViewProps {
  lines: readonly LogLine[];
  matches: readonly SearchMatch[];
  currentMatch: SearchMatch | null;
  wrap: boolean;
  /** Keep the view at the newest line. */
  stickToBottom: boolean;
  /** Called with true when the reader scrolls away from the bottom, false when back at it. */
  onScrolledAway: (away: boolean) => void;
  /** Called when the reader scrolls to the very top (to load older lines). */
  onReachTop?: () => void;
  label: string;
  /** A line's hover text (e.g. its full instant). */
  lineTitle?: (index: number) => string | undefined;
  /** What to show (a filter's rows); all lines when absent. */
  rows?: readonly ShownRow[];
  /** A column before the text: the line's time, as the view formats it. */
  lineTime?: (index: number) => string | undefined;
  /** A column before the text: which instance wrote the line (the merged view). */
  lineTag?: (index: number) => ReactNode;
  /** Width of the time column (in `ch`), when there is one. */
  timeWidth?: number;
  /** The line opened for details (its number is a button that opens it). */
  selectedLine?: number | null;
  onSelectLine?: (line: number) => void;
}

const lineHeight = 20;

/** The lines of one instance, virtualised so that 100,000 lines keep a small DOM. */
export const LogLinesView = forwardRef<LogLinesViewHandle, LogLinesViewProps>(function LogLinesView(
  { lines, matches, currentMatch, wrap, stickToBottom, onScrolledAway, onReachTop, label, lineTitle, rows: shownRows, lineTime, lineTag, timeWidth = 12, selectedLine = null, onSelectLine },
  ref,
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo<readonly ShownRow[]>(() => shownRows ?? lines.map((_line, index) => ({ line: index })), [shownRows, lines]);
  const rowOfLine = useMemo(() => {
    const byLine = new Map<number, number>();
    rows.forEach((row, index) => 'line' in row && byLine.set(row.line, index));
    return byLine;
  }, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => lineHeight,
    overscan: 30,
  });

  const matchesByLine = useMemo(() => {
    const byLine = new Map<number, SearchMatch[]>();
    for (const match of matches) {
      const list = byLine.get(match.line);
      if (list) list.push(match);
      else byLine.set(match.line, [match]);
    }
    return byLine;
  }, [matches]);

  const scrollToBottom = useCallback(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
  }, [rows.length, virtualizer]);

  // A line the filter hides: the nearest shown row before it.
  const rowFor = useCallback(
    (line: number) => rowOfLine.get(line) ?? Math.max(0, rows.findLastIndex((row) => 'line' in row && row.line < line)),
    [rowOfLine, rows],
  );
  const virtualItems = virtualizer.getVirtualItems();
  // A line scrolled to on the reader's request is brought into the page's view too, once the virtualiser
  // has rendered it (a frame or several later): the log box, then the current match sideways in a long
  // line. Only then: a poll's new lines or matches never move the page.
  const [lineToReveal, setLineToReveal] = useState<number | null>(null);
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (lineToReveal === null || !box) return;
    const row = box.querySelector<HTMLElement>(`[data-index="${rowFor(lineToReveal)}"]`);
    if (!row) return;
    setLineToReveal(null);
    // Optional calls: jsdom (the component tests) has no scrollIntoView.
    box.scrollIntoView?.({ block: 'nearest' });
    row.querySelector<HTMLElement>('mark.log-match-current')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [lineToReveal, rowFor, virtualItems]);
  useImperativeHandle(ref, () => ({
    scrollToLine: (line) => {
      setLineToReveal(line);
      virtualizer.scrollToIndex(rowFor(line), { align: 'center' });
    },
    scrollToBottom: () => {
      setLineToReveal(null);
      scrollToBottom();
    },
    keepLineAtTop: (line) => {
      setLineToReveal(null);
      virtualizer.scrollToIndex(rowFor(line), { align: 'start' });
    },
  }));

  useEffect(() => {
    if (stickToBottom) scrollToBottom();
  }, [stickToBottom, scrollToBottom, rows]);

  // Open on the newest lines, like a terminal.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => scrollToBottom(), []);

  useEffect(() => {
    // Wrapped lines have different heights: measure again when wrapping changes.
    virtualizer.measure();
  }, [wrap, virtualizer]);

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element) return;
    onScrolledAway(element.scrollTop + element.clientHeight < element.scrollHeight - lineHeight);
    if (onReachTop && element.scrollTop < lineHeight && element.scrollHeight > element.clientHeight) onReachTop();
  };

  const gutter = `calc(${String(lines.length).length}ch + 16px)`;
  // One tab stop among the line numbers (a roving tab index): the opened line, else the current match's,
  // else the first line in view; the arrow keys move between them.
  const scrolledTo = virtualizer.scrollOffset ?? 0;
  const firstInView = virtualItems
    .filter((item) => item.start >= scrolledTo)
    .map((item) => rows[item.index])
    .find((row): row is { line: number } => row !== undefined && 'line' in row)?.line;
  const tabStop = selectedLine ?? currentMatch?.line ?? firstInView;
  const moveFocus = (fromRow: number, step: 1 | -1) => {
    let row = fromRow + step;
    while (row >= 0 && row < rows.length && !('line' in rows[row]!)) row += step;
    if (row < 0 || row >= rows.length) return;
    virtualizer.scrollToIndex(row, { align: 'auto' });
    const focus = (attempt: number) => {
      const button = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${row}"] button`);
      if (button) button.focus();
      else if (attempt < 5) requestAnimationFrame(() => focus(attempt + 1));
    };
    requestAnimationFrame(() => focus(0));
  };
  return (
    <Box
      ref={scrollRef}
      onScroll={onScroll}
      role="log"
      aria-label={label}
      tabIndex={0}
      sx={(theme) => ({
        height: 480,
        scrollMarginTop: scrollMarginBelowAppBar,
        overflow: 'auto',
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
        fontSize: 13,
        lineHeight: `${lineHeight}px`,
        bgcolor: 'background.default',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        '--log-ansi-black': theme.palette.text.primary,
        '--log-ansi-red': theme.vars?.palette.status.failed ?? theme.palette.status.failed,
        '--log-ansi-green': theme.vars?.palette.status.running ?? theme.palette.status.running,
        '--log-ansi-yellow': theme.vars?.palette.status.stopping ?? theme.palette.status.stopping,
        '--log-ansi-blue': theme.vars?.palette.status.starting ?? theme.palette.status.starting,
        '--log-ansi-magenta': theme.vars?.palette.status.updating ?? theme.palette.status.updating,
        '--log-ansi-cyan': theme.vars?.palette.status.idle ?? theme.palette.status.idle,
        '--log-ansi-white': theme.palette.text.primary,
        '--log-ansi-bright-black': theme.palette.text.secondary,
        '& .log-match': { bgcolor: 'warning.light', color: 'common.black', borderRadius: '2px' },
        '& .log-match-current': { outline: '2px solid', outlineColor: 'primary.main', bgcolor: 'warning.main' },
      })}
    >
      <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: '100%', width: wrap ? '100%' : 'max-content' }}>
        {virtualItems.map((item) => {
          const row = rows[item.index]!;
          const rowSx = {
            position: 'absolute',
            top: 0,
            left: 0,
            minWidth: '100%',
            width: wrap ? '100%' : 'max-content',
            transform: `translateY(${item.start}px)`,
            display: 'flex',
          } as const;
          if ('hidden' in row) {
            return (
              <Box key={item.key} data-index={item.index} ref={wrap ? virtualizer.measureElement : undefined} sx={{ ...rowSx, color: 'text.secondary', fontStyle: 'italic', borderBlock: 1, borderColor: 'divider', borderStyle: 'dashed', bgcolor: 'action.hover' }}>
                <Box component="span" sx={{ pl: `calc(${gutter} + 4px)` }}>
                  ⋯ {row.hidden.toLocaleString('en')} {row.hidden === 1 ? 'line' : 'lines'} hidden by the filter
                </Box>
              </Box>
            );
          }
          const index = row.line;
          const line = lines[index]!;
          const time = lineTime?.(index);
          return (
            <Box
              key={item.key}
              data-index={item.index}
              title={lineTitle?.(index)}
              ref={wrap ? virtualizer.measureElement : undefined}
              data-error={line.isError || undefined}
              sx={{
                ...rowSx,
                whiteSpace: wrap ? 'pre-wrap' : 'pre',
                overflowWrap: wrap ? 'anywhere' : 'normal',
                ...(line.isError && { bgcolor: 'rgba(211, 47, 47, 0.10)', boxShadow: (theme) => `inset 3px 0 0 ${theme.palette.error.main}` }),
                ...(selectedLine === index && { outline: '1px solid', outlineColor: 'primary.main', outlineOffset: '-1px' }),
              }}
            >
              {onSelectLine ? (
                <ButtonBase
                  aria-label={`Line ${index + 1}: details`}
                  aria-pressed={selectedLine === index}
                  // One tab stop, not one per line: the current match's line (after a search) or the opened one.
                  tabIndex={tabStop === index ? 0 : -1}
                  onClick={() => onSelectLine(index)}
                  onKeyDown={(event) => {
                    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
                    event.preventDefault();
                    moveFocus(item.index, event.key === 'ArrowDown' ? 1 : -1);
                  }}
                  sx={{ flex: `0 0 ${gutter}`, justifyContent: 'flex-end', font: 'inherit', pr: 1.5, color: 'text.secondary', userSelect: 'none', '&:hover, &:focus-visible': { textDecoration: 'underline', color: 'text.primary' } }}
                >
                  {index + 1}
                </ButtonBase>
              ) : (
                <Box component="span" aria-hidden sx={{ flex: `0 0 ${gutter}`, textAlign: 'right', pr: 1.5, color: 'text.secondary', userSelect: 'none' }}>
                  {index + 1}
                </Box>
              )}
              {lineTime && (
                <Box component="span" className="log-time" sx={{ flex: `0 0 ${timeWidth + 2}ch`, color: 'text.secondary', whiteSpace: 'pre' }}>
                  {time ?? ''}
                </Box>
              )}
              {lineTag && <Box component="span" sx={{ flex: '0 0 auto', pr: 1 }}>{lineTag(index)}</Box>}
              <Box component="span" sx={{ flex: 1, minWidth: 0, pr: 1 }}>
                <AnsiText raw={line.raw} matches={matchesByLine.get(index)} currentMatch={currentMatch?.line === index ? currentMatch : null} />
              </Box>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
});
