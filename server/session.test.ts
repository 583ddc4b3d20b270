import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeAccounts } from './testing/fake-hopsworks.ts';
import { fromConsole, signInCookie, startHarness, type Harness } from './testing/server-harness.ts';

let harness: Harness;
afterEach(async () => harness?.close());

const signIn = (payload: Record<string, string>, headers: Record<string, string> = fromConsole) =>
  harness.app.inject({ method: 'POST', url: '/console-api/session', headers, payload });

describe('sign-in with email and password', () => {
  it('keeps the Hopsworks token only in an encrypted HttpOnly, Secure, SameSite=Strict cookie', async () => {
    harness = await startHarness();
    const response = await signIn({ method: 'password', ...fakeAccounts.owner });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ mode: 'sign-in', signedIn: true, user: fakeAccounts.owner.email, method: 'password' });
    const setCookies = [response.headers['set-cookie'] ?? []].flat();
    expect(setCookies, "the console's cookie, and none of those Hopsworks' login sets").toEqual([expect.stringMatching(/^__Host-serving-console-session=/)]);
    const setCookie = setCookies[0]!;
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    const token = harness.hopsworks.issuedTokens[0]!;
    expect(token).toMatch(/^Bearer /);
    const tokenValue = token.slice('Bearer '.length);
    for (const visible of [response.body, JSON.stringify(response.headers), decodeURIComponent(setCookie)]) expect(visible).not.toContain(tokenValue);
    // The fake got the form-encoded login.
    expect(harness.hopsworks.requests.some((r) => r.method === 'POST' && r.path === '/hopsworks-api/api/auth/login')).toBe(true);
  });

  it('asks for the two-factor code, refuses a wrong one and accepts the right one', async () => {
    harness = await startHarness();
    const { email, password, otp } = fakeAccounts.twoFactor;
    const missing = await signIn({ method: 'password', email, password });
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ reason: 'otp-required', usrMsg: expect.stringMatching(/two-factor/) });
    const wrong = await signIn({ method: 'password', email, password, otp: '000000' });
    expect(wrong.json()).toMatchObject({ reason: 'bad-otp' });
    expect((await signIn({ method: 'password', email, password, otp })).statusCode).toBe(200);
  });

  it.each([
    ['a wrong password', { email: fakeAccounts.owner.email, password: 'nope' }, 'bad-credentials', /email or password is not correct/],
    ['an unknown email', { email: 'who@example.com', password: 'x' }, 'bad-credentials', /email or password is not correct/],
    ['a locked account', fakeAccounts.locked, 'locked', /locked or deactivated/],
  ])('says plainly what is wrong with %s', async (_case, credentials, reason, message) => {
    harness = await startHarness();
    const response = await signIn({ method: 'password', ...credentials });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.json()).toMatchObject({ reason, usrMsg: expect.stringMatching(message) });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an empty form without asking Hopsworks', async () => {
    harness = await startHarness();
    const response = await signIn({ method: 'password', email: ' ', password: '' });
    expect(response.statusCode).toBe(400);
    expect(response.json().usrMsg).toBe('Enter your email.');
    expect(harness.hopsworks.requests).toHaveLength(0);
  });
});

describe('sign-in with a personal API key', () => {
  it('accepts a full key and names its user', async () => {
    harness = await startHarness();
    const response = await signIn({ method: 'api-key', apiKey: harness.hopsworks.keys.full });
    expect(response.json()).toMatchObject({ signedIn: true, method: 'api-key', user: fakeAccounts.owner.email, missingScopes: [] });
    expect(response.body).not.toContain(harness.hopsworks.keys.full);
  });

  it('accepts a SERVING-only key, checked on the default project, and says PROJECT is missing', async () => {
    harness = await startHarness();
    const response = await signIn({ method: 'api-key', apiKey: harness.hopsworks.keys.servingOnly });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ signedIn: true, missingScopes: ['PROJECT'] });
    expect(harness.hopsworks.requests.map((r) => r.path)).toContain('/hopsworks-api/api/project/4321/serving');
  });

  it('refuses a key Hopsworks does not know', async () => {
    harness = await startHarness();
    const response = await signIn({ method: 'api-key', apiKey: 'not-a-key' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ reason: 'bad-key', usrMsg: expect.stringMatching(/did not accept this API key/) });
  });
});

