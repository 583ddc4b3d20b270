import { createServer, type RequestListener, type ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAccounts } from './testing/fake-hopsworks.ts';
import { cookieFrom, fromConsole, signInCookie, startHarness, type Harness } from './testing/server-harness.ts';
import { buildServer } from './build-server.ts';
import { loadServerConfig } from './config.ts';

let harness: Harness;
afterEach(async () => harness?.close());

const list = '/hopsworks-api/api/project/4321/serving';
const start = '/hopsworks-api/api/project/4321/serving/43213?action=START';
const stopRunning = '/hopsworks-api/api/project/4321/serving/43211?action=STOP';

async function signedIn(env: Record<string, string> = {}) {
  harness = await startHarness(env);
  const base = env.BASE_PATH ?? '';
  return signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner }, base);
}

describe('the Hopsworks proxy', () => {
  it('answers 401 in the contract shape without a session, and never calls Hopsworks', async () => {
    harness = await startHarness();
    const response = await harness.app.inject({ method: 'GET', url: list });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ errorCode: 200003, errorMsg: 'Authorization header not set.' });
    expect(harness.hopsworks.requests).toHaveLength(0);
  });

  it("adds the session's Authorization and drops the browser's cookies and Authorization going up", async () => {
    const cookie = await signedIn();
    const response = await harness.app.inject({ method: 'GET', url: `${list}?status=Running`, headers: { cookie: `${cookie}; other=1`, authorization: 'ApiKey from-the-page' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const upstream = harness.hopsworks.requests.at(-1)!;
    expect(upstream.path).toBe('/hopsworks-api/api/project/4321/serving?status=Running');
    expect(upstream.authorization).toBe(harness.hopsworks.issuedTokens[0]);
    expect(upstream.cookie).toBeUndefined();
    expect(response.headers['set-cookie'], "Hopsworks' own session cookie").toBeUndefined();
  });

  it('keeps a renewed token in the session and never passes Authorization or Set-Cookie down', async () => {
    let cookie = await signedIn();
    const [firstToken] = harness.hopsworks.issuedTokens;
    harness.hopsworks.renewNextToken();
    const renewed = await harness.app.inject({ method: 'GET', url: list, headers: { cookie } });
    expect(renewed.statusCode).toBe(200);
    const secondToken = harness.hopsworks.issuedTokens[1]!;
    expect(secondToken).not.toBe(firstToken);
    expect(renewed.headers.authorization).toBeUndefined();
    const setCookies = [renewed.headers['set-cookie'] ?? []].flat();
    expect(setCookies, "the console's cookie, and none of Hopsworks'").toEqual([expect.stringMatching(/^__Host-serving-console-session=/)]);
    const setCookie = setCookies[0]!;
    cookie = setCookie.split(';')[0]!;
    const next = await harness.app.inject({ method: 'GET', url: list, headers: { cookie } });
    expect(next.statusCode).toBe(200);
    expect(harness.hopsworks.requests.at(-1)!.authorization).toBe(secondToken);
  });

  it('ends the session when Hopsworks answers 401', async () => {
    const cookie = await signedIn();
    harness.hopsworks.expireSessions();
    const response = await harness.app.inject({ method: 'GET', url: list, headers: { cookie } });
    expect(response.statusCode).toBe(401);
    expect(response.json().usrMsg).toBe('Your Hopsworks session has ended — sign in again.');
    const endedCookie = cookieFrom(response.headers['set-cookie']);
    const again = await harness.app.inject({ method: 'GET', url: list, headers: { cookie: endedCookie } });
    expect(again.json()).toMatchObject({ errorCode: 200003 });
    expect(harness.hopsworks.requests.filter((request) => request.path.endsWith('/serving'))).toHaveLength(1);
    // A reload still learns why sign-in is back; signing in again or out forgets it.
    const session = await harness.app.inject({ method: 'GET', url: '/console-api/session', headers: { cookie: endedCookie } });
    expect(session.json()).toMatchObject({ signedIn: false, ended: true, user: null });
    const signedInAgain = await harness.app.inject({
      method: 'POST',
      url: '/console-api/session',
      headers: { ...fromConsole, cookie: endedCookie },
      payload: { method: 'password', ...fakeAccounts.owner },
    });
    expect(signedInAgain.json()).toMatchObject({ signedIn: true, ended: false });
    const signedOut = await harness.app.inject({ method: 'DELETE', url: '/console-api/session', headers: { ...fromConsole, cookie: endedCookie }, payload: {} });
    expect(String(signedOut.headers['set-cookie'])).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
  });

  it('a session that was never signed in, or was signed out, has not "ended"', async () => {
    harness = await startHarness();
    const session = await harness.app.inject({ method: 'GET', url: '/console-api/session' });
    expect(session.json()).toMatchObject({ signedIn: false, ended: false });
  });

  for (const how of ['redirect', 'page'] as const) {
    it(`treats a login ${how === 'redirect' ? 'redirect' : 'page (200, HTML)'} as an ended session, not as a network error or bad JSON`, async () => {
      const cookie = await signedIn();
      harness.hopsworks.answerNextWithLogin(how);
      const response = await harness.app.inject({ method: 'GET', url: list, headers: { cookie } });
      expect(response.statusCode).toBe(401);
      expect(response.headers.location).toBeUndefined();
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json().usrMsg).toMatch(/session has ended/);
    });
  }

  it('refuses a cross-site start before it reaches Hopsworks, and lets the console start', async () => {
    const cookie = await signedIn();
    const attempts = [
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site', origin: 'https://other.localhost' },
      { origin: 'null' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'none' },
      {},
    ];
    for (const headers of attempts) {
      const response = await harness.app.inject({ method: 'POST', url: start, headers: { ...headers, cookie } });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().usrMsg).toMatch(/did not come from the console/);
    }
    expect(harness.hopsworks.requests.filter((r) => r.method === 'POST' && r.path.includes('action='))).toHaveLength(0);
    // Under Referrer-Policy: no-referrer the console's own fetch sends Origin: null — Sec-Fetch-Site decides.
    const own = await harness.app.inject({ method: 'POST', url: start, headers: { 'sec-fetch-site': 'same-origin', origin: 'null', cookie } });
    expect(own.statusCode).toBe(200);
    const viaOrigin = await harness.app.inject({ method: 'POST', url: stopRunning, headers: { origin: 'http://localhost:80', host: 'localhost:80', cookie } });
    expect(viaOrigin.statusCode).toBe(200);
    expect(harness.hopsworks.requests.filter((r) => r.method === 'POST' && r.path.includes('action='))).toHaveLength(2);
  });

  it('refuses cross-site reads too', async () => {
    const cookie = await signedIn();
    const response = await harness.app.inject({ method: 'GET', url: list, headers: { 'sec-fetch-site': 'cross-site', cookie } });
    expect(response.statusCode).toBe(403);
  });

  it('turns an unreachable Hopsworks into a contract JSON error', async () => {
    const cookie = await signedIn();
    await harness.hopsworks.close();
    const response = await harness.app.inject({ method: 'GET', url: list, headers: { cookie } });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ errorCode: 2, usrMsg: expect.stringMatching(/could not reach Hopsworks/) });
  });

  it('turns a Hopsworks that does not answer in time into a 504 with the contract shape', async () => {
    const cookie = await signedIn({ HOPSWORKS_TIMEOUT_MS: '1000' });
    harness.hopsworks.delayNextList(3000);
    const response = await harness.app.inject({ method: 'GET', url: list, headers: { cookie } });
    expect(response.statusCode).toBe(504);
    expect(response.json()).toMatchObject({ errorCode: 3, usrMsg: 'The Hopsworks server did not answer within 1 seconds. Try again in a moment.' });
  });

  it('passes a 503 through once (no hidden retries)', async () => {
    let calls = 0;
    await behindRawHopsworks(
      (_req, res) => {
        calls++;
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<html>maintenance</html>');
      },
      async (app) => {
        const response = await app.inject({ method: 'GET', url: list });
        expect(response.statusCode).toBe(503);
        expect(calls).toBe(1);
      },
    );
  });
});

