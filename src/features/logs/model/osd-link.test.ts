import { describe, expect, it } from 'vitest';
import { parse } from 'node:url';
import rison from 'rison-node';
import { buildDiscoverUrl, defaultIndexPatternId, defaultTimeWindow, dqlString, tokenQueryFromJwtAnswer, windowAround, type OsdLinkSettings } from './osd-link';

const fields = { servingName: 'serving_name', component: 'serving_component', container: 'container_name', message: 'log_message', timestamp: '@timestamp' };

function settings(overrides: Partial<OsdLinkSettings> = {}): OsdLinkSettings {
  return { dashboardsUrl: 'https://osd.example.com', urlFormat: 'legacy', tenant: null, indexPatternId: 'abc123', dqlTimeRange: false, fields, ...overrides };
}

/** Reads a link the way OSD does: parse the URL, parse the hash's query, rison-decode each state. */
function decode(link: string) {
  const url = parse(link, true);
  const hash = parse((url.hash ?? '').slice(1), true);
  const state: Record<string, unknown> = {};
  for (const key of ['_g', '_a', '_q']) {
    const value = hash.query[key];
    if (typeof value === 'string') {
      expect(value.startsWith('h@')).toBe(false);
      state[key] = rison.decode(value);
    }
  }
  return { url, hashPath: hash.pathname, state };
}

const lastHour = { from: 'now-1h', to: 'now' };
const globalState = { filters: [], refreshInterval: { pause: true, value: 0 }, time: lastHour };
const columns = ['@timestamp', 'serving_component', 'container_name', 'log_message'];

describe('legacy Discover links', () => {
  it('decode to the expected app and global state', () => {
    const link = buildDiscoverUrl(settings(), { servingName: 'fraud-model', component: 'predictor', time: lastHour });
    const { url, hashPath, state } = decode(link);
    expect(url.pathname).toBe('/app/discover');
    expect(hashPath).toBe('/');
    expect(state._g).toEqual(globalState);
    expect(state._a).toEqual({
      columns,
      filters: [],
      index: 'abc123',
      interval: 'auto',
      query: { language: 'kuery', query: 'serving_name:"fraud-model" and serving_component:"predictor"' },
      sort: [['@timestamp', 'desc']],
    });
    expect(state._q).toBeUndefined();
  });

  it('matches the worked example of the docs when the docs’ field names are configured', () => {
    const docsFields = { ...fields, component: 'component', timestamp: 'timestamp' };
    const link = buildDiscoverUrl(settings({ fields: docsFields }), { servingName: 'fraud-model', component: 'predictor', time: lastHour });
    const { state } = decode(link);
    const example =
      "https://osd.example.com/app/discover#/?_g=(filters:!(),refreshInterval:(pause:!t,value:0),time:(from:now-1h,to:now))&_a=(columns:!(component,container_name,log_message),filters:!(),index:abc123,interval:auto,query:(language:kuery,query:'serving_name:%22fraud-model%22%20and%20component:%22predictor%22'),sort:!(!(timestamp,desc)))";
    const expected = decode(example).state as { _g: unknown; _a: { columns: string[] } };
    // Our link adds the timestamp column in front; the rest is the example's state.
    expect(state._g).toEqual(expected._g);
    expect(state._a).toEqual({ ...expected._a, columns: ['timestamp', ...expected._a.columns] });
  });
});

describe('data-explorer Discover links', () => {
  it('decode to the expected _a, _g and _q', () => {
    const link = buildDiscoverUrl(settings({ urlFormat: 'data-explorer' }), { servingName: 'fraud-model', time: lastHour });
    const { url, state } = decode(link);
    expect(url.pathname).toBe('/app/data-explorer/discover/');
    expect(state._a).toEqual({
      discover: { columns, interval: 'auto', sort: [['@timestamp', 'desc']] },
      metadata: { indexPattern: 'abc123', view: 'discover' },
    });
    expect(state._g).toEqual(globalState);
    expect(state._q).toEqual({ filters: [], query: { language: 'kuery', query: 'serving_name:"fraud-model"' } });
  });
});

