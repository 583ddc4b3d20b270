import { z } from 'zod';

/**
 * Settings read at start from `config.json` (public/), so one build serves any environment.
 * Every field is optional in the file; the defaults below are documented in the README.
 */
const openSearchFieldsSchema = z.object({
  servingName: z.string().min(1).default('serving_name'),
  component: z.string().min(1).default('serving_component'),
  container: z.string().min(1).default('container_name'),
  message: z.string().min(1).default('log_message'),
  timestamp: z.string().min(1).default('@timestamp'),
  /** The field naming the pod (instance) that wrote a line, where the cluster's log shipping records one. */
  instance: z.string().min(1).optional(),
});

const openSearchSchema = z.object({
  /** OSD origin + server base path; relative means the console's own origin. */
  dashboardsUrl: z.string().min(1).default('/hopsworks-api/kibana'),
  /** `legacy`: Discover of OSD 1.x–2.9 (Hopsworks' own); `data-explorer`: OSD 2.10+. */
  urlFormat: z.enum(['legacy', 'data-explorer']).default('legacy'),
  tenant: z.string().min(1).nullable().default(null),
  /** null: `<project name lowercase>_serving-*`, as Hopsworks creates it. */
  indexPatternId: z.string().min(1).nullable().default(null),
  /** Ask Hopsworks for its OSD JWT (`GET /elastic/jwt/{projectId}`) and put it in the link. */
  useHopsworksJwt: z.boolean().default(true),
  /** Add `and @timestamp >= ...` to the DQL query (the serving index pattern has no time field). */
  dqlTimeRange: z.boolean().default(false),
  fields: openSearchFieldsSchema.prefault({}),
});

export const runtimeConfigSchema = z.object({
  mode: z.enum(['mock', 'real']).default('mock'),
  /** `session`: behind the console's server, which signs users in (or uses a service key); `none`: no sign-in. */
  auth: z.enum(['none', 'session']).default('none'),
  /** The console server's session endpoint (with `auth: "session"`). */
  sessionPath: z.string().regex(/^\//, 'must start with "/"').default('/console-api/session'),
  defaultProjectId: z.coerce.number().int().positive().default(119),
  basePath: z
    .string()
    .regex(/^\//, 'must start with "/"')
    .default('/'),
  apiBasePath: z.string().regex(/^\//, 'must start with "/"').default('/hopsworks-api/api'),
  requestTimeoutMs: z.number().int().min(1000).default(20000),
  polling: z
    .object({
      transitioningMs: z.number().int().min(250).max(2000).default(1500),
      settledMs: z.number().int().min(1000).max(60000).default(15000),
    })
    .prefault({}),
  opensearch: openSearchSchema.prefault({}),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;
export type OpenSearchSettings = RuntimeConfig['opensearch'];

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError';
}

/** Validates a parsed config file; throws a RuntimeConfigError listing every bad value. */
export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const result = runtimeConfigSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new RuntimeConfigError(`config.json has invalid settings — ${problems.join('; ')}`);
}

export async function loadRuntimeConfig(url: string): Promise<RuntimeConfig> {
  let response: Response;
  try {
    // The default cache mode, so the request index.html preloads is the one used; the server sends
    // config.json with `Cache-Control: no-store`, so no stale copy is kept.
    response = await fetch(url);
  } catch {
    throw new RuntimeConfigError(`Could not load ${url}: the server did not answer.`);
  }
  if (response.status === 404) return parseRuntimeConfig({});
  if (!response.ok) throw new RuntimeConfigError(`Could not load ${url}: HTTP ${response.status}.`);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new RuntimeConfigError(`${url} is not valid JSON.`);
  }
  return parseRuntimeConfig(raw);
}
