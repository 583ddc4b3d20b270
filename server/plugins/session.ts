import { hkdfSync } from 'node:crypto';
import fp from 'fastify-plugin';
import secureSession, { type Session, type SessionData } from '@fastify/secure-session';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.ts';
import type { Credential } from '../hopsworks/sign-in.ts';
import { readOnlyReason } from '../hopsworks/errors.ts';

declare module '@fastify/secure-session' {
  interface SessionData {
    credential: Credential;
    /** Hopsworks refused the credential: kept (without it) so a reload still says why sign-in is back. */
    ended: boolean;
  }
}

/** What the console learns about its session: never the credential itself. */
export interface SessionInfo {
  mode: ServerConfig['mode'];
  signedIn: boolean;
  user: string | null;
  method: 'password' | 'api-key' | 'service-key' | null;
  actionsAllowed: boolean;
  actionsDisabledReason: string | null;
  missingScopes: string[];
  hopsworksHost: string | null;
  /** Not signed in because Hopsworks ended the session (not because nobody signed in, or signed out). */
  ended: boolean;
}

/** The browser's only handle on a signed-in user: this encrypted, stateless cookie. */
export const sessionCookieName = '__Host-serving-console-session';

const sessionExpirySeconds = 12 * 60 * 60;
/** About as many signed-in browsers as one replica serves at once; the oldest is forgotten first. */
const decodedSessionsKept = 2_000;

interface DecodedSession {
  data: Readonly<Partial<SessionData>>;
  /** When the cookie was written (seconds): it expires `sessionExpirySeconds` later, cached or not. */
  writtenAt: number;
}

/**
 * Every proxied call carries the same cookie, and opening it (base64, then libsodium) was about 7 % of the
 * proxy's CPU per request. What a cookie decrypts to never changes, so each is opened once and each
 * request gets its own copy of the result (what one request changes in its session reaches no other).
 * Expiry is still checked on every request. Wraps secure-session's `decodeSecureSession`, which its
 * onRequest hook calls.
 */
function cacheDecodedSessions(app: FastifyInstance): void {
  const decode = app.decodeSecureSession.bind(app);
  const decoded = new Map<string, DecodedSession>();
  const unexpired = (entry: DecodedSession) => (entry.writtenAt + sessionExpirySeconds) * 1000 > Date.now();
  const replacement: typeof app.decodeSecureSession = (cookie, log, sessionName) => {
    if (cookie === undefined) return null;
    const entry = decoded.get(cookie);
    if (entry) return unexpired(entry) ? app.createSecureSession({ ...entry.data, __ts: entry.writtenAt } as Partial<SessionData>) : null;
    const session = decode(cookie, log, sessionName);
    // A session decoded with an older key is re-encoded on the way out (`changed`): not kept.
    if (session && !session.changed) remember(cookie, session);
    return session;
  };
  const remember = (cookie: string, session: Session) => {
    if (decoded.size >= decodedSessionsKept) decoded.delete(decoded.keys().next().value!);
    decoded.set(cookie, { data: deepFrozen(session.data() ?? {}), writtenAt: session.get('__ts' as keyof SessionData) as unknown as number });
  };
  app.decodeSecureSession = replacement;
}

function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object') for (const inner of Object.values(value)) deepFrozen(inner);
  return Object.freeze(value);
}

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
      expiry: sessionExpirySeconds,
      cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'strict' },
    });
    cacheDecodedSessions(app);
  },
  { name: 'session' },
);

/** Who is signed in, as the console's page learns it (the session route's answer, and index.html's session block). */
export function describeSession(request: FastifyRequest, config: ServerConfig): SessionInfo {
  const hopsworksHost = config.hopsworksUrl ? new URL(config.hopsworksUrl).host : null;
  if (config.mode === 'demo') {
    return { mode: 'demo', signedIn: true, user: null, method: null, actionsAllowed: true, actionsDisabledReason: null, missingScopes: [], hopsworksHost, ended: false };
  }
  if (config.mode === 'service-key') {
    return {
      mode: 'service-key',
      signedIn: true,
      user: null,
      method: 'service-key',
      actionsAllowed: config.allowActions,
      actionsDisabledReason: config.allowActions ? null : readOnlyReason,
      missingScopes: [],
      hopsworksHost,
      ended: false,
    };
  }
  const credential = request.session?.get('credential');
  return {
    mode: 'sign-in',
    signedIn: Boolean(credential),
    user: credential?.user ?? null,
    method: credential?.method ?? null,
    actionsAllowed: true,
    actionsDisabledReason: null,
    missingScopes: credential?.missingScopes ?? [],
    hopsworksHost,
    ended: !credential && request.session?.get('ended') === true,
  };
}

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
