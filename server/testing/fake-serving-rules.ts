/**
 * The fake Hopsworks' serving rules, written the way the backend's start/stop checks read (a chain of
 * conditions), independently of the simulator's table in src/mocks: the contract test runs the
 * contract's "Refusals" rows against both, so a slip in either shows.
 */

export type FakeAction = 'START' | 'STOP';
/** What the backend does with an action: accept it, accept it and change nothing, or refuse with these words. */
export type FakeVerdict = 'accept' | 'no-op' | string;

const busy = 'Deployment is busy. Please, try later.';

export function startStopVerdict(action: FakeAction, status: string, deployed: boolean): FakeVerdict {
  if (action === 'START') {
    if (status === 'Creating') return 'Deployment is being prepared. Please, try later.';
    if (status === 'Created' || status === 'Stopped') return 'accept';
    if (status === 'Stopping') return deployed ? busy : 'Deployment is stopping. Please, try later.';
    if (status === 'Failed') return deployed ? 'Deployment is in a failed state and cannot be started.' : busy;
    return deployed ? 'Deployment is already started.' : busy;
  }
  if (status === 'Running' || status === 'Failed' || status === 'Idle') return 'accept';
  if (status === 'Creating') return deployed ? 'no-op' : 'Deployment is already stopped.';
  if (status === 'Starting') return deployed ? 'Deployment is starting. Please, try later.' : busy;
  if (status === 'Updating') return deployed ? 'Deployment is updating. Please, try later.' : busy;
  return deployed ? busy : 'Deployment is already stopped.';
}

export interface FakeLogLine {
  instanceName: string;
  content: string;
  timestamp: string;
  docId: string;
}

export interface HistoryQuery {
  since?: string | null;
  until?: string | null;
  pod?: string | null;
}

/** The most entries one historical-logs answer carries (the newest of the window), like the server's page. */
export const fakeHistoryPageSize = 500;

/**
 * `source=opensearch`: the lines of [since, until] (ISO-8601; default the last hour), of one pod when
 * asked, oldest first, at most a page of the newest. Unreadable times are the generic illegal argument.
 */
export function historyAnswer(lines: readonly FakeLogLine[], query: HistoryQuery, now: number): FakeLogLine[] | 'illegal' {
  const since = query.since ? Date.parse(query.since) : now - 60 * 60_000;
  const until = query.until ? Date.parse(query.until) : now;
  if (Number.isNaN(since) || Number.isNaN(until)) return 'illegal';
  return lines
    .filter((line) => (!query.pod || line.instanceName === query.pod) && Date.parse(line.timestamp) >= since && Date.parse(line.timestamp) <= until)
    .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp) || a.docId.localeCompare(b.docId))
    .slice(-fakeHistoryPageSize);
}

/** A run's lines as the log pipeline stores them: one document per line, a second apart, ending `endAt`. */
export function runLines(instanceName: string, contents: readonly string[], endAt: number): FakeLogLine[] {
  return contents.map((content, index) => {
    const at = endAt - (contents.length - 1 - index) * 1_000;
    return { instanceName, content, timestamp: new Date(at).toISOString(), docId: `${instanceName}-${at}-${index}` };
  });
}
