import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deployment } from '../../api/deployment-schema';
import { isOutcome, outcomeNotice } from '../../model/settle-notice';

export type NotificationSupport = 'granted' | 'blocked' | 'unsupported';

function notificationSupport(): NotificationSupport {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.permission === 'granted' ? 'granted' : 'blocked';
}

interface Notice {
  id: number;
  title: string;
  body: string;
  tag: string;
}

/**
 * "Notify me", opt-in: once armed, the first outcome (Running, Idle, Stopped, Failed) shows a browser
 * notification — when the site may — and marks the tab title until the tab is looked at again. The page
 * owns `armed` (it also keeps the deployment polling in a background tab while armed).
 */
export function useOutcomeNotification(deployment: Deployment | undefined, armed: boolean, setArmed: (armed: boolean) => void) {
  const [support, setSupport] = useState<NotificationSupport | null>(null);
  const [unseenOutcome, setUnseenOutcome] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const shown = useRef(0);

  // Armed at once (the tab title mark needs no permission); the browser's permission question may stay open.
  const arm = useCallback(async () => {
    setArmed(true);
    setSupport(typeof Notification !== 'undefined' && Notification.permission === 'default' ? null : notificationSupport());
    if (typeof Notification !== 'undefined' && Notification.permission === 'default') {
      await Notification.requestPermission();
      setSupport(notificationSupport());
    }
  }, [setArmed]);
  const disarm = useCallback(() => setArmed(false), [setArmed]);

  // The outcome arrived: disarm and prepare the notice (state adjusted while rendering, shown below).
  if (armed && deployment && isOutcome(deployment.status)) {
    setArmed(false);
    const text = outcomeNotice(deployment.name, deployment.status, deployment.rawStatus, deployment.condition?.reason);
    setNotice({ id: (notice?.id ?? 0) + 1, ...text, tag: `deployment-${deployment.id}` });
    if (document.visibilityState === 'hidden') setUnseenOutcome(true);
  }

  useEffect(() => {
    if (!notice || shown.current === notice.id) return;
    shown.current = notice.id;
    if (notificationSupport() === 'granted') new Notification(notice.title, { body: notice.body, tag: notice.tag });
  }, [notice]);

  useEffect(() => {
    if (!unseenOutcome) return;
    const seen = () => document.visibilityState === 'visible' && setUnseenOutcome(false);
    document.addEventListener('visibilitychange', seen);
    return () => document.removeEventListener('visibilitychange', seen);
  }, [unseenOutcome]);

  return { arm, disarm, support, unseenOutcome };
}