/** The proxy in service-key mode in front of a hand-written Hopsworks answer. */
async function behindRawHopsworks(answer: RequestListener, check: (app: FastifyInstance) => Promise<void>, env: Record<string, string> = {}) {
  const hopsworks = createServer(answer);
  await new Promise<void>((resolve) => hopsworks.listen(0, '127.0.0.1', resolve));
  const address = hopsworks.address() as { port: number };
  const app = await buildServer({
    config: loadServerConfig({ HOPSWORKS_URL: `http://127.0.0.1:${address.port}`, HOPSWORKS_API_KEY: 'service', ...env }),
    distDir: false,
    logger: false,
  });
  try {
    await check(app);
  } finally {
    await app.close();
    hopsworks.closeAllConnections();
    hopsworks.close();
  }
}

/** A JSON body of about `size` bytes, different at every position so a lost or repeated chunk shows. */
function jsonOfSize(size: number): string {
  const items = Array.from({ length: Math.ceil(size / 20) }, (_, index) => `"item-${String(index).padStart(12, '0')}"`);
  return `[${items.join(',')}]`;
}

/** Writes the body in pieces, each in its own turn of the event loop, like a slow upstream. */
function writeInPieces(res: ServerResponse, body: string, pieceSize: number, then: () => void = () => res.end()) {
  let offset = 0;
  const next = () => {
    if (offset >= body.length) return then();
    res.write(body.slice(offset, offset + pieceSize));
    offset += pieceSize;
    setImmediate(next);
  };
  next();
}

