import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import { Tooltip } from '@/components/tooltip';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import { copyToClipboard } from '@/lib/clipboard';

/** Copies a text to the clipboard and says so. `text` may be a function, to build a long text only on click. */
export function CopyButton({ text, label }: { text: string | (() => string); label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await copyToClipboard(typeof text === 'function' ? text() : text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  const title = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: the browser refused clipboard access' : label;
  return (
    <Tooltip title={title}>
      <IconButton size="small" onClick={() => void copy()} aria-label={label}>
        {state === 'copied' ? <CheckOutlined fontSize="small" /> : <ContentCopyOutlined fontSize="small" />}
      </IconButton>
    </Tooltip>
  );
}
