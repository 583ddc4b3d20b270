import { mdCodeBlock, mdInline } from '@/lib/markdown';
import { toLogLine } from './log-lines';
import type { LogComponent } from './log-target';
import { findTracebacks } from './tracebacks';

/**
 * The logs' half of "Copy diagnostics": the first Python error (the block as printed, with its next
 * step), the last lines of each instance, and the OpenSearch link — without its token.
 */

export interface ComponentLogs {
  component: LogComponent;
  /** Where the lines come from: the running instances, or the history of the last start. */
  source: 'live' | 'history';
  instances: { instanceName: string; content: string }[];
  /** Why there are no lines (an error reading them, no history on this server…). */
  unavailable?: string;
}

export interface LogsReportInput {
  components: readonly ComponentLogs[];
  scripts: readonly string[];
  /** "See logs" without the OpenSearch token. */
  seeLogsUrl?: string;
  lastLines?: number;
}

const sourceWords = { live: 'live lines', history: 'history since the last start' } as const;

export function logsReport({ components, scripts, seeLogsUrl, lastLines = 20 }: LogsReportInput): string {
  const out: string[] = [];
  for (const logs of components) {
    for (const instance of logs.instances) {
      const lines = instance.content.split('\n').map(toLogLine);
      const [first] = findTracebacks(lines, scripts);
      if (!first) continue;
      out.push(
        `### First error: ${mdInline(`${first.exceptionType}${first.message ? `: ${first.message}` : ''}`)}`,
        '',
        `In the ${logs.component} (${mdInline(instance.instanceName)}, ${sourceWords[logs.source]}).`,
        ...(first.ownFrame ? [`In the deployment’s script ${mdInline(first.ownFrame.file)}, line ${first.ownFrame.line}.`] : []),
        ...(first.advice ? [`**${mdInline(first.advice.title)}.** ${mdInline(first.advice.nextStep)}`] : []),
        '',
        mdCodeBlock(lines.slice(first.start, first.end + 1).map((line) => line.text).join('\n'), 'text'),
        '',
      );
      break;
    }
    if (out.length) break;
  }

  for (const logs of components) {
    if (logs.unavailable) {
      out.push(`### ${logs.component} logs`, '', mdInline(logs.unavailable), '');
      continue;
    }
    for (const instance of logs.instances) {
      const lines = instance.content.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1).map((line) => toLogLine(line).text);
      out.push(`### Last ${Math.min(lastLines, lines.length)} lines of ${mdInline(instance.instanceName)} (${logs.component}, ${sourceWords[logs.source]})`, '', mdCodeBlock(lines.slice(-lastLines).join('\n'), 'text'), '');
    }
    if (logs.instances.length === 0) out.push(`### ${logs.component} logs`, '', `No ${logs.component} lines (${sourceWords[logs.source]}).`, '');
  }
  if (seeLogsUrl) out.push(`Historical logs in OpenSearch Dashboards: ${seeLogsUrl}`);
  return out.join('\n').trimEnd();
}
