import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import type { InstanceSample } from '../../model/observations';
import { axisTicks, isDrawableCount, largestDrawableCount } from '../../model/chart-axis';

const width = 560;
const height = 120;
const padding = { top: 10, right: 10, bottom: 22, left: 28 };

function stepPath(points: { x: number; y: number }[]): string {
  return points.map((point, index) => (index === 0 ? `M${point.x},${point.y}` : `H${point.x}V${point.y}`)).join('');
}

/** Running instances while the page is open, as a step chart (plain SVG, no chart library). */
export function InstanceChart({ samples, requested }: { samples: readonly InstanceSample[]; requested: { predictor: number; transformer: number | null } }) {
  const theme = useTheme();
  if (samples.length < 2) {
    return (
      <Typography variant="body2" color="text.secondary">
        The chart of running instances fills in while this page stays open.
      </Typography>
    );
  }
  const values: number[] = [requested.predictor, requested.transformer ?? 0, ...samples.flatMap((s) => [s.predictor, s.transformer ?? 0])];
  const undrawable = values.filter((value) => !isDrawableCount(value));
  if (undrawable.length > 0) {
    return (
      <Typography variant="body2" color="warning.main" role="note">
        The server reported instance counts the chart cannot draw ({undrawable.slice(0, 3).join(', ')}): counts must be whole
        numbers from 0 to {largestDrawableCount.toLocaleString('en-US')}.
      </Typography>
    );
  }
  const start = samples[0]!.at;
  const end = samples.at(-1)!.at;
  const span = Math.max(end - start, 1);
  const ticks = axisTicks(Math.max(...values));
  const maxValue = ticks.at(-1)!;
  const x = (at: number) => padding.left + ((at - start) / span) * (width - padding.left - padding.right);
  const y = (value: number) => padding.top + (1 - value / maxValue) * (height - padding.top - padding.bottom);
  const predictor = stepPath(samples.map((s) => ({ x: x(s.at), y: y(s.predictor) })));
  const hasTransformer = samples.some((s) => s.transformer !== null);
  const transformer = hasTransformer ? stepPath(samples.map((s) => ({ x: x(s.at), y: y(s.transformer ?? 0) }))) : '';
  const latest = samples.at(-1)!;
  const minutes = Math.round(span / 60_000);
  const summary = `Running instances over the last ${minutes < 1 ? `${Math.round(span / 1000)} seconds` : `${minutes} minutes`}: predictor now ${latest.predictor}${
    hasTransformer ? `, transformer now ${latest.transformer ?? 0}` : ''
  }.`;
  return (
    <Box>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={summary} style={{ maxWidth: width, display: 'block' }}>
        {ticks.map((value) => (
          <g key={value}>
            <line x1={padding.left} x2={width - padding.right} y1={y(value)} y2={y(value)} stroke={theme.palette.divider} />
            <text x={padding.left - 6} y={y(value) + 4} textAnchor="end" fontSize="11" fill={theme.palette.text.secondary}>
              {value}
            </text>
          </g>
        ))}
        <path d={predictor} fill="none" stroke={theme.palette.primary.main} strokeWidth={2} />
        {hasTransformer && <path d={transformer} fill="none" stroke={theme.palette.secondary.main} strokeWidth={2} strokeDasharray="5 3" />}
        <text x={padding.left} y={height - 6} fontSize="11" fill={theme.palette.text.secondary}>
          {new Date(start).toLocaleTimeString()}
        </text>
        <text x={width - padding.right} y={height - 6} fontSize="11" textAnchor="end" fill={theme.palette.text.secondary}>
          {new Date(end).toLocaleTimeString()}
        </text>
      </svg>
      <Typography variant="caption" color="text.secondary">
        — predictor{hasTransformer ? '   - - transformer' : ''}
      </Typography>
    </Box>
  );
}
