import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import NotificationsActiveOutlined from '@mui/icons-material/NotificationsActiveOutlined';
import NotificationsNoneOutlined from '@mui/icons-material/NotificationsNoneOutlined';
import type { NotificationSupport } from './use-outcome-notification';

interface NotifyButtonProps {
  name: string;
  armed: boolean;
  support: NotificationSupport | null;
  onArm: () => void;
  onDisarm: () => void;
}

/** "Notify me": shown while the deployment is on its way to an outcome. */
export function NotifyButton({ name, armed, support, onArm, onDisarm }: NotifyButtonProps) {
  return (
    <>
      <Button
        variant="text"
        startIcon={armed ? <NotificationsActiveOutlined /> : <NotificationsNoneOutlined />}
        aria-pressed={armed}
        onClick={armed ? onDisarm : onArm}
        title={armed ? `Stop waiting for ${name}` : `Tell me when ${name} is Running, Idle, Stopped or Failed`}
      >
        {armed ? 'Notifying when it settles' : 'Notify me'}
      </Button>
      {armed && support !== 'granted' && (
        <Typography variant="body2" color="text.secondary">
          {support === 'unsupported' ? 'This browser has no notifications' : 'Notifications are blocked for this site'}: the tab title will show it instead.
        </Typography>
      )}
    </>
  );
}
