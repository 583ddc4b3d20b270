import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { visuallyHidden } from '@mui/utils';
import { statusLabel, type DeploymentStatus } from '../../model/status';
import { tabTitle } from '../../model/settle-notice';

/**
 * Tells screen readers when the status changes (polite), and keeps the tab title current (marked while
 * an outcome the user asked to be told about waits unseen).
 */
export function StatusAnnouncer({ name, status, rawStatus, unseenOutcome = false }: { name: string; status: DeploymentStatus; rawStatus: string; unseenOutcome?: boolean }) {
  const label = statusLabel(status, rawStatus);
  const previous = useRef(label);
  const [message, setMessage] = useState('');

  useEffect(() => {
    document.title = tabTitle(name, label, unseenOutcome);
    if (previous.current !== label) {
      setMessage(`${name} is now ${label}.`);
      previous.current = label;
    }
  }, [label, name, unseenOutcome]);

  useEffect(() => () => void (document.title = 'Model Serving Console'), []);

  return (
    <Box role="status" aria-live="polite" sx={visuallyHidden}>
      {message}
    </Box>
  );
}
