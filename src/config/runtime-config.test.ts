import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig, RuntimeConfigError } from './runtime-config';

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
    expect(() => parseRuntimeConfig({ mode: 'demo', basePath: 'console', polling: { transitioningMs: 10 } })).toThrow(RuntimeConfigError);
    try {
      parseRuntimeConfig({ mode: 'demo', basePath: 'console' });
    } catch (error) {
      expect((error as Error).message).toMatch(/mode/);
      expect((error as Error).message).toMatch(/basePath: must start with "\/"/);
    }
  });
});
