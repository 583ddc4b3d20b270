import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Section } from '@/components/section';
import { formatAbsolute, isoOrUndefined } from '@/lib/format';
import type { Transition } from '../../model/observations';
import { StatusIndicator } from '../status-indicator';

const conditionWords = (transition: Transition) =>
  transition.conditionType
    ? `${transition.conditionType} ${transition.conditionStatus === null ? '(in progress)' : transition.conditionStatus ? '(true)' : '(false)'}`
    : 'no condition';

/** Each transition observed while the page is open, newest first. */
export function StatusHistory({ transitions }: { transitions: readonly Transition[] }) {
  return (
    <Section title="Status history">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Transitions seen since this page was opened.
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {[...transitions].reverse().map((transition) => (
          <Box
            component="li"
            key={transition.at}
            sx={{ py: 0.75, borderLeft: 2, borderColor: 'divider', pl: 2 }}
          >
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'baseline', flexWrap: 'wrap' }}>
              <StatusIndicator status={transition.status} rawStatus={transition.rawStatus} withTooltip={false} />
              <Typography variant="body2" color="text.secondary">
                <time dateTime={isoOrUndefined(transition.at)}>{formatAbsolute(transition.at)}</time>
              </Typography>
            </Box>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {conditionWords(transition)}
              {transition.reason ? ` — ${transition.reason}` : ''}
            </Typography>
          </Box>
        ))}
      </Box>
    </Section>
  );
}