describe('awkward names', () => {
  const names = [`it's "quoted"`, 'with spaces', 'bang!', 'paren(1)', 'a+b', 'hash#tag', 'percent%20', 'back\\slash', 'café-modèle', '-leading', '42start', 'amp&eq='];
  it.each(names)('%s round-trips through both formats', (servingName) => {
    for (const urlFormat of ['legacy', 'data-explorer'] as const) {
      const link = buildDiscoverUrl(settings({ urlFormat, indexPatternId: 'my project_serving-*' }), {
        servingName,
        container: 'storage-initializer',
        time: lastHour,
      });
      const { state } = decode(link);
      const query = (urlFormat === 'legacy' ? state._a : state._q) as { query: { query: string } };
      expect(query.query.query).toBe(`serving_name:${dqlString(servingName)} and container_name:"storage-initializer"`);
      const index = urlFormat === 'legacy' ? (state._a as { index: string }).index : (state._a as { metadata: { indexPattern: string } }).metadata.indexPattern;
      expect(index).toBe('my project_serving-*');
      // No raw space, quote or plus (a plus would read back as a space), and only the one `#`.
      expect(link).not.toMatch(/[\s+"]/);
      expect(link.split('#').length).toBe(2);
    }
  });

  it('escapes quotes and backslashes in DQL', () => {
    expect(dqlString('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
  });
});

describe('server query, tenant and token', () => {
  it('puts the tenant and Hopsworks’ token query before the hash, where the server sees them', () => {
    const link = buildDiscoverUrl(settings({ dashboardsUrl: '/hopsworks-api/kibana/', tenant: 'global', tokenQuery: 'jt=a.b.c' }), {
      servingName: 'm',
      time: lastHour,
    });
    expect(link.startsWith('/hopsworks-api/kibana/app/discover?security_tenant=global&jt=a.b.c#/?_g=')).toBe(true);
  });

  it('takes kibanaUrl\'s query string as it is, whatever the token parameter is called', () => {
    expect(tokenQueryFromJwtAnswer({ token: 'eyJ.x.y', kibanaUrl: '/hopsworks-api/kibana/app/discover?jt=eyJ.x.y&' })).toBe('jt=eyJ.x.y');
    expect(tokenQueryFromJwtAnswer({ token: 'eyJ.x.y', kibanaUrl: '/hopsworks-api/kibana/app/discover?osd_token=eyJ.x.y&' })).toBe('osd_token=eyJ.x.y');
    expect(tokenQueryFromJwtAnswer({ token: 't', kibanaUrl: '/kibana/app/discover?jt=a%2Bb&x=1#frag' })).toBe('jt=a%2Bb&x=1');
  });

  it('adds nothing when the token is empty (the cluster has the OpenSearch JWT off) or there is no query', () => {
    expect(tokenQueryFromJwtAnswer({ token: '', kibanaUrl: '/hopsworks-api/kibana/app/discover?jt=&' })).toBeUndefined();
    expect(tokenQueryFromJwtAnswer(undefined)).toBeUndefined();
    expect(tokenQueryFromJwtAnswer({ token: 't', kibanaUrl: '/no-query' })).toBeUndefined();
    const link = buildDiscoverUrl(settings({ dashboardsUrl: '/k', tokenQuery: tokenQueryFromJwtAnswer({ token: '', kibanaUrl: '/k?jt=&' }) }), { servingName: 'm', time: lastHour });
    expect(link).toMatch(/^\/k\/app\/discover#/);
  });
});

describe('time window and DQL time range', () => {
  it('is the last hour by default and from the deployed time for a failed deployment', () => {
    expect(defaultTimeWindow(false, 1_718_003_600_000)).toEqual(lastHour);
    expect(defaultTimeWindow(true, 1_718_003_600_000)).toEqual({ from: '2024-06-10T07:13:20.000Z', to: 'now' });
  });

  it('adds a DQL range when asked, with absolute times encoded as ISO strings', () => {
    const time = { from: '2024-05-01T09:45:00.000Z', to: '2024-05-01T10:15:00.000Z' };
    const { state } = decode(buildDiscoverUrl(settings({ dqlTimeRange: true }), { servingName: 'm', time }));
    expect((state._g as { time: unknown }).time).toEqual(time);
    expect((state._a as { query: { query: string } }).query.query).toBe(
      'serving_name:"m" and @timestamp >= "2024-05-01T09:45:00.000Z" and @timestamp <= "2024-05-01T10:15:00.000Z"',
    );
  });
});

describe('around a line', () => {
  it('opens five minutes either side of the line, on its component, and on its instance where the settings name that field', () => {
    const at = Date.parse('2024-05-01T10:00:00.000Z');
    expect(windowAround(at)).toEqual({ from: '2024-05-01T09:55:00.000Z', to: '2024-05-01T10:05:00.000Z' });
    const filter = { servingName: 'm', component: 'predictor' as const, instance: 'm-predictor-abc', time: windowAround(at) };
    const query = (link: string) => (decode(link).state._a as { query: { query: string } }).query.query;
    expect(query(buildDiscoverUrl(settings(), filter))).toBe('serving_name:"m" and serving_component:"predictor"');
    expect(query(buildDiscoverUrl(settings({ fields: { ...fields, instance: 'kubernetes.pod.name' } }), filter))).toBe(
      'serving_name:"m" and serving_component:"predictor" and kubernetes.pod.name:"m-predictor-abc"',
    );
    expect((decode(buildDiscoverUrl(settings(), filter)).state._g as { time: unknown }).time).toEqual(windowAround(at));
  });
});

describe('index pattern', () => {
  it('defaults to <project name lowercase>_serving-*', () => {
    expect(defaultIndexPatternId('Fraud_Detection')).toBe('fraud_detection_serving-*');
  });
});
