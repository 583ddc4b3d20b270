import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import type { SnackbarProps } from '@mui/material/Snackbar';
import { deferredComponent } from './deferred-component';

// Shown only after the user acts: kept out of the first page's JavaScript.
const Snackbar = deferredComponent<SnackbarProps>(() => import('@mui/material/Snackbar'), 'Snackbar');

type Severity = 'success' | 'info' | 'warning' | 'error';

interface Notification {
  id: number;
  message: string;
  severity: Severity;
}

const NotifyContext = createContext<((message: string, severity?: Severity) => void) | null>(null);

/** Short messages at the bottom of the page (action accepted, action refused). */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Notification | null>(null);
  const notify = useCallback((message: string, severity: Severity = 'info') => {
    setCurrent({ id: Date.now(), message, severity });
  }, []);
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <Snackbar
        key={current?.id}
        open={current !== null}
        autoHideDuration={current?.severity === 'error' ? 10_000 : 5_000}
        onClose={(_event, reason) => reason !== 'clickaway' && setCurrent(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {current ? (
          <Alert severity={current.severity} variant="filled" onClose={() => setCurrent(null)} sx={{ maxWidth: 640 }}>
            {current.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify() {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify must be used inside <NotificationsProvider>.');
  return notify;
}
