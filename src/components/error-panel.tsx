import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { errorMessage } from '@/lib/api/api-error';

interface ErrorPanelProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: the server's message and a retry. */
export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  return (
    <Alert
      severity="error"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        )
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {errorMessage(error)}
    </Alert>
  );
}
