import Anser from 'anser';

/**
 * The one ANSI reader (anser): the same segments give the text that is searched and downloaded and
 * the coloured spans that are drawn, so search offsets always land on the characters shown.
 */
export interface AnsiSegment {
  content: string;
  /** anser's colour class, e.g. `ansi-red`. */
  foreground?: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

// An escape sequence cut off by the end of the line (the server caps each instance's log at ~50 KB).
// eslint-disable-next-line no-control-regex
const cutOffSequence = /\u001b(\[[0-9;?]*)?$/;

export function ansiSegments(raw: string): AnsiSegment[] {
  if (!raw.includes('\u001b')) return [{ content: raw, bold: false, italic: false, underline: false }];
  return Anser.ansiToJson(raw.replace(cutOffSequence, ''), { use_classes: true, remove_empty: true }).map((entry) => {
    const decorations = entry.decorations ?? [];
    return {
      content: entry.content,
      ...(entry.fg ? { foreground: entry.fg } : {}),
      bold: decorations.includes('bold'),
      italic: decorations.includes('italic'),
      underline: decorations.includes('underline'),
    };
  });
}

/** The text a reader sees: what `ansiSegments` draws, without the escape codes. */
export function ansiToText(raw: string): string {
  if (!raw.includes('\u001b')) return raw;
  return ansiSegments(raw)
    .map((segment) => segment.content)
    .join('');
}