describe('answer bodies', () => {
  for (const { name, size, framing } of [
    { name: 'a small chunked answer', size: 10_000, framing: 'chunked' },
    { name: 'a large chunked answer (beyond what the proxy holds at once)', size: 1_500_000, framing: 'chunked' },
    { name: 'a large answer with its length', size: 1_500_000, framing: 'length' },
  ] as const) {
    it(`passes ${name} down byte for byte, with Hopsworks' status and type`, async () => {
      const body = jsonOfSize(size);
      await behindRawHopsworks(
        (_req, res) => {
          res.writeHead(202, { 'content-type': 'application/json', ...(framing === 'length' ? { 'content-length': String(Buffer.byteLength(body)) } : {}) });
          writeInPieces(res, body, 64 * 1024);
        },
        async (app) => {
          const response = await app.inject({ method: 'GET', url: list });
          expect(response.statusCode).toBe(202);
          expect(response.headers['content-type']).toBe('application/json');
          expect(response.body.length).toBe(body.length);
          expect(response.body === body).toBe(true);
        },
      );
    });
  }

  it('turns an answer that breaks off half-way into a contract JSON error, not a truncated 200', async () => {
    const body = jsonOfSize(50_000);
    await behindRawHopsworks(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        writeInPieces(res, body.slice(0, 20_000), 8 * 1024, () => res.destroy());
      },
      async (app) => {
        const response = await app.inject({ method: 'GET', url: list });
        expect(response.statusCode).toBe(502);
        expect(response.json()).toMatchObject({ errorCode: 2, usrMsg: expect.stringMatching(/could not reach Hopsworks/) });
      },
    );
  });

  it('cuts off a large answer that breaks off after it began streaming, so the browser sees a failure, and goes on serving', async () => {
    const body = jsonOfSize(1_500_000);
    let calls = 0;
    await behindRawHopsworks(
      (_req, res) => {
        calls++;
        res.writeHead(200, { 'content-type': 'application/json' });
        if (calls === 1) writeInPieces(res, body.slice(0, 600_000), 64 * 1024, () => res.destroy());
        else res.end('[]');
      },
      async (app) => {
        const origin = await app.listen({ port: 0, host: '127.0.0.1' });
        const cut = await fetch(`${origin}${list}`);
        expect(cut.status).toBe(200);
        await expect(cut.text()).rejects.toThrow();
        const next = await fetch(`${origin}${list}`);
        expect(await next.text()).toBe('[]');
      },
    );
  });
});

