import { useState } from 'react';
import Button from '@mui/material/Button';
import ContentPasteOutlined from '@mui/icons-material/ContentPasteOutlined';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import { copyToClipboard } from '@/lib/clipboard';

type CopyState = 'idle' | 'copying' | 'copied' | 'failed';

const labels: Record<CopyState, string> = { idle: '', copying: 'Copying…', copied: 'Copied', failed: 'Copy failed' };

/** A labelled button that puts a report (built when clicked, maybe reading more first) on the clipboard. */
export function CopyReportButton({ label, report, title }: { label: string; report: () => Promise<string>; title?: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    setState('copying');
    try {
      await copyToClipboard(report());
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2500);
  };
  return (
    <Button
      variant="outlined"
      startIcon={state === 'copied' ? <CheckOutlined aria-hidden /> : <ContentPasteOutlined aria-hidden />}
      onClick={() => void copy()}
      disabled={state === 'copying'}
      title={state === 'failed' ? 'The browser refused clipboard access' : title}
    >
      {state === 'idle' ? label : labels[state]}
    </Button>
  );
}
