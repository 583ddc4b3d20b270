import { describe, expect, it } from 'vitest';
import { MockBackend } from './mock-backend';
import { FaultInjector, rotatingFaults } from './faults';

function clock(start = Date.parse('2026-11-21T10:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('MockBackend', () => {
  it('seeds about a dozen deployments covering every status and condition type', () => {
    const backend = new MockBackend({ now: clock().now });
    const list = backend.list(119);
    if (!list.ok) throw new Error('list failed');
    expect(list.body.length).toBeGreaterThanOrEqual(12);
    expect(new Set(list.body.map((d) => d.status))).toEqual(
      new Set(['Creating', 'Created', 'Starting', 'Running', 'Idle', 'Failed', 'Updating', 'Stopping', 'Stopped']),
    );
    expect(new Set(list.body.map((d) => d.condition.type))).toEqual(new Set(['STOPPED', 'SCHEDULED', 'INITIALIZED', 'STARTED', 'READY']));
    expect(list.body.some((d) => d.transformer)).toBe(true);
    expect(new Set(list.body.map((d) => d.modelServer))).toEqual(new Set(['PYTHON', 'TENSORFLOW_SERVING', 'VLLM']));
  });

  it('the large scenario has 2,000 deployments', () => {
    const list = new MockBackend({ scenario: 'large', now: clock().now }).list(119);
    expect(list.ok && list.body.length).toBe(2000);
  });

  it('answers 404 for another project and for an unknown deployment; 240000 carries only errorMsg', () => {
    const backend = new MockBackend({ now: clock().now });
    expect(backend.list(7)).toMatchObject({ ok: false, status: 404 });
    expect(backend.get(119, 1)).toEqual({ ok: false, status: 404, errorCode: 240000, errorMsg: 'Serving instance not found' });
  });

  it('a second action while the first holds the lock gets 500 / 240004 "Instance is busy"', () => {
    const time = clock();
    const backend = new MockBackend({ now: time.now });
    expect(backend.act(119, 1042, 'STOP')).toEqual({ ok: true, body: null });
    expect(backend.act(119, 1042, 'START')).toMatchObject({ ok: false, status: 500, errorCode: 240004, errorMsg: 'Instance is busy. Please, try later' });
    time.advance(1_000);
    expect(backend.act(119, 1042, 'START')).toMatchObject({ ok: false, status: 400, errorCode: 240003, usrMsg: 'Deployment is stopping. Please, try later.' });
  });

  it('an unknown component, or transformer logs without a transformer, is the generic illegal-argument error', () => {
    const backend = new MockBackend({ now: clock().now });
    expect(backend.logs(119, 1042, 'explainer', 10)).toMatchObject({ ok: false, status: 400, errorCode: 120001 });
    expect(backend.logs(119, 1043, 'transformer', 10)).toMatchObject({ ok: false, status: 400, errorCode: 120001 });
  });

  it('refuses an action with 400 / 240003 and the backend usrMsg', () => {
    const backend = new MockBackend({ now: clock().now });
    expect(backend.act(119, 1043, 'START')).toMatchObject({
      ok: false,
      status: 400,
      errorCode: 240003,
      usrMsg: 'Deployment is in a failed state and cannot be started.',
    });
  });

  it('a start progresses with time and persists through the store', () => {
    const time = clock();
    let saved: unknown = null;
    const store = { load: () => saved as never, save: (state: unknown) => void (saved = state) };
    const backend = new MockBackend({ now: time.now, speed: 10, store });
    expect(backend.act(119, 1052, 'START')).toEqual({ ok: true, body: null });
    time.advance(2_000);
    const reloaded = new MockBackend({ now: time.now, speed: 10, store });
    expect(reloaded.get(119, 1052)).toMatchObject({ ok: true, body: { status: 'Running' } });
  });

  describe('transient logs', () => {
    it('answers 404 / 240027 without running instances', () => {
      const backend = new MockBackend({ now: clock().now });
      for (const id of [1052, 1053, 1048]) {
        expect(backend.logs(119, id, 'predictor', 10)).toEqual({ ok: false, status: 404, errorCode: 240027, errorMsg: 'Server logs not available' });
      }
    });

    it('gives one entry per instance with a KServe pod name, honouring tail', () => {
      const backend = new MockBackend({ now: clock().now });
      const logs = backend.logs(119, 1050, 'predictor', 7);
      if (!logs.ok) throw new Error('logs failed');
      expect(logs.body).toHaveLength(2);
      expect(logs.body[0]!.instanceName).toMatch(/^anomalydetector-predictor-\d{5}-deployment-[0-9a-f]{9}-[a-z0-9]{5}$/);
      expect(logs.body[0]!.instanceName).not.toBe(logs.body[1]!.instanceName);
      expect(logs.body[0]!.content.split('\n').length).toBeLessThanOrEqual(7);
    });

    it('grows over time', () => {
      const time = clock();
      const backend = new MockBackend({ now: time.now });
      const first = backend.logs(119, 1042, 'predictor', 1000);
      time.advance(10_000);
      const later = backend.logs(119, 1042, 'predictor', 1000);
      if (!first.ok || !later.ok) throw new Error('logs failed');
      expect(later.body[0]!.content.length).toBeGreaterThan(first.body[0]!.content.length);
    });

    it('shows a Python traceback in the component that crashed, and normal lines in the other', () => {
      const backend = new MockBackend({ now: clock().now });
      const transformer = backend.logs(119, 1044, 'transformer', 50);
      const predictor = backend.logs(119, 1044, 'predictor', 50);
      if (!transformer.ok || !predictor.ok) throw new Error('logs failed');
      expect(transformer.body[0]!.content).toMatch(/Traceback \(most recent call last\)[\s\S]*ModuleNotFoundError/);
      expect(predictor.body[0]!.content).not.toMatch(/Traceback/);
    });

    it('caps an instance log at about 50 KB', () => {
      const backend = new MockBackend({ now: clock().now });
      const logs = backend.logs(119, 1042, 'predictor', 10_000);
      if (!logs.ok) throw new Error('logs failed');
      expect(logs.body[0]!.content.length).toBeLessThanOrEqual(50 * 1024);
    });
  });

  describe('faults', () => {
    it('the faults scenario fails every other request, rotating through the faults', () => {
      const injector = new FaultInjector(true);
      const seen = Array.from({ length: 2 * rotatingFaults.length }, () => injector.take('list'));
      expect(seen.filter((fault) => fault === null)).toHaveLength(rotatingFaults.length);
      expect(seen.filter(Boolean)).toEqual(rotatingFaults);
    });

    it('an injected fault lasts the given number of requests', () => {
      const injector = new FaultInjector(false);
      injector.inject({ endpoint: 'logs', fault: '503', times: 2 });
      expect([injector.take('logs'), injector.take('list'), injector.take('logs'), injector.take('logs')]).toEqual(['503', null, '503', null]);
    });
  });
});