describe('what goes up and comes down', () => {
  it('sends a body up byte for byte with its type, and no header that belongs to one connection, either way', async () => {
    const body = JSON.stringify({ name: 'fraud', note: 'ü'.repeat(3_000) });
    let received: { method?: string; url?: string; headers: Record<string, unknown>; body: string } | undefined;
    await behindRawHopsworks(
      (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          received = { method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() };
          res.writeHead(201, { 'content-type': 'application/json', connection: 'x-upstream-hop', 'x-upstream-hop': 'a', 'keep-alive': 'timeout=5', 'x-kept': 'b' });
          res.end('{"id":1}');
        });
      },
      async (app) => {
        const response = await app.inject({
          method: 'PUT',
          url: `${list}?action=create`,
          headers: { ...fromConsole, connection: 'x-client-hop', 'x-client-hop': 'c', 'keep-alive': 'timeout=9', 'proxy-connection': 'keep-alive', 'x-hopsworks-kept': 'd' },
          payload: body,
        });
        expect(response.statusCode).toBe(201);
        expect(response.body).toBe('{"id":1}');
        expect(response.headers['x-kept']).toBe('b');
        for (const name of ['x-upstream-hop', 'keep-alive']) expect(response.headers[name], name).toBeUndefined();
      },
      { ALLOW_ACTIONS: '1' },
    );
    expect(received).toMatchObject({ method: 'PUT', url: '/hopsworks-api/api/project/4321/serving?action=create', body });
    expect(received!.headers).toMatchObject({ 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'x-hopsworks-kept': 'd', authorization: 'ApiKey service' });
    for (const name of ['x-client-hop', 'keep-alive', 'proxy-connection', 'sec-fetch-site']) expect(received!.headers[name], name).toBeUndefined();
  });

  it('goes on serving when a browser leaves before Hopsworks answers', async () => {
    let answerFirst = () => {};
    let answer: RequestListener = () => {};
    const firstAsked = new Promise<void>((resolve) => {
      let calls = 0;
      answer = (_req, res) => {
        calls++;
        res.writeHead(200, { 'content-type': 'application/json' });
        if (calls === 1) {
          answerFirst = () => res.end(jsonOfSize(1_000));
          resolve();
        } else res.end('[]');
      };
    });
    await behindRawHopsworks(
      (req, res) => answer(req, res),
      async (app) => {
        const origin = await app.listen({ port: 0, host: '127.0.0.1' });
        const browserGone = new Promise<void>((resolve) => app.server.once('connection', (socket) => socket.once('close', () => resolve())));
        const leaving = new AbortController();
        const first = fetch(`${origin}${list}`, { signal: leaving.signal });
        await firstAsked;
        leaving.abort();
        await expect(first).rejects.toThrow();
        await browserGone;
        answerFirst();
        const next = await fetch(`${origin}${list}`);
        expect(await next.text()).toBe('[]');
      },
    );
  });

  it('turns a status no HTTP client understands into a contract JSON error', async () => {
    await behindRawHopsworks(
      (_req, res) => {
        res.writeHead(999, { 'content-type': 'application/json' });
        res.end('{}');
      },
      async (app) => {
        const response = await app.inject({ method: 'GET', url: list });
        expect(response.statusCode).toBe(502);
        expect(response.json()).toMatchObject({ errorCode: 2, errorMsg: expect.stringMatching(/999/) });
      },
    );
  });
});

describe('service-key mode', () => {
  it('needs no sign-in and is read-only unless ALLOW_ACTIONS=1', async () => {
    harness = await startHarness({ HOPSWORKS_API_KEY: 'service-key-1' }, { serviceKey: 'service-key-1' });
    const session = await harness.app.inject({ method: 'GET', url: '/console-api/session' });
    expect(session.json()).toMatchObject({ mode: 'service-key', signedIn: true, actionsAllowed: false, actionsDisabledReason: expect.stringMatching(/read-only/) });
    expect((await harness.app.inject({ method: 'GET', url: list })).statusCode).toBe(200);
    expect(harness.hopsworks.requests.at(-1)!.authorization).toBe('ApiKey service-key-1');
    const refused = await harness.app.inject({ method: 'POST', url: start, headers: fromConsole });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().usrMsg).toMatch(/read-only/);
    expect(harness.hopsworks.requests.some((r) => r.method === 'POST')).toBe(false);
    const signIn = await harness.app.inject({ method: 'POST', url: '/console-api/session', headers: fromConsole, payload: { method: 'api-key', apiKey: 'x' } });
    expect(signIn.statusCode).toBe(409);
  });

  it('acts with ALLOW_ACTIONS=1', async () => {
    harness = await startHarness({ HOPSWORKS_API_KEY: 'service-key-2', ALLOW_ACTIONS: '1' }, { serviceKey: 'service-key-2' });
    const response = await harness.app.inject({ method: 'POST', url: start, headers: fromConsole });
    expect(response.statusCode).toBe(200);
    expect(harness.hopsworks.deploymentStatus(4321, 'idlemodel')).toBe('Starting');
  });
});
