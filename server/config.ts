import { z } from 'zod';

/**
 * The production server's settings, read from the environment once at start. A bad value stops the
 * server with a message naming the variable. Documented in the README ("Production").
 */

const flag = z.enum(['0', '1', 'true', 'false', '']).transform((value) => value === '1' || value === 'true');
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const absoluteUrl = z
  .string()
  .trim()
  .url('must be an absolute URL such as https://hopsworks.example.com')
  .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
  .transform((value) => value.replace(/\/+$/, ''));

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  HOPSWORKS_URL: absoluteUrl.optional().or(z.literal('').transform(() => undefined)),
  SESSION_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional()),
  BASE_PATH: z
    .string()
    .trim()
    .default('')
    .transform((value) => value.replace(/\/+$/, ''))
    .refine((value) => value === '' || /^\/[A-Za-z0-9._~\-/]*$/.test(value), 'must be empty or a path such as /serving-console'),
  HOPSWORKS_PROJECT_ID: z.coerce.number().int().positive('must be a positive project id').default(119),
  HOPSWORKS_API_KEY: optionalText,
  ALLOW_ACTIONS: flag.default(false),
  OPENSEARCH_DASHBOARDS_URL: optionalText.pipe(absoluteUrl.optional()),
  TRUST_PROXY: z
    .string()
    .trim()
    .default('')
    .transform((value): boolean | number | string => {
      if (value === '' || value === 'false' || value === '0') return false;
      if (value === 'true') return true;
      // A number is how many proxies to trust in front of the server (1: the ingress).
      return /^\d+$/.test(value) ? Number(value) : value;
    }),
  FRAME_ANCESTORS: z
    .string()
    .trim()
    .default("'self'")
    .transform((value) => value.split(/\s+/).filter(Boolean))
    .refine((values) => values.every((v) => /^('self'|'none'|https?:\/\/[^\s;,]+|\*\.[^\s;,]+)$/.test(v)), "must be 'self', 'none' or origins separated by spaces"),
  HOPSWORKS_CA_FILE: optionalText,
  HOPSWORKS_INSECURE_TLS: flag.default(false),
  HOPSWORKS_TIMEOUT_MS: z.coerce.number().int().min(1000).default(18000),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ServerMode = 'demo' | 'sign-in' | 'service-key';

export interface ServerConfig {
  port: number;
  host: string;
  /** demo: no Hopsworks, the mock backend runs in the browser; sign-in: each user as themselves; service-key: one shared key. */
  mode: ServerMode;
  hopsworksUrl: string | undefined;
  sessionSecret: string | undefined;
  /** '' or '/serving-console' (no trailing slash). */
  basePath: string;
  defaultProjectId: number;
  serviceApiKey: string | undefined;
  allowActions: boolean;
  openSearchDashboardsUrl: string | undefined;
  trustProxy: boolean | number | string;
  frameAncestors: string[];
  caFile: string | undefined;
  insecureTls: boolean;
  upstreamTimeoutMs: number;
  signInRateLimit: number;
  logLevel: string;
}

export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}

/** Validates the environment; throws a ServerConfigError that names every bad variable. */
export function loadServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ServerConfigError(`Invalid environment — ${problems.join('; ')}`);
  }
  const e = result.data;
  const mode: ServerMode = !e.HOPSWORKS_URL ? 'demo' : e.HOPSWORKS_API_KEY ? 'service-key' : 'sign-in';
  if (mode === 'sign-in' && !e.SESSION_SECRET) {
    throw new ServerConfigError(
      'Invalid environment — SESSION_SECRET: required when HOPSWORKS_URL is set without HOPSWORKS_API_KEY (users sign in; at least 32 characters, the same on every replica)',
    );
  }
  if (!e.HOPSWORKS_URL && e.HOPSWORKS_API_KEY) {
    throw new ServerConfigError('Invalid environment — HOPSWORKS_API_KEY: set HOPSWORKS_URL too (without it the server serves the demo)');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    mode,
    hopsworksUrl: e.HOPSWORKS_URL,
    sessionSecret: e.SESSION_SECRET,
    basePath: e.BASE_PATH,
    defaultProjectId: e.HOPSWORKS_PROJECT_ID,
    serviceApiKey: e.HOPSWORKS_API_KEY,
    allowActions: mode === 'sign-in' || e.ALLOW_ACTIONS,
    openSearchDashboardsUrl: e.OPENSEARCH_DASHBOARDS_URL ?? (e.HOPSWORKS_URL ? `${e.HOPSWORKS_URL}/hopsworks-api/kibana` : undefined),
    trustProxy: e.TRUST_PROXY,
    frameAncestors: e.FRAME_ANCESTORS,
    caFile: e.HOPSWORKS_CA_FILE,
    insecureTls: e.HOPSWORKS_INSECURE_TLS,
    upstreamTimeoutMs: e.HOPSWORKS_TIMEOUT_MS,
    signInRateLimit: e.SIGN_IN_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
  };
}
