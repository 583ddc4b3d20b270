import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { visuallyHidden } from '@mui/utils';
import { statusLabel, type DeploymentStatus } from '../../model/status';

/** Tells screen readers when the status changes (polite), and keeps the tab title current. */
export function StatusAnnouncer({ name, status, rawStatus }: { name: string; status: DeploymentStatus; rawStatus: string }) {
  const label = statusLabel(status, rawStatus);
  const previous = useRef(label);
  const [message, setMessage] = useState('');

  useEffect(() => {
    document.title = `${label} · ${name}`;
    if (previous.current !== label) {
      setMessage(`${name} is now ${label}.`);
      previous.current = label;
    }
  }, [label, name]);

  useEffect(() => () => void (document.title = 'Model Serving Console'), []);

  return (
    <Box role="status" aria-live="polite" sx={visuallyHidden}>
      {message}
    </Box>
  );
}
