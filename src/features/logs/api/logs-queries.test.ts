import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { startMockApi } from '@/testing/mock-api';
import { toLogLines } from '../model/log-lines';
import { fetchTransientLogs } from './logs-queries';

const mock = startMockApi();
const logsUrl = '*/hopsworks-api/api/project/119/serving/1042/logs';

describe('fetchTransientLogs', () => {
  it('reads one entry per instance from the simulated backend', async () => {
    const logs = await fetchTransientLogs(119, 1042, 'predictor', 5);
    expect(logs).toHaveLength(1);
    expect(logs[0]!.instanceName).toMatch(/^fraudmodel-predictor-/);
    expect(toLogLines(logs[0]!.content).length).toBeLessThanOrEqual(5);
  });

  it('says when transient logs are not available (404 / 240027)', async () => {
    await expect(fetchTransientLogs(119, 1052, 'predictor', 5)).rejects.toMatchObject({ status: 404, errorCode: 240027 });
  });

  it('accepts {items: [...]} and a missing content', async () => {
    mock.server.use(http.get(logsUrl, () => HttpResponse.json({ items: [{ instanceName: 'pod-a' }] })));
    await expect(fetchTransientLogs(119, 1042, 'predictor', 5)).resolves.toEqual([{ instanceName: 'pod-a', content: '' }]);
  });

  it('rejects an answer that is not a list of instances', async () => {
    mock.server.use(http.get(logsUrl, () => HttpResponse.json({ instances: 'none' })));
    await expect(fetchTransientLogs(119, 1042, 'predictor', 5)).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('shows invalid UTF-8 in log content as replacement characters instead of failing', async () => {
    const before = new TextEncoder().encode('[{"instanceName":"pod-a","content":"bad ');
    const after = new TextEncoder().encode(' bytes\\nnext line"}]');
    const body = new Uint8Array([...before, 0xc3, 0x28, 0xff, 0xfe, ...after]);
    mock.server.use(http.get(logsUrl, () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })));
    const [entry] = await fetchTransientLogs(119, 1042, 'predictor', 5);
    const lines = toLogLines(entry!.content);
    expect(lines.map((line) => line.text)).toEqual(['bad \uFFFD(\uFFFD\uFFFD bytes', 'next line']);
  });
});
