import { queryOptions, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '@/lib/api/api-client';
import type { RuntimeConfig } from '@/config/runtime-config';

/** The console server's view of who is signed in (it never sends the credential itself). */
const sessionInfoSchema = z.object({
  mode: z.enum(['demo', 'sign-in', 'service-key']),
  signedIn: z.boolean(),
  user: z.nullable(z.string()),
  method: z.nullable(z.enum(['password', 'api-key', 'service-key'])),
  actionsAllowed: z.boolean(),
  actionsDisabledReason: z.nullable(z.string()),
  missingScopes: z.array(z.string()),
  hopsworksHost: z.nullable(z.string()),
  /** Hopsworks ended the session under the user (the server remembers it across a reload). */
  ended: z.optional(z.boolean()),
});

export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** Without the console's server (mock mode, `vite preview`) there is no sign-in. */
export const noSignIn: SessionInfo = {
  mode: 'demo',
  signedIn: true,
  user: null,
  method: null,
  actionsAllowed: true,
  actionsDisabledReason: null,
  missingScopes: [],
  hopsworksHost: null,
};

export const sessionQueryKey = ['console-session'] as const;

/** The session as the console's server wrote it into the page, if it reads as one. */
export function readSessionInfo(json: string): SessionInfo | undefined {
  try {
    const result = sessionInfoSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

export function sessionQuery(config: Pick<RuntimeConfig, 'auth' | 'sessionPath'>) {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: async ({ signal }): Promise<SessionInfo> =>
      config.auth === 'none'
        ? noSignIn
        : apiClient.requestConsoleServer(config.sessionPath, sessionInfoSchema, { signal }),
    staleTime: Infinity,
    retry: 1,
  });
}

export type SignInRequest =
  | { method: 'password'; email: string; password: string; otp?: string }
  | { method: 'api-key'; apiKey: string };

export function signIn(config: Pick<RuntimeConfig, 'sessionPath'>, request: SignInRequest): Promise<SessionInfo> {
  return apiClient.requestConsoleServer(config.sessionPath, sessionInfoSchema, { method: 'POST', body: request });
}

export function signOut(config: Pick<RuntimeConfig, 'sessionPath'>): Promise<SessionInfo> {
  return apiClient.requestConsoleServer(config.sessionPath, sessionInfoSchema, { method: 'DELETE' });
}

/** Hopsworks answered 401: the page shows sign-in (keeping its URL) until the user signs in again. */
export function markSessionEnded(queryClient: QueryClient): void {
  queryClient.setQueryData<SessionInfo>(sessionQueryKey, (current) =>
    current && current.mode === 'sign-in' && current.signedIn ? { ...current, signedIn: false, user: null, ended: true } : current,
  );
}
