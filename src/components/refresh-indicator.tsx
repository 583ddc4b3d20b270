import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import CircularProgress from '@mui/material/CircularProgress';
import SyncProblemOutlined from '@mui/icons-material/SyncProblemOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import { useNow } from '@/lib/use-now';
import { errorMessage } from '@/lib/api/api-error';
import { formatAbsolute, formatRelative } from '@/lib/format';
import { useOnline } from '@/lib/use-online';

interface RefreshIndicatorProps {
  dataUpdatedAt: number;
  isFetching: boolean;
  /** The error of the last refresh, while older data is still shown. */
  refreshError: unknown;
}

/** "Updated 4 s ago"; after a failed refresh, says so and that it keeps retrying. */
export function RefreshIndicator({ dataUpdatedAt, isFetching, refreshError }: RefreshIndicatorProps) {
  const now = useNow(1000);
  const online = useOnline();
  const age = formatRelative(dataUpdatedAt, now, 'short');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 24 }}>
      {!online ? (
        <Typography variant="body2" role="status" sx={{ color: 'warning.main', display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <CloudOffOutlined fontSize="small" aria-hidden />
          Offline: no network. Showing data from {age} ({formatAbsolute(dataUpdatedAt)}); it refreshes by itself when the network is back.
        </Typography>
      ) : refreshError ? (
        <Tooltip title={errorMessage(refreshError)}>
          <Typography
            variant="body2"
            role="status"
            sx={{ color: 'warning.main', display: 'flex', alignItems: 'center', gap: 0.5 }}
            tabIndex={0}
          >
            <SyncProblemOutlined fontSize="small" aria-hidden />
            Refresh failed ({errorMessage(refreshError)}) — retrying. Showing data from {age}.
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
