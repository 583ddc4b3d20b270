/** Markdown for reports pasted into tickets and chats: text from the backend can never break out of its place. */

/** Inline text: one line, with Markdown's active characters escaped. */
export function mdInline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** A fenced code block whose fence is longer than any backtick run inside it. */
export function mdCodeBlock(text: string, language = ''): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}

export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdInline).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
