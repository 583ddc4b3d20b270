import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
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
}

const lineHeight = 20;

/** The lines of one instance, virtualised so that 100,000 lines keep a small DOM. */
export const LogLinesView = forwardRef<LogLinesViewHandle, LogLinesViewProps>(function LogLinesView(
  { lines, matches, currentMatch, wrap, stickToBottom, onScrolledAway, onReachTop, label, lineTitle },
  ref,
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
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
    if (lines.length > 0) virtualizer.scrollToIndex(lines.length - 1, { align: 'end' });
  }, [lines.length, virtualizer]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToLine: (line) => virtualizer.scrollToIndex(line, { align: 'center' }),
      scrollToBottom,
      keepLineAtTop: (line) => virtualizer.scrollToIndex(line, { align: 'start' }),
    }),
    [virtualizer, scrollToBottom],
  );

  useEffect(() => {
    if (stickToBottom) scrollToBottom();
  }, [stickToBottom, scrollToBottom, lines]);

  // The selected match may sit far to the right in a long line: bring it into view sideways too, once
  // its row is rendered (the virtualiser renders it a frame after scrolling to it).
  useEffect(() => {
    if (!currentMatch) return;
    let frame = 0;
    let attempts = 0;
    const reveal = () => {
      const mark = scrollRef.current?.querySelector<HTMLElement>('mark.log-match-current');
      // Optional call: jsdom (the component tests) has no scrollIntoView.
      if (mark) mark.scrollIntoView?.({ block: 'nearest', inline: 'center' });
      else if (attempts++ < 5) frame = requestAnimationFrame(reveal);
    };
    frame = requestAnimationFrame(reveal);
    return () => cancelAnimationFrame(frame);
  }, [currentMatch]);

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
  return (
    <Box
      ref={scrollRef}
      onScroll={onScroll}
      role="log"
      aria-label={label}
      tabIndex={0}
      sx={(theme) => ({
        height: 480,
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
        {virtualizer.getVirtualItems().map((item) => {
          const line = lines[item.index]!;
          return (
            <Box
              key={item.key}
              data-index={item.index}
              title={lineTitle?.(item.index)}
              ref={wrap ? virtualizer.measureElement : undefined}
              data-error={line.isError || undefined}
              sx={{
                position: 'absolute',
                top: 0,
                left: 0,
                minWidth: '100%',
                width: wrap ? '100%' : 'max-content',
                transform: `translateY(${item.start}px)`,
                display: 'flex',
                whiteSpace: wrap ? 'pre-wrap' : 'pre',
                overflowWrap: wrap ? 'anywhere' : 'normal',
                ...(line.isError && { bgcolor: 'rgba(211, 47, 47, 0.10)', boxShadow: (theme) => `inset 3px 0 0 ${theme.palette.error.main}` }),
              }}
            >
              <Box component="span" aria-hidden sx={{ flex: `0 0 ${gutter}`, textAlign: 'right', pr: 1.5, color: 'text.secondary', userSelect: 'none' }}>
                {item.index + 1}
              </Box>
              <Box component="span" sx={{ flex: 1, minWidth: 0, pr: 1 }}>
                <AnsiText raw={line.raw} matches={matchesByLine.get(item.index)} currentMatch={currentMatch?.line === item.index ? currentMatch : null} />
              </Box>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
});
