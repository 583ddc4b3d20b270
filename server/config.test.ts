import { describe, expect, it } from 'vitest';
import { loadServerConfig } from './config.ts';

const secret = 's'.repeat(32);

describe('loadServerConfig', () => {
  it('serves the demo without HOPSWORKS_URL', () => {
    const config = loadServerConfig({});
    expect(config).toMatchObject({ mode: 'demo', port: 8080, basePath: '', defaultProjectId: 119, frameAncestors: ["'self'"] });
    expect(config.openSearchDashboardsUrl).toBeUndefined();
  });

  it('signs users in with HOPSWORKS_URL and SESSION_SECRET; OpenSearch Dashboards defaults to the cluster', () => {
    const config = loadServerConfig({ HOPSWORKS_URL: 'https://hops.example.com/', SESSION_SECRET: secret, BASE_PATH: '/serving-console/' });
    expect(config).toMatchObject({
      mode: 'sign-in',
      hopsworksUrl: 'https://hops.example.com',
      basePath: '/serving-console',
      allowActions: true,
      openSearchDashboardsUrl: 'https://hops.example.com/hopsworks-api/kibana',
    });
  });

  it('uses a service key read-only unless ALLOW_ACTIONS=1', () => {
    expect(loadServerConfig({ HOPSWORKS_URL: 'https://h.example', HOPSWORKS_API_KEY: 'k' })).toMatchObject({ mode: 'service-key', allowActions: false });
    expect(loadServerConfig({ HOPSWORKS_URL: 'https://h.example', HOPSWORKS_API_KEY: 'k', ALLOW_ACTIONS: '1' })).toMatchObject({ allowActions: true });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ HOPSWORKS_URL: 'hops.example.com', SESSION_SECRET: secret }, 'HOPSWORKS_URL'],
    [{ HOPSWORKS_URL: 'https://h.example' }, 'SESSION_SECRET'],
    [{ HOPSWORKS_URL: 'https://h.example', SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ BASE_PATH: 'serving-console' }, 'BASE_PATH'],
    [{ HOPSWORKS_PROJECT_ID: '-3' }, 'HOPSWORKS_PROJECT_ID'],
    [{ HOPSWORKS_INSECURE_TLS: 'yes' }, 'HOPSWORKS_INSECURE_TLS'],
    [{ FRAME_ANCESTORS: 'evil; script-src *' }, 'FRAME_ANCESTORS'],
    [{ HOPSWORKS_API_KEY: 'k' }, 'HOPSWORKS_API_KEY'],
    [{ OPENSEARCH_DASHBOARDS_URL: 'not a url' }, 'OPENSEARCH_DASHBOARDS_URL'],
  ])('names the bad variable: %o', (env, variable) => {
    expect(() => loadServerConfig(env)).toThrow(new RegExp(`^Invalid environment — .*${variable}`));
  });
});
