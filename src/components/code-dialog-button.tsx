import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import CodeOutlined from '@mui/icons-material/CodeOutlined';
import { CopyButton } from './copy-button';

interface CodeDialogButtonProps {
  /** What the code does, e.g. "Python for fraudmodel". */
  title: string;
  /** One line above the code: where it runs. */
  intro: string;
  /** Built when the dialog opens, so that it follows the page's current state. */
  code: () => string;
}

/** "Python": the code that does what this page shows, on demand, with a copy button. */
export function CodeDialogButton({ title, intro, code }: CodeDialogButtonProps) {
  const [text, setText] = useState<string | null>(null);
  return (
    <>
      <Button variant="text" startIcon={<CodeOutlined />} onClick={() => setText(code())} aria-haspopup="dialog">
        Python
      </Button>
      <Dialog open={text !== null} onClose={() => setText(null)} maxWidth="md" fullWidth aria-labelledby="code-dialog-title">
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
          <Button onClick={() => setText(null)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
