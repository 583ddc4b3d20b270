/**
 * The JSON a log line carries — the whole line (structured loggers) or an object after a prefix
 * (`INFO request: {"id": 7}`) — pretty-printed for reading; undefined when there is none.
 */
export function prettyJsonOf(text: string, maxLength = 200_000): string | undefined {
  if (text.length > maxLength) return undefined;
  const start = text.search(/[{[]/);
  if (start === -1) return undefined;
  const closing = text[start] === '{' ? '}' : ']';
  const end = text.lastIndexOf(closing);
  if (end <= start) return undefined;
  try {
    const value: unknown = JSON.parse(text.slice(start, end + 1));
    // A lone number or string in brackets ("[1]", "[INFO]") is not what a reader expands.
    if (typeof value !== 'object' || value === null || (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0)) return undefined;
    return JSON.stringify(value, null, 2);
  } catch {
    return undefined;
  }
}
