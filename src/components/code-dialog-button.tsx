import { useState } from 'react';
import Button from '@mui/material/Button';
import CodeOutlined from '@mui/icons-material/CodeOutlined';
import type { CodeDialogProps } from './code-dialog';
import { deferredComponent } from './deferred-component';

const CodeDialog = deferredComponent<CodeDialogProps>(async () => ({ default: (await import('./code-dialog')).CodeDialog }), 'CodeDialog');

const loadFailedText = '# The code could not be loaded (is the network down?). Close this and try again.';

interface CodeDialogButtonProps {
  /** What the code does, e.g. "Python for fraudmodel". */
  title: string;
  /** One line above the code: where it runs. */
  intro: string;
  /** Built when the dialog opens, so that it follows the page's current state (and may load what builds it). */
  code: () => string | Promise<string>;
}

/** "Python": the code that does what this page shows, on demand, with a copy button. */
export function CodeDialogButton({ title, intro, code }: CodeDialogButtonProps) {
  const [text, setText] = useState<string | null>(null);
  return (
    <>
      <Button variant="text" startIcon={<CodeOutlined />} onClick={() => void Promise.resolve().then(code).then(setText, () => setText(loadFailedText))} aria-haspopup="dialog">
        Python
      </Button>
      <CodeDialog title={title} intro={intro} text={text} onClose={() => setText(null)} />
    </>
  );
}
