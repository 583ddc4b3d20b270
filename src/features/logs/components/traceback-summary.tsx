import { memo, useMemo } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { distinctTracebacks, findTracebacks, type Traceback } from '../model/tracebacks';

interface TracebackSummaryProps {
  /** The lines as their programs printed them (ANSI codes removed), in the order the log view shows them. */
  lines: readonly { text: string }[];
  /** The deployment's own script file names. */
  scripts: readonly string[];
  onShow: (line: number) => void;
}

const fileName = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

/** Where in the deployment's own script it broke, and the next step for a known failure. */
export function TracebackWhereAndNext({ traceback }: { traceback: Traceback }) {
  return (
    <>
      {traceback.ownFrame && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          In the deployment’s script <strong>{fileName(traceback.ownFrame.file)}</strong>, line {traceback.ownFrame.line}
          {traceback.ownFrame.code && (
            <>
              : <code>{traceback.ownFrame.code}</code>
            </>
          )}
        </Typography>
      )}
      {traceback.advice && (
        <Typography variant="body2">
          <strong>{traceback.advice.title}.</strong> {traceback.advice.nextStep}
        </Typography>
      )}
    </>
  );
}

/**
 * The Python tracebacks in these lines, each folded into one block: the exception on top, the frame in
 * the deployment's own script called out, the next step for known failures, the frames on demand, and
 * a way to the block in the log. A crash loop's repeats are counted, not listed.
 */
export const TracebackSummary = memo(function TracebackSummary({ lines, scripts, onShow }: TracebackSummaryProps) {
  const scriptsKey = scripts.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the names, not the array's identity (a new one each render)
  const blocks = useMemo(() => distinctTracebacks(findTracebacks(lines, scripts)), [lines, scriptsKey]);
  if (blocks.length === 0) return null;
  return (
    <Paper variant="outlined" role="region" aria-label="Python errors in these lines" sx={{ p: 1.5, borderColor: 'error.main' }}>
      <Box component="ol" sx={{ m: 0, pl: 0, listStyle: 'none', display: 'grid', gap: 1.5 }}>
        {blocks.map(({ traceback, count }) => (
          <Box component="li" key={traceback.start} aria-label={`${traceback.exceptionType}: ${traceback.message}`}>
            <Typography sx={{ fontFamily: 'monospace', fontWeight: 600, overflowWrap: 'anywhere', color: 'error.main' }}>
              {traceback.exceptionType}
              {traceback.message && `: ${traceback.message}`}
              {count > 1 && (
                <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1, fontFamily: 'inherit' }}>
                  ({count} times)
                </Typography>
              )}
            </Typography>
            <TracebackWhereAndNext traceback={traceback} />
            <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap', mt: 0.5 }}>
              <Box component="details" sx={{ typography: 'body2', '& summary': { cursor: 'pointer' } }}>
                <summary>
                  {traceback.frames.length} {traceback.frames.length === 1 ? 'frame' : 'frames'}
                </summary>
                <Box component="pre" sx={{ m: 0, mt: 0.5, fontSize: '0.8rem', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {traceback.frames.map((frame) => `${frame.file}, line ${frame.line}, in ${frame.func}${frame.code ? `\n    ${frame.code}` : ''}`).join('\n')}
                </Box>
              </Box>
              <Button size="small" onClick={() => onShow(traceback.start)}>
                Show in the log
              </Button>
            </Box>
          </Box>
        ))}
      </Box>
    </Paper>
  );
});
