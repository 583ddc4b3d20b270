import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './build-server.ts';
import { loadServerConfig } from './config.ts';
import { fixtureDist, signInCookie, startHarness, type Harness } from './testing/server-harness.ts';
import { fakeAccounts, fakeProjects } from './testing/fake-hopsworks.ts';
import { Agent } from 'undici';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressAssets } from './precompressed-assets.ts';
import { firstRowsSection, firstRowsWaitMs } from './plugins/first-rows.ts';

let harness: Harness | undefined;
let app: FastifyInstance | undefined;
afterEach(async () => {
  await harness?.close();
  await app?.close();
  harness = undefined;
  app = undefined;
});

async function demo(env: Record<string, string> = {}) {
  app = await buildServer({ config: loadServerConfig(env), distDir: fixtureDist(), logger: false });
  return app;
}

describe('the console under BASE_PATH', () => {
  it('answers deep links with index.html whose <base href> is the mount, and assets below it', async () => {
    harness = await startHarness({ BASE_PATH: '/serving-console' });
    const deepLink = await harness.app.inject({ method: 'GET', url: '/serving-console/p/4321/deployments/43211?tab=logs' });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain('<base href="/serving-console/" />');
    expect(deepLink.headers['cache-control']).toBe('no-store');
    const asset = await harness.app.inject({ method: 'GET', url: '/serving-console/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await harness.app.inject({ method: 'GET', url: '/serving-console/favicon.svg' })).headers['cache-control']).toBe('no-cache');
  });

  it('answers an unknown asset with a 404, not with the app', async () => {
    harness = await startHarness({ BASE_PATH: '/serving-console' });
    for (const url of ['/serving-console/assets/index-gone.js', '/serving-console/missing.png', '/other/p/1/deployments']) {
      const response = await harness.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('<div id="root">');
    }
  });

  it('opens the mount root and redirects / and the bare mount to it', async () => {
    harness = await startHarness({ BASE_PATH: '/serving-console' });
    expect((await harness.app.inject({ method: 'GET', url: '/serving-console/' })).body).toContain('<div id="root">');
    for (const url of ['/', '/serving-console']) {
      const response = await harness.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/serving-console/');
    }
  });

  it('serves a runtime config that points the console at the proxy, the session and OpenSearch', async () => {
    harness = await startHarness({ BASE_PATH: '/serving-console' });
    const response = await harness.app.inject({ method: 'GET', url: '/serving-console/config.json' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toMatchObject({
      mode: 'real',
      auth: 'session',
      basePath: '/serving-console/',
      apiBasePath: '/serving-console/hopsworks-api/api',
      sessionPath: '/serving-console/console-api/session',
      defaultProjectId: 4321,
      requestTimeoutMs: 20000,
      opensearch: { dashboardsUrl: `${harness.hopsworks.url}/hopsworks-api/kibana` },
    });
  });

  it('serves the demo (mock mode) without HOPSWORKS_URL', async () => {
    const server = await demo();
    expect((await server.inject({ method: 'GET', url: '/config.json' })).json()).toMatchObject({ mode: 'mock', auth: 'none', basePath: '/' });
    expect((await server.inject({ method: 'GET', url: '/hopsworks-api/api/project/119/serving' })).statusCode).toBe(404);
  });
});

describe('headers', () => {
  it('sends the CSP with frame-ancestors from FRAME_ANCESTORS, no-referrer and nosniff; compresses', async () => {
    const server = await demo({ FRAME_ANCESTORS: "'self' https://ml.example.com" });
    const response = await server.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'self' https://ml.example.com");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it("sends the build's precompressed assets as they are, and compresses the rest per request", async () => {
    const dist = fixtureDist();
    writeFileSync(join(dist, 'assets', 'small-abc123.js'), 'console.log(1);');
    await precompressAssets(join(dist, 'assets'));
    app = await buildServer({ config: loadServerConfig({}), distDir: dist, logger: false });
    const original = readFileSync(join(dist, 'assets', 'index-abc123.js'));
    for (const [encoding, extension, decompress] of [['br', '.br', brotliDecompressSync], ['gzip', '.gz', gunzipSync]] as const) {
      const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': `${encoding}, deflate` } });
      expect(response.headers['content-encoding'], encoding).toBe(encoding);
      expect(response.headers['content-type'], encoding).toMatch(/^(text|application)\/javascript/);
      expect(response.headers['cache-control'], encoding).toBe('public, max-age=31536000, immutable');
      expect(response.headers.vary, encoding).toMatch(/accept-encoding/i);
      expect(response.rawPayload.equals(readFileSync(join(dist, 'assets', `index-abc123.js${extension}`))), encoding).toBe(true);
      expect(decompress(response.rawPayload).equals(original), encoding).toBe(true);
    }
    const plain = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
    // Too small to be worth a copy: compressed per request, as before.
    expect(existsSync(join(dist, 'assets', 'small-abc123.js.br'))).toBe(false);
    const small = await app.inject({ method: 'GET', url: '/assets/small-abc123.js', headers: { 'accept-encoding': 'br' } });
    expect([small.statusCode, small.headers.vary, brotliDecompressSync(small.rawPayload).toString()]).toEqual([200, 'accept-encoding', 'console.log(1);']);
  });

  it('sends HSTS only behind TLS (as told by a trusted proxy)', async () => {
    const server = await demo({ TRUST_PROXY: '1' });
    const https = await server.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const plain = await server.inject({ method: 'GET', url: '/' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('health', () => {
  it('/healthz says alive; /readyz says whether Hopsworks answers', async () => {
    harness = await startHarness();
    expect((await harness.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await harness.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    await harness.hopsworks.close();
    const unready = await harness.app.inject({ method: 'GET', url: '/readyz' });
    expect(unready.statusCode).toBe(503);
    expect(unready.json()).toMatchObject({ status: 'unready', reason: expect.stringMatching(/not reachable/) });
    expect((await harness.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe("index.html holds what the first page needs first", () => {
  const preloads = (html: string) => [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous" \/>/g)].map((match) => match[1]);
  const dataBlock = (html: string, id: string): unknown => {
    const block = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html);
    return block ? JSON.parse(block[1]!) : undefined;
  };

  it('signed in: who is signed in, as the session route says it, and a preload of the deployment an overview shows, under BASE_PATH', async () => {
    harness = await startHarness({ BASE_PATH: '/serving-console' });
    const cookie = await signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner }, '/serving-console');
    const page = async (url: string) => (await harness!.app.inject({ method: 'GET', url, headers: { cookie } })).body;
    const session = (await harness.app.inject({ method: 'GET', url: '/serving-console/console-api/session', headers: { cookie } })).json();
    expect(session).toMatchObject({ signedIn: true, user: fakeAccounts.owner.email });
    const overview = await page('/serving-console/p/77/deployments/1042?tab=logs');
    expect(preloads(overview)).toEqual(['/serving-console/hopsworks-api/api/project/77/serving/1042']);
    expect(dataBlock(overview, 'console-session')).toEqual(session);
    // A list page holds its deployments itself (below).
    for (const url of ['/serving-console/p/77/deployments?status=Failed', '/serving-console/', '/serving-console/p/77/unknown']) {
      const html = await page(url);
      expect(preloads(html), url).toEqual([]);
      expect(dataBlock(html, 'console-session'), url).toEqual(session);
    }
  });

  it('nobody signed in: the page says so and names no request (none would be let through); demo mode: no session at all', async () => {
    harness = await startHarness();
    const html = (await harness.app.inject({ method: 'GET', url: '/p/77/deployments' })).body;
    expect(preloads(html)).toEqual([]);
    expect(dataBlock(html, 'console-session')).toEqual((await harness.app.inject({ method: 'GET', url: '/console-api/session' })).json());
    expect(dataBlock(html, 'console-session')).toMatchObject({ signedIn: false });
    const demoHtml = (await (await demo()).inject({ method: 'GET', url: '/p/77/deployments' })).body;
    expect(preloads(demoHtml)).toEqual([]);
    expect(dataBlock(demoHtml, 'console-session')).toBeUndefined();
  });

  it('the runtime config is in the page, the same as config.json says, and config.json is not preloaded', async () => {
    harness = await startHarness({ BASE_PATH: '/serving-console' });
    const html = (await harness.app.inject({ method: 'GET', url: '/serving-console/p/77/deployments' })).body;
    const configJson = (await harness.app.inject({ method: 'GET', url: '/serving-console/config.json' })).json();
    expect(configJson).toMatchObject({ mode: 'real', basePath: '/serving-console/' });
    expect(dataBlock(html, 'console-runtime-config')).toEqual(configJson);
    expect(html).not.toContain('href="config.json"');
  });
});

describe("a list page's first rows, painted by the server", () => {
  const owned = fakeProjects.owned.id;
  const listCalls = () => harness!.hopsworks.requests.filter((request) => request.path === `/hopsworks-api/api/project/${owned}/serving`).length;
  const rowNames = (html: string) => [...html.matchAll(/<tr data-deployment="([^"]*)"/g)].map((match) => match[1]);
  const byName = new Intl.Collator('en', { numeric: true }).compare;
  const dataBlock = (html: string) => /<script type="application\/json" id="first-page-deployments" data-project-id="(\d+)">([^<]*)<\/script>/.exec(html);

  it("holds the rows the page shows for its URL, and the answer they come from: one call to Hopsworks", async () => {
    harness = await startHarness({ BASE_PATH: '/serving-console' });
    const cookie = await signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner }, '/serving-console');
    const before = listCalls();
    const html = (await harness.app.inject({ method: 'GET', url: `/serving-console/p/${owned}/deployments`, headers: { cookie } })).body;
    expect(listCalls()).toBe(before + 1);
    const block = dataBlock(html);
    expect(block?.[1]).toBe(String(owned));
    const answer = JSON.parse(block![2]!) as { items: { name: string; status: string }[] };
    expect(rowNames(html)).toEqual(answer.items.map((deployment) => deployment.name).sort(byName));
    expect(html).toContain(`<a href="p/${owned}/deployments/`);
    expect(html.indexOf('<tr data-deployment')).toBeLessThan(html.indexOf('</html>'));

    const failed = answer.items.filter((deployment) => deployment.status === 'Failed').map((deployment) => deployment.name).sort(byName);
    expect(failed.length).toBeGreaterThan(0);
    const filtered = (await harness.app.inject({ method: 'GET', url: `/serving-console/p/${owned}/deployments?status=Failed&sort=name&dir=desc`, headers: { cookie } })).body;
    expect(rowNames(filtered)).toEqual([...failed].reverse());
  });

  it("writes the backend's text as text: a name cannot open a tag or end the data block", async () => {
    harness = await startHarness();
    const hostile = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';
    harness.hopsworks.putDeployment(owned, { name: hostile, status: 'Running' });
    const cookie = await signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner });
    const html = (await harness.app.inject({ method: 'GET', url: `/p/${owned}/deployments`, headers: { cookie } })).body;
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(2)');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(JSON.parse(dataBlock(html)![2]!).items.map((deployment: { name: string }) => deployment.name)).toContain(hostile);
  });

  it('goes on without rows when Hopsworks is slow, and without asking when nobody is signed in', async () => {
    harness = await startHarness();
    const cookie = await signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner });
    harness.hopsworks.delayNextList(firstRowsWaitMs + 500);
    const slow = (await harness.app.inject({ method: 'GET', url: `/p/${owned}/deployments`, headers: { cookie } })).body;
    expect(rowNames(slow)).toEqual([]);
    expect(dataBlock(slow)).toBeNull();
    expect(slow).toContain('Loading the console…');
    expect(slow).toContain('</html>');

    const before = listCalls();
    const anonymous = (await harness.app.inject({ method: 'GET', url: `/p/${owned}/deployments` })).body;
    expect(rowNames(anonymous)).toEqual([]);
    expect(listCalls()).toBe(before);
  });

  it('leaves a list too large to read on the way to the console', async () => {
    harness = await startHarness();
    const agent = new Agent();
    const section = (maxChars?: number) =>
      firstRowsSection({ hopsworksUrl: harness!.hopsworks.url, agent, authorization: `ApiKey ${harness!.hopsworks.keys.full}`, projectId: owned, search: '', maxChars });
    try {
      expect(await section()).toContain('<tr data-deployment=');
      expect(await section(100)).toBe('');
    } finally {
      await agent.close();
    }
  });
});
