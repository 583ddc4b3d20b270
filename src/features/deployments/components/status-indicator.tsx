import { memo, type ComponentType } from 'react';
import Box from '@mui/material/Box';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import Tooltip from '@mui/material/Tooltip';
import { keyframes } from '@mui/material/styles';
import HourglassTopOutlined from '@mui/icons-material/HourglassTopOutlined';
import FiberNewOutlined from '@mui/icons-material/FiberNewOutlined';
import PlayCircleOutlined from '@mui/icons-material/PlayCircleOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import BedtimeOutlined from '@mui/icons-material/BedtimeOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import PowerSettingsNewOutlined from '@mui/icons-material/PowerSettingsNewOutlined';
import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import { statusLabel, statusTable, type DeploymentStatus } from '../model/status';

export const statusIcons: Record<DeploymentStatus, ComponentType<SvgIconProps>> = {
  Creating: HourglassTopOutlined,
  Created: FiberNewOutlined,
  Starting: PlayCircleOutlined,
  Running: CheckCircleOutlined,
  Idle: BedtimeOutlined,
  Failed: ErrorOutlined,
  Updating: SyncOutlined,
  Stopping: PowerSettingsNewOutlined,
  Stopped: StopCircleOutlined,
  Unknown: HelpOutlineOutlined,
};

const pulse = keyframes`
  0%, 100% { opacity: 1; }
  50% { opacity: 0.35; }
`;

interface StatusIndicatorProps {
  status: DeploymentStatus;
  rawStatus?: string;
  size?: 'small' | 'medium';
  /** Show the status description on hover. */
  withTooltip?: boolean;
}

/** Colour + icon + text for a status; in-progress statuses pulse. The same everywhere. */
export const StatusIndicator = memo(function StatusIndicator({ status, rawStatus = '', size = 'small', withTooltip = true }: StatusIndicatorProps) {
  const info = statusTable[status];
  const Icon = statusIcons[status];
  const indicator = (
    <Box
      component="span"
      data-status={status}
      tabIndex={withTooltip ? 0 : undefined}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.75,
        color: `status.${info.tone}`,
        fontWeight: 600,
        fontSize: size === 'small' ? '0.875rem' : '1.05rem',
        whiteSpace: 'nowrap',
        borderRadius: 1,
      }}
    >
      <Icon
        aria-hidden
        fontSize={size === 'small' ? 'small' : 'medium'}
        sx={info.transitioning ? { animation: `${pulse} 1.6s ease-in-out infinite`, '@media (prefers-reduced-motion: reduce)': { animation: 'none' } } : undefined}
      />
      {statusLabel(status, rawStatus)}
    </Box>
  );
  return withTooltip ? <Tooltip title={info.description}>{indicator}</Tooltip> : indicator;
});
