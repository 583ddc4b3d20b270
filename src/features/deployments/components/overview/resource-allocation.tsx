import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Section } from '@/components/section';
import { formatCores, formatGpus, formatLimit, formatMemory } from '@/lib/format';
import type { ComponentAllocation, Deployment } from '../../api/deployment-schema';
import type { InstanceSample } from '../../model/observations';
import { countText, implausibleCounts } from '../../model/instance-counts';
import { InstanceChart } from './instance-chart';

function ComponentCard({ title, allocation, failed }: { title: string; allocation: ComponentAllocation; failed: boolean }) {
  const { requests, limits } = allocation.resources ?? {};
  const scaling = allocation.scaling;
  const headingId = `${title.toLowerCase()}-allocation`;
  const outOfReason = implausibleCounts(allocation);
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-labelledby={headingId}>
      <Typography variant="h3" id={headingId}>
        {title}
      </Typography>
      <Typography sx={{ fontSize: '1.5rem', fontWeight: 600, my: 1, fontVariantNumeric: 'tabular-nums' }}>
        {countText(allocation.running)} of {countText(allocation.requested)} running
      </Typography>
      {outOfReason && (
        <Alert severity="warning" variant="outlined" sx={{ mb: 1 }}>
          {outOfReason}
        </Alert>
      )}
      {failed && allocation.running > 0 && (
        <Typography variant="body2" color="text.secondary" gutterBottom>
          Instances count in any phase: pending or crash-looping ones are included.
        </Typography>
      )}
      {allocation.requested === 0 && !outOfReason && (
        <Typography variant="body2" color="text.secondary" gutterBottom>
          0 requested: scale-to-zero is allowed.
        </Typography>
      )}
      <Table size="small" aria-label={`${title} resources`}>
        <TableHead>
          <TableRow>
            <TableCell>Resource</TableCell>
            <TableCell align="right">Requested</TableCell>
            <TableCell align="right">Limit</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell>Cores</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatCores(requests?.cores)}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatLimit(limits?.cores, formatCores)}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>Memory</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatMemory(requests?.memory)}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatLimit(limits?.memory, formatMemory)}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>GPUs</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatGpus(requests?.gpus)}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatLimit(limits?.gpus, formatGpus)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {scaling && (
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="body2">
            Scaling: {scaling.minInstances ?? '?'}–{scaling.maxInstances ?? '?'} instances
            {scaling.scaleMetric ? `, on ${scaling.scaleMetric.toLowerCase()}` : ''}
            {scaling.target !== undefined ? ` (target ${scaling.target})` : ''}
            {scaling.scaleToZeroRetentionSeconds !== undefined ? `; scales to zero after ${scaling.scaleToZeroRetentionSeconds} s idle` : ''}
          </Typography>
        </Box>
      )}
    </Paper>
  );
}

/** Running vs requested instances and resources of each component; scale-to-zero explained. */
export function ResourceAllocation({ deployment, samples }: { deployment: Deployment; samples: readonly InstanceSample[] }) {
  return (
    <Section title="Resource allocation">
      {deployment.status === 'Idle' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          This deployment is idle: it has scaled to zero, so 0 instances run and no resources are held. The first requests pay a cold start
          (higher latency) while an instance starts. Transient logs are not available while it is idle.
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: deployment.transformer ? 6 : 12 }}>
          <ComponentCard title="Predictor" allocation={deployment.predictor} failed={deployment.status === 'Failed'} />
        </Grid>
        {deployment.transformer && (
          <Grid size={{ xs: 12, md: 6 }}>
            <ComponentCard title="Transformer" allocation={deployment.transformer} failed={deployment.status === 'Failed'} />
          </Grid>
        )}
      </Grid>
      <Box sx={{ mt: 2 }}>
        <Typography variant="h3" gutterBottom>
          Running instances while this page is open
        </Typography>
        <InstanceChart
          samples={samples}
          requested={{ predictor: deployment.predictor.requested, transformer: deployment.transformer?.requested ?? null }}
        />
      </Box>
    </Section>
  );
}
