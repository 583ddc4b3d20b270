/**
 * Writes text to the clipboard. A text still being put together (a report that reads the logs first)
 * goes in as a promise, so the browser counts the click that asked for it (Chromium's ClipboardItem).
 */
export async function copyToClipboard(text: string | Promise<string>): Promise<void> {
  if (typeof text !== 'string' && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((value) => new Blob([value], { type: 'text/plain' })) })]);
    return;
  }
  await navigator.clipboard.writeText(await text);
}
