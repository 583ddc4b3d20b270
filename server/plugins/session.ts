import { hkdfSync } from 'node:crypto';
import fp from 'fastify-plugin';
import secureSession from '@fastify/secure-session';
import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.ts';
import type { Credential } from '../hopsworks/sign-in.ts';

declare module '@fastify/secure-session' {
  interface SessionData {
    credential: Credential;
    /** Hopsworks refused the credential: kept (without it) so a reload still says why sign-in is back. */
    ended: boolean;
  }
}

/** The browser's only handle on a signed-in user: this encrypted, stateless cookie. */
export const sessionCookieName = '__Host-serving-console-session';

/**
 * The encrypted session cookie (stateless: every replica with the same SESSION_SECRET reads it).
 * It holds the Hopsworks credential, so it is HttpOnly, Secure and SameSite=Strict.
 */
export const sessionPlugin = fp<{ config: ServerConfig }>(
  async (app, { config }) => {
    if (config.mode !== 'sign-in' || !config.sessionSecret) return;
    const key = Buffer.from(hkdfSync('sha256', config.sessionSecret, 'model-serving-console', 'session-cookie-key', 32));
    await app.register(secureSession, {
      key,
      cookieName: sessionCookieName,
      expiry: 12 * 60 * 60,
      cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'strict' },
    });
  },
  { name: 'session' },
);

/** The credential the proxy sends up for this request: the user's, or the service key. */
export function requestCredential(request: Pick<FastifyRequest, 'session'>, config: ServerConfig): string | undefined {
  if (config.mode === 'service-key') return config.serviceApiKey ? `ApiKey ${config.serviceApiKey}` : undefined;
  if (config.mode !== 'sign-in') return undefined;
  return request.session?.get('credential')?.authorization;
}

export function storeCredential(request: Pick<FastifyRequest, 'session'>, credential: Credential): void {
  request.session.set('credential', credential);
  request.session.set('ended', undefined);
}

export function renewCredential(request: Pick<FastifyRequest, 'session'>, authorization: string): void {
  const current = request.session?.get('credential');
  if (current && current.authorization !== authorization) request.session.set('credential', { ...current, authorization });
}

/** Signing out: nothing of the session is left. */
export function endSession(request: Pick<FastifyRequest, 'session'>): void {
  request.session?.delete();
}

/** Hopsworks refused the credential: it is dropped, and the session remembers that it ended. */
export function markSessionEnded(request: Pick<FastifyRequest, 'session'>): void {
  if (!request.session) return;
  request.session.set('credential', undefined);
  request.session.set('ended', true);
}
