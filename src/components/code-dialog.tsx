import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { CopyButton } from './copy-button';

export interface CodeDialogProps {
  title: string;
  intro: string;
  /** The code; null: closed. */
  text: string | null;
  onClose: () => void;
}

/** The code of a "Python" button, with a copy button (loaded after the first paint). */
export function CodeDialog({ title, intro, text, onClose }: CodeDialogProps) {
  return (
    <Dialog open={text !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="code-dialog-title">
      <DialogTitle id="code-dialog-title" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Box component="span" sx={{ flexGrow: 1 }}>
          {title}
        </Box>
        {text !== null && <CopyButton text={text} label="Copy the code" />}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {intro}
        </Typography>
        <Box
          component="pre"
          aria-label={title}
          sx={{ m: 0, p: 2, overflowX: 'auto', bgcolor: 'action.hover', borderRadius: 1, fontSize: '0.85rem', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
        >
          <code>{text}</code>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
