import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

interface NotFoundProps {
  title: string;
  message: string;
  backTo: string;
  backLabel: string;
}

/** A page or thing that does not exist, with a way back. */
export function NotFound({ title, message, backTo, backLabel }: NotFoundProps) {
  return (
    <Box sx={{ py: 8, textAlign: 'center', maxWidth: 560, mx: 'auto' }}>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {message}
      </Typography>
      <Button variant="contained" component={RouterLink} to={backTo}>
        {backLabel}
      </Button>
    </Box>
  );
}