describe('canned answers', () => {
  it('answer the next request to an endpoint once, then the simulation answers again', () => {
    const injector = new FaultInjector(false);
    injector.answerNext({ endpoint: 'action', status: 400, body: { errorCode: 240003 } });
    expect(injector.takeAnswer('list')).toBeNull();
    expect(injector.takeAnswer('action')).toMatchObject({ status: 400 });
    expect(injector.takeAnswer('action')).toBeNull();
  });

  describe('historical logs (source=opensearch)', () => {
    it('gives one entry per line with an ISO timestamp and a docId, oldest first, for a stopped deployment too', () => {
      const backend = new MockBackend({ now: clock().now });
      const result = backend.history(119, 1052, 'predictor', {});
      if (!result.ok) throw new Error('refused');
      const entries = result.body as { timestamp: string; docId: string; content: string }[];
      expect(entries.length).toBeGreaterThan(10);
      for (const entry of entries) {
        expect(entry.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(entry.docId).not.toBe('');
      }
      expect([...entries].sort((a, b) => a.timestamp.localeCompare(b.timestamp))).toEqual(entries);
      expect(new Set(entries.map((entry) => entry.docId)).size).toBe(entries.length);
    });

    it('keeps a stopped run\'s lines, crash included, and a line keeps its docId as the log grows', () => {
      const time = clock();
      const backend = new MockBackend({ now: time.now, speed: 10 });
      const before = backend.history(119, 1043, 'predictor', { since: time.now() - 60_000 });
      if (!before.ok) throw new Error('refused');
      expect(before.body.map((entry) => entry.content).join('\n')).toContain('Traceback (most recent call last):');
      time.advance(5_000);
      const later = backend.history(119, 1043, 'predictor', { since: time.now() - 65_000 });
      if (!later.ok) throw new Error('refused');
      const laterIds = new Set((later.body as { docId: string }[]).map((entry) => entry.docId));
      expect((before.body as { docId: string }[]).every((entry) => laterIds.has(entry.docId))).toBe(true);

      expect(backend.act(119, 1043, 'STOP')).toEqual({ ok: true, body: null });
      time.advance(60_000);
      const afterStop = backend.history(119, 1043, 'predictor', { since: time.now() - 3 * 60_000 });
      if (!afterStop.ok) throw new Error('refused');
      expect(afterStop.body.map((entry) => entry.content).join('\n')).toContain('Traceback (most recent call last):');
      expect(backend.logs(119, 1043, 'predictor', 10)).toMatchObject({ ok: false, errorCode: 240027 });
    });

    it('an older server ignores source=opensearch: transient entries without timestamps, or 404 / 240027', () => {
      const backend = new MockBackend({ now: clock().now });
      backend.historyAvailable = false;
      const running = backend.history(119, 1042, 'predictor', {});
      if (!running.ok) throw new Error('refused');
      expect(running.body[0]).not.toHaveProperty('timestamp');
      expect(backend.history(119, 1052, 'predictor', {})).toMatchObject({ ok: false, status: 404, errorCode: 240027 });
    });
  });
});
