import { useCallback, useState } from 'react';

/**
 * A text field whose value lives in the URL. Typing updates a local value at once and writes the URL
 * after it; the URL's value is adopted only when it changed for another reason (back button, a link),
 * never when it is just catching up with what was typed — so fast typing loses no character.
 */
export function useUrlSyncedText(urlValue: string, writeUrl: (value: string) => void): [string, (value: string) => void] {
  const [text, setText] = useState(urlValue);
  const [seenUrlValue, setSeenUrlValue] = useState(urlValue);
  const [pendingWrites, setPendingWrites] = useState<string[]>([]);

  if (urlValue !== seenUrlValue) {
    setSeenUrlValue(urlValue);
    const pending = pendingWrites.indexOf(urlValue);
    if (pending === -1) {
      setPendingWrites([]);
      setText(urlValue);
    } else {
      setPendingWrites(pendingWrites.slice(pending + 1));
    }
  }

  const onChange = useCallback(
    (value: string) => {
      setText(value);
      setPendingWrites((current) => [...current.slice(-50), value]);
      writeUrl(value);
    },
    [writeUrl],
  );
  return [text, onChange];
}
