/**
 * Python tracebacks in log lines, folded into one block each: the exception on top, the frames below,
 * the frame in the deployment's own script called out, and — for failures seen often in model
 * deployments — the plain next step.
 */

export interface TracebackFrame {
  file: string;
  line: number;
  func: string;
  /** The source line Python printed under the frame, when it did. */
  code?: string;
}

export interface TracebackAdvice {
  title: string;
  nextStep: string;
}

export interface Traceback {
  /** Index of the "Traceback (most recent call last):" line. */
  start: number;
  /** Index of the exception line that ends the block. */
  end: number;
  exceptionType: string;
  message: string;
  frames: TracebackFrame[];
  /** The innermost frame in one of the deployment's own scripts (predictor or transformer file). */
  ownFrame?: TracebackFrame;
  advice?: TracebackAdvice;
}

const tracebackStart = /^\s*Traceback \(most recent call last\):\s*$/;
const frameLine = /^\s+File "([^"]+)", line (\d+), in (.+?)\s*$/;
const exceptionLine = /^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Fault)|[A-Za-z_][\w.]*\.[A-Z]\w*)(?::\s?(.*))?$/;
const chained = /^(During handling of the above exception|The above exception was the direct cause)/;
const maxBlockLines = 1000;

const baseName = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

/** A line's own time stamp as log formatters write it (`2026-11-24 22:26:19.893 ` or ISO), which a traceback's lines carry too. */
const timestampPrefix = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})? /;

/** The text as Python printed it: without the formatter's time stamp, indentation kept. */
function printed(text: string): string {
  return text.replace(timestampPrefix, '');
}

export function classifyException(exceptionType: string, message: string): TracebackAdvice | undefined {
  const type = exceptionType.split('.').at(-1) ?? exceptionType;
  const missingModule = /No module named '([^']+)'/.exec(message);
  if (type === 'ModuleNotFoundError' || (type === 'ImportError' && missingModule)) {
    const name = missingModule?.[1]?.split('.')[0];
    return {
      title: name ? `The package “${name}” is missing from the deployment’s environment` : 'A package is missing from the deployment’s environment',
      nextStep: `Add ${name ? `“${name}”` : 'the package'} to the Python environment the deployment runs in (its requirements or the project’s environment), then start it again.`,
    };
  }
  if (type === 'FileNotFoundError' && /\/mnt\/models|\/Models\//.test(message)) {
    return {
      title: 'A file under the model directory is missing',
      nextStep: 'Check that the model version holds this file (its artifact) and that the script opens the right path and model version.',
    };
  }
  if (/CUDA out of memory/i.test(message) || type === 'OutOfMemoryError' || type === 'MemoryError' || /OOMKilled/.test(message)) {
    return {
      title: 'The instance ran out of memory',
      nextStep: 'Request more memory (or a GPU with more memory) for this component, or load a smaller model or batch, then start again.',
    };
  }
  if (type === 'TypeError' && /\bpredict\(\)/.test(message)) {
    return {
      title: 'The predictor’s predict() does not have the interface the model server calls',
      nextStep: 'Check the Predict class in the predictor script: the model server calls predict(self, inputs) — fix its parameters, then start again.',
    };
  }
  return undefined;
}

/** Every traceback in `lines` (their visible text), oldest first. `scripts`: the deployment's own script file names. */
export function findTracebacks(lines: readonly { text: string }[], scripts: readonly string[] = []): Traceback[] {
  const own = new Set(scripts.map(baseName));
  const found: Traceback[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!tracebackStart.test(printed(lines[index]!.text))) continue;
    const frames: TracebackFrame[] = [];
    let end = -1;
    let exception: RegExpExecArray | null = null;
    for (let next = index + 1; next < lines.length && next - index <= maxBlockLines; next++) {
      const text = printed(lines[next]!.text);
      const frame = frameLine.exec(text);
      if (frame) {
        frames.push({ file: frame[1]!, line: Number(frame[2]), func: frame[3]! });
        continue;
      }
      if (/^\s/.test(text) && frames.length > 0) {
        const last = frames.at(-1)!;
        if (last.code === undefined && text.trim() && !/^\s*[\^~]+\s*$/.test(text)) last.code = text.trim();
        continue;
      }
      if (tracebackStart.test(text) || chained.test(text) || text.trim() === '') continue;
      exception = exceptionLine.exec(text);
      if (exception) end = next;
      // The exception ends the block — unless a chained traceback follows (then the last one wins).
      if (exception && !(lines[next + 2] && chained.test(printed(lines[next + 2]!.text)))) break;
      if (!exception) break;
    }
    if (end === -1 || !exception) continue;
    const ownFrame = [...frames].reverse().find((frame) => own.has(baseName(frame.file)));
    const message = exception[2] ?? '';
    found.push({ start: index, end, exceptionType: exception[1]!, message, frames, ownFrame, advice: classifyException(exception[1]!, message) });
    index = end;
  }
  return found;
}

/** The same failure repeated (a crash loop): one entry with how often, keeping the first occurrence. */
export function distinctTracebacks(tracebacks: readonly Traceback[]): { traceback: Traceback; count: number }[] {
  const byKey = new Map<string, { traceback: Traceback; count: number }>();
  for (const traceback of tracebacks) {
    const key = `${traceback.exceptionType}: ${traceback.message}`;
    const seen = byKey.get(key);
    if (seen) seen.count += 1;
    else byKey.set(key, { traceback, count: 1 });
  }
  return [...byKey.values()];
}
