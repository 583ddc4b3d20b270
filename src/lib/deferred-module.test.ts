import { describe, expect, it, vi } from 'vitest';
import { deferredModule } from './deferred-module';

describe('deferredModule', () => {
  it('loads once however often it is asked for; a failed load is asked for again once, when the browser is back online', async () => {
    const online = new EventTarget();
    const listen = vi.fn(online.addEventListener.bind(online));
    vi.stubGlobal('addEventListener', listen);
    let attempts = 0;
    const module = deferredModule(async () => {
      attempts += 1;
      if (attempts <= 2) throw new Error('Failed to fetch dynamically imported module');
      return { name: 'Tooltip' };
    });
    await expect(module.load()).rejects.toThrow();
    await expect(module.load()).rejects.toThrow();
    expect(attempts).toBe(2);
    expect(listen.mock.calls.filter(([type]) => type === 'online')).toHaveLength(1);

    online.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(attempts).toBe(3));
    await expect(module.load()).resolves.toEqual({ name: 'Tooltip' });
    await module.load();
    expect(attempts).toBe(3);
    vi.unstubAllGlobals();
  });
});
