import { describe, expect, it, vi } from 'vitest';
import { loadRuntimeConfig, parseRuntimeConfig, RuntimeConfigError } from './runtime-config';

describe('parseRuntimeConfig', () => {
  it('fills every default from an empty file', () => {
    expect(parseRuntimeConfig({})).toMatchObject({
      mode: 'mock',
      defaultProjectId: 119,
      basePath: '/',
      polling: { transitioningMs: 1500, settledMs: 15000 },
      opensearch: { urlFormat: 'legacy', indexPatternId: null, fields: { servingName: 'serving_name', timestamp: '@timestamp' } },
    });
  });

  it('keeps given values and merges nested defaults', () => {
    const config = parseRuntimeConfig({ mode: 'real', opensearch: { urlFormat: 'data-explorer', fields: { message: 'message' } } });
    expect(config.mode).toBe('real');
    expect(config.opensearch.fields).toMatchObject({ message: 'message', component: 'serving_component' });
  });

  it('names every bad value', () => {
    const bad = () => parseRuntimeConfig({ mode: 'demo', basePath: 'console', polling: { transitioningMs: 10 }, auth: 'cookie' });
    expect(bad).toThrow(RuntimeConfigError);
    expect(bad).toThrow(/^config\.json has invalid settings — /);
    expect(bad).toThrow(/mode: /);
    expect(bad).toThrow(/basePath: must start with "\/"/);
    expect(bad).toThrow(/polling\.transitioningMs: /);
    expect(bad).toThrow(/auth: /);
  });

  it('accepts what the production server writes', () => {
    expect(parseRuntimeConfig({ mode: 'real', auth: 'session', sessionPath: '/serving-console/console-api/session', basePath: '/serving-console/' })).toMatchObject({
      auth: 'session',
      sessionPath: '/serving-console/console-api/session',
    });
  });
});

describe('loadRuntimeConfig', () => {
  it('takes the config the page holds without a request, and fetches config.json when the page holds none', async () => {
    const fetched = vi.fn(async () => new Response(JSON.stringify({ mode: 'real', defaultProjectId: 7 }), { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetched);
    try {
      expect(await loadRuntimeConfig('http://console.test/config.json', JSON.stringify({ mode: 'real', defaultProjectId: 42 }))).toMatchObject({ mode: 'real', defaultProjectId: 42 });
      expect(fetched).not.toHaveBeenCalled();
      expect(await loadRuntimeConfig('http://console.test/config.json')).toMatchObject({ mode: 'real', defaultProjectId: 7 });
      expect(fetched).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says what is wrong with a config in the page', async () => {
    await expect(loadRuntimeConfig('http://console.test/config.json', '{not json')).rejects.toThrow(/runtime config in the page is not valid JSON/);
    await expect(loadRuntimeConfig('http://console.test/config.json', JSON.stringify({ defaultProjectId: -1 }))).rejects.toThrow(/defaultProjectId/);
  });
});
