import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { onTestFinished } from 'vitest';
import { buildServer } from '../build-server.ts';
import { loadServerConfig } from '../config.ts';
import { startFakeHopsworks, type FakeHopsworks } from './fake-hopsworks.ts';

/** A tiny production build, so server tests do not depend on `vite build`. */
export function fixtureDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  // Gone with the test that made it (runs had left hundreds in /tmp).
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><base href="/" /><link rel="preload" href="config.json" as="fetch" crossorigin="anonymous" /><script type="module" src="./assets/index-abc123.js"></script></head><body><div id="root"><p role="status">Loading the console…</p><!--first-rows--></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ mode: 'mock', requestTimeoutMs: 20000 }));
  return dir;
}

export interface Harness {
  app: FastifyInstance;
  hopsworks: FakeHopsworks;
  /** Everything the server logged, as one string. */
  logs: () => string;
  close: () => Promise<void>;
}

export const testSecret = 'a-test-session-secret-of-at-least-32-characters';

/** The server in front of a fresh fake Hopsworks; `env` adds to (or overrides) the sign-in setup. */
export async function startHarness(env: Record<string, string> = {}, options: { serviceKey?: string } = {}): Promise<Harness> {
  const hopsworks = await startFakeHopsworks(options);
  let logged = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logged += String(chunk);
      done();
    },
  });
  const config = loadServerConfig({ HOPSWORKS_URL: hopsworks.url, SESSION_SECRET: testSecret, HOPSWORKS_PROJECT_ID: '4321', ...env });
  const app = await buildServer({ config, distDir: fixtureDist(), logger: { level: 'info', stream } });
  return {
    app,
    hopsworks,
    logs: () => logged,
    close: async () => {
      await app.close();
      await hopsworks.close();
    },
  };
}

/** Headers a same-origin fetch from the console's own page carries. */
export const fromConsole = { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' } as const;

/** Signs in through the server; resolves with the cookie header to send on. */
export async function signInCookie(app: FastifyInstance, body: Record<string, string>, basePath = ''): Promise<string> {
  const response = await app.inject({ method: 'POST', url: `${basePath}/console-api/session`, headers: fromConsole, payload: body });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return cookieFrom(response.headers['set-cookie']);
}

export function cookieFrom(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (!first) throw new Error('no Set-Cookie');
  return first.split(';')[0]!;
}
