import { describe, expect, it } from 'vitest';
import { formatLogTime, fullInstant, historyWindow, mergeHistory, olderWindow, readHistoryAnswer, shortInstanceLabel } from './history';

const now = Date.parse('2026-11-24T12:00:00Z');
const entry = (docId: string, at: string, instanceName = 'fraudmodel-predictor-00003-deployment-7d9f8c6b5-x2kqp') => ({
  instanceName,
  content: `line ${docId}`,
  timestamp: at,
  docId,
});

describe('historical logs', () => {
  it('reads an answer whose every entry has a timestamp and a docId as history', () => {
    const answer = readHistoryAnswer([entry('a', '2026-11-24T11:00:00.000Z'), entry('b', '2026-11-24T11:00:01.000Z')]);
    expect(answer).toEqual({ supported: true, entries: [expect.objectContaining({ docId: 'a', at: Date.parse('2026-11-24T11:00:00.000Z') }), expect.objectContaining({ docId: 'b' })] });
    expect(readHistoryAnswer([])).toEqual({ supported: true, entries: [] });
  });

  it('an answer without timestamp or docId (an older server ignoring source=opensearch) means history is not available', () => {
    expect(readHistoryAnswer([{ instanceName: 'p', content: 'last lines…' }])).toEqual({ supported: false });
    expect(readHistoryAnswer([{ ...entry('a', '2026-11-24T11:00:00Z'), docId: undefined }])).toEqual({ supported: false });
    expect(readHistoryAnswer([entry('a', 'yesterday')])).toEqual({ supported: false });
  });

  it('merges answers into one timeline, each docId once, oldest first', () => {
    const first = readHistoryAnswer([entry('b', '2026-11-24T11:00:02Z'), entry('a', '2026-11-24T11:00:01Z')]);
    const second = readHistoryAnswer([entry('b', '2026-11-24T11:00:02Z'), entry('c', '2026-11-24T11:00:03Z')]);
    if (!first.supported || !second.supported) throw new Error('not history');
    expect(mergeHistory(first.entries, second.entries).map((e) => e.docId)).toEqual(['a', 'b', 'c']);
  });

  it('windows: the ranges end now; "the last start" runs from the deploy; older lines come from the window before', () => {
    expect(historyWindow('15m', now, undefined)).toEqual({ since: now - 15 * 60_000, until: now });
    expect(historyWindow('last-start', now, now - 42_000)).toEqual({ since: now - 42_000, until: now });
    expect(historyWindow('last-start', now, undefined)).toEqual({ since: now - 3600_000, until: now });
    expect(historyWindow('last-start', now, Number.NaN)).toEqual({ since: now - 3600_000, until: now });
    expect(olderWindow({ since: now - 3600_000, until: now })).toEqual({ since: now - 7200_000, until: now - 3600_000 });
  });

  it('shows a line’s time of day to the millisecond, and a short instance tag', () => {
    const answer = readHistoryAnswer([entry('a', '2026-11-24T11:00:01.250Z')]);
    if (!answer.supported) throw new Error('not history');
    const [line] = answer.entries;
    expect(shortInstanceLabel(line!.instanceName)).toBe('x2kqp');
    expect(formatLogTime(line!.at, { withDay: false })).toMatch(/^\d{2}:\d{2}:01\.250$/);
  });
});

describe('line times, local or UTC', () => {
  const entry = { instanceName: 'm-predictor-abc-x2kqp', content: 'line a', at: Date.UTC(2026, 10, 24, 22, 48, 2, 153), docId: 'd1' };

  it('UTC shows the instant as UTC, with the day when asked', () => {
    expect(formatLogTime(entry.at, { withDay: false, utc: true })).toBe('22:48:02.153');
    expect(formatLogTime(entry.at, { withDay: true, utc: true })).toBe('24 Nov, 22:48:02');
  });

  it('the full instant on hover names it exactly (ISO, UTC) and in local time', () => {
    expect(fullInstant(entry.at)).toMatch(/^2026-11-24T22:48:02\.153Z · /);
  });
});
