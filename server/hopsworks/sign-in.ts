import type { Dispatcher } from 'undici';
import { authorizationHeader, callHopsworks, isMissingScope, readHopsworksError, type UpstreamAnswer } from './upstream.ts';

/** Signing in to Hopsworks as oneself: with email and password (and 2FA code), or with a personal API key. */

export interface Credential {
  /** The whole `Authorization` value: `Bearer <jwt>` or `ApiKey <key>`. Never leaves the server unencrypted. */
  authorization: string;
  user: string;
  method: 'password' | 'api-key';
  /** Scopes the key lacks that parts of the console use (e.g. PROJECT for project names). */
  missingScopes: string[];
}

export type SignInRefusal =
  | 'bad-credentials'
  | 'otp-required'
  | 'bad-otp'
  | 'locked'
  | 'password-login-disabled'
  | 'bad-key'
  | 'key-missing-serving-scope'
  | 'key-no-project-access'
  | 'upstream-error';

export interface SignInFailure {
  status: number;
  reason: SignInRefusal;
  message: string;
  /** What Hopsworks said, as detail. */
  detail?: string;
}

export type SignInResult = { ok: true; credential: Credential } | { ok: false; failure: SignInFailure };

interface Upstream {
  hopsworksUrl: string;
  agent: Dispatcher;
}

const fail = (status: number, reason: SignInRefusal, message: string, detail?: string): SignInResult => ({
  ok: false,
  failure: { status, reason, message, ...(detail ? { detail } : {}) },
});

function serverWords(answer: UpstreamAnswer): string {
  const error = readHopsworksError(answer.text);
  return (error.usrMsg || error.errorMsg || '').trim();
}

function upstreamFailure(answer: UpstreamAnswer): SignInResult {
  return fail(502, 'upstream-error', `Hopsworks could not sign you in right now (HTTP ${answer.status}). Try again in a moment.`, serverWords(answer));
}

/** Turns a refused `POST /auth/login` into the sentence a user needs. */
export function classifyLoginRefusal(answer: UpstreamAnswer, otpGiven: boolean): SignInResult {
  const words = serverWords(answer);
  if (answer.status >= 500 && !/second factor|two.?factor|otp/i.test(words)) return upstreamFailure(answer);
  if (/password login (is )?not allowed|password.*disabled/i.test(words)) {
    return fail(403, 'password-login-disabled', 'This cluster does not allow signing in with a password. Sign in with a personal API key instead.', words);
  }
  if (/locked|blocked|deactivated|disabled|not activated|inactive|suspended/i.test(words)) {
    return fail(403, 'locked', 'This account is locked or deactivated. Ask your Hopsworks administrator to unlock it.', words);
  }
  if (answer.status === 417 || /second factor|two.?factor|otp|one.?time/i.test(words)) {
    return otpGiven
      ? fail(401, 'bad-otp', 'The two-factor code is not valid. Enter the current code from your authenticator app.', words)
      : fail(401, 'otp-required', 'This account uses two-factor authentication: enter the code from your authenticator app.', words);
  }
  return fail(401, 'bad-credentials', 'The email or password is not correct.', words);
}

export async function signInWithPassword(
  upstream: Upstream,
  { email, password, otp }: { email: string; password: string; otp?: string },
): Promise<SignInResult> {
  const form: Record<string, string> = { email, password };
  if (otp) form.otp = otp;
  const answer = await callHopsworks(upstream.hopsworksUrl, upstream.agent, '/auth/login', { method: 'POST', form });
  if (answer.status < 200 || answer.status >= 300) return classifyLoginRefusal(answer, Boolean(otp));
  const token = authorizationHeader(answer.headers);
  if (!token || !/^Bearer\s+\S+/.test(token)) {
    return fail(502, 'upstream-error', 'Hopsworks accepted the sign-in but sent no session token, so the console cannot act for you.');
  }
  return { ok: true, credential: { authorization: token, user: email, method: 'password', missingScopes: [] } };
}

async function profileEmail(upstream: Upstream, authorization: string): Promise<string | undefined> {
  try {
    const answer = await callHopsworks(upstream.hopsworksUrl, upstream.agent, '/users/profile', { authorization });
    if (answer.status !== 200) return undefined;
    const profile = JSON.parse(answer.text) as { email?: unknown };
    return typeof profile.email === 'string' ? profile.email : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A personal API key is checked with a call it must be able to make: the project list (scope PROJECT),
 * else — for a SERVING-only key — the default project's deployments.
 */
export async function signInWithApiKey(upstream: Upstream, apiKey: string, defaultProjectId: number): Promise<SignInResult> {
  const authorization = `ApiKey ${apiKey}`;
  const projects = await callHopsworks(upstream.hopsworksUrl, upstream.agent, '/project', { authorization });
  if (projects.status === 401) {
    return fail(401, 'bad-key', 'Hopsworks did not accept this API key: it may be mistyped, expired or deleted.', serverWords(projects));
  }
  let missingScopes: string[] = [];
  if (projects.status === 403 && isMissingScope(projects.status, readHopsworksError(projects.text))) {
    const serving = await callHopsworks(upstream.hopsworksUrl, upstream.agent, `/project/${defaultProjectId}/serving`, { authorization });
    if (serving.status === 403 && isMissingScope(serving.status, readHopsworksError(serving.text))) {
      return fail(
        403,
        'key-missing-serving-scope',
        'This API key lacks the SERVING scope the console needs. Create a key with the SERVING scope (and PROJECT, for project names and switching).',
        serverWords(serving),
      );
    }
    if (serving.status === 403 || serving.status === 404) {
      return fail(
        403,
        'key-no-project-access',
        `This API key has no PROJECT scope, and it cannot open project ${defaultProjectId}. Add the PROJECT scope so the console can list your projects.`,
        serverWords(serving),
      );
    }
    if (serving.status !== 200) return upstreamFailure(serving);
    missingScopes = ['PROJECT'];
  } else if (projects.status !== 200) {
    return upstreamFailure(projects);
  }
  const user = (await profileEmail(upstream, authorization)) ?? 'API key user';
  return { ok: true, credential: { authorization, user, method: 'api-key', missingScopes } };
}
