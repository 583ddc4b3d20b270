import { useState } from 'react';
import Box from '@mui/material/Box';
import { Tooltip } from '@/components/tooltip';
import Typography from '@mui/material/Typography';
import CircularProgress from '@mui/material/CircularProgress';
import SyncProblemOutlined from '@mui/icons-material/SyncProblemOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import { useNow } from '@/lib/use-now';
import { errorMessage } from '@/lib/api/api-error';
import { formatAbsolute, formatRelative } from '@/lib/format';
import { useOnline } from '@/lib/use-online';

/** The parts of a react-query result the indicator reads. */
export interface PolledQuery {
  dataUpdatedAt: number;
  isFetching: boolean;
  /** The error of the last refresh, while older data is still shown. */
  error: unknown;
  /** How many refreshes have failed over the query's life (react-query's count). */
  errorUpdateCount: number;
}

/** Failed refreshes since the last good answer: the count at that answer is the baseline. */
function useFailuresSinceLastAnswer(errorUpdateCount: number, dataUpdatedAt: number): number {
  const [baseline, setBaseline] = useState({ dataUpdatedAt, errorUpdateCount });
  if (baseline.dataUpdatedAt !== dataUpdatedAt) {
    setBaseline({ dataUpdatedAt, errorUpdateCount });
    return 0;
  }
  return Math.max(0, errorUpdateCount - baseline.errorUpdateCount);
}

/**
 * "Updated 4 s ago"; after a failed refresh, says so and that it keeps retrying — with how many refreshes
 * in a row have failed and when the last good answer came; offline, says that.
 */
export function RefreshIndicator({ query }: { query: PolledQuery }) {
  const { dataUpdatedAt, isFetching, error, errorUpdateCount } = query;
  const now = useNow(1000);
  const online = useOnline();
  const failures = useFailuresSinceLastAnswer(errorUpdateCount, dataUpdatedAt);
  const age = formatRelative(dataUpdatedAt, now, 'short');
  const lastAnswer = `${age} (${formatAbsolute(dataUpdatedAt)})`;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 24 }}>
      {!online ? (
        <Typography variant="body2" role="status" sx={{ color: 'warning.main', display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <CloudOffOutlined fontSize="small" aria-hidden />
          Offline: no network. Showing data from {lastAnswer}; it refreshes by itself when the network is back.
        </Typography>
      ) : error ? (
        <Tooltip title={errorMessage(error)}>
          <Typography
            variant="body2"
            role="status"
            sx={{ color: 'warning.main', display: 'flex', alignItems: 'center', gap: 0.5 }}
            tabIndex={0}
          >
            <SyncProblemOutlined fontSize="small" aria-hidden />
            {failures > 1
              ? `Refresh failed ${failures} times in a row (${errorMessage(error)}) — retrying. Last good answer ${lastAnswer}.`
              : `Refresh failed (${errorMessage(error)}) — retrying. Showing data from ${age}.`}
          </Typography>
        </Tooltip>
      ) : (
        <Typography variant="body2" color="text.secondary">
          Updated {age}
        </Typography>
      )}
      {isFetching && <CircularProgress size={12} aria-label="Refreshing" />}
    </Box>
  );
}