describe('the session', () => {
  it('tells the console who is signed in, and sign-out ends it (and the Hopsworks session)', async () => {
    harness = await startHarness();
    const cookie = await signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner });
    const who = await harness.app.inject({ method: 'GET', url: '/console-api/session', headers: { cookie } });
    expect(who.json()).toMatchObject({ signedIn: true, user: fakeAccounts.owner.email });
    expect(who.headers['cache-control']).toBe('no-store');
    const out = await harness.app.inject({ method: 'DELETE', url: '/console-api/session', headers: { 'sec-fetch-site': 'same-origin', cookie } });
    expect(out.json()).toMatchObject({ signedIn: false });
    expect(String(out.headers['set-cookie'])).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
    await vi_waitFor(() => harness.hopsworks.requests.some((r) => r.path === '/hopsworks-api/api/auth/logout'));
  });

  it('ends 12 hours after its cookie was written, also for a cookie the server has already opened', async () => {
    harness = await startHarness();
    const cookie = await signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner });
    const list = () => harness.app.inject({ method: 'GET', url: '/hopsworks-api/api/project/4321/serving', headers: { cookie } });
    expect((await list()).statusCode).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 12 * 60 * 60 * 1000 - 5_000 });
    try {
      expect((await list()).statusCode, 'just before').toBe(200);
      vi.setSystemTime(Date.now() + 10_000);
      const expired = await list();
      expect(expired.statusCode, 'just after').toBe(401);
      expect(expired.json()).toMatchObject({ errorMsg: 'Authorization header not set.' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives each request its own copy of a cookie it has opened before: what one request changes reaches no other', async () => {
    harness = await startHarness();
    const cookie = await signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner });
    const value = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
    const open = () => harness.app.decodeSecureSession(value)!;
    const credential = open().get('credential');
    expect(credential?.authorization).toMatch(/^Bearer /);
    const changed = open();
    changed.set('credential', undefined);
    changed.set('ended', true);
    const next = open();
    expect(next.get('credential')).toEqual(credential);
    expect(next.get('ended')).toBeUndefined();
    expect(next.changed).toBe(false);
  });

  it('is readable by a second server process with the same SESSION_SECRET', async () => {
    harness = await startHarness();
    const cookie = await signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner });
    const { buildServer } = await import('./build-server.ts');
    const { loadServerConfig } = await import('./config.ts');
    const { fixtureDist, testSecret } = await import('./testing/server-harness.ts');
    const replica = await buildServer({
      config: loadServerConfig({ HOPSWORKS_URL: harness.hopsworks.url, SESSION_SECRET: testSecret }),
      distDir: fixtureDist(),
      logger: false,
    });
    const other = await buildServer({
      config: loadServerConfig({ HOPSWORKS_URL: harness.hopsworks.url, SESSION_SECRET: 'another-secret-that-is-long-enough-too' }),
      distDir: fixtureDist(),
      logger: false,
    });
    try {
      expect((await replica.inject({ method: 'GET', url: '/hopsworks-api/api/project/4321/serving', headers: { cookie } })).statusCode).toBe(200);
      expect((await other.inject({ method: 'GET', url: '/hopsworks-api/api/project/4321/serving', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      await replica.close();
      await other.close();
    }
  });

  it('rate-limits sign-in attempts per client with a clear message', async () => {
    harness = await startHarness({ SIGN_IN_RATE_LIMIT: '3' });
    const attempt = (remoteAddress: string) =>
      harness.app.inject({ method: 'POST', url: '/console-api/session', headers: fromConsole, payload: { method: 'password', email: 'x@example.com', password: 'x' }, remoteAddress });
    for (let i = 0; i < 3; i++) expect((await attempt('10.0.0.1')).statusCode).toBe(401);
    const limited = await attempt('10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().usrMsg).toMatch(/^Too many sign-in attempts from this address\. Wait \d+ seconds and try again\.$/);
    expect((await attempt('10.0.0.2')).statusCode).toBe(401);
  });

  it('never logs a password, token or key', async () => {
    harness = await startHarness();
    const cookie = await signInCookie(harness.app, { method: 'password', ...fakeAccounts.owner });
    await harness.app.inject({ method: 'GET', url: '/hopsworks-api/api/project/4321/serving', headers: { cookie, authorization: 'Bearer from-the-browser' } });
    await signIn({ method: 'api-key', apiKey: harness.hopsworks.keys.full });
    const logs = harness.logs();
    expect(logs).toContain('"path":"/hopsworks-api/api/project/4321/serving"');
    for (const secret of [fakeAccounts.owner.password, harness.hopsworks.keys.full, cookie.split('=')[1]!, ...harness.hopsworks.issuedTokens.map((t) => t.slice(7))]) {
      expect(logs).not.toContain(secret);
    }
  });
});

async function vi_waitFor(condition: () => boolean) {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
