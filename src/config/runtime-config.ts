import * as z from 'zod/mini';

const text = () => z.string().check(z.minLength(1));
const absolutePath = () => z.string().check(z.regex(/^\//, 'must start with "/"'));
const intBetween = (min: number, max?: number) => z.int().check(z.gte(min), ...(max === undefined ? [] : [z.lte(max)]));

/**
 * Settings read at start from `config.json` (public/), so one build serves any environment.
 * Every field is optional in the file; the defaults below are documented in the README.
 */
const openSearchFieldsSchema = z.object({
  servingName: z._default(text(), 'serving_name'),
  component: z._default(text(), 'serving_component'),
  container: z._default(text(), 'container_name'),
  message: z._default(text(), 'log_message'),
  timestamp: z._default(text(), '@timestamp'),
  /** The field naming the pod (instance) that wrote a line, where the cluster's log shipping records one. */
  instance: z.optional(text()),
});

const openSearchSchema = z.object({
  /** OSD origin + server base path; relative means the console's own origin. */
  dashboardsUrl: z._default(text(), '/hopsworks-api/kibana'),
  /** `legacy`: Discover of OSD 1.x–2.9 (Hopsworks' own); `data-explorer`: OSD 2.10+. */
  urlFormat: z._default(z.enum(['legacy', 'data-explorer']), 'legacy'),
  tenant: z._default(z.nullable(text()), null),
  /** null: `<project name lowercase>_serving-*`, as Hopsworks creates it. */
  indexPatternId: z._default(z.nullable(text()), null),
  /** Ask Hopsworks for its OSD JWT (`GET /elastic/jwt/{projectId}`) and put it in the link. */
  useHopsworksJwt: z._default(z.boolean(), true),
  /** Add `and @timestamp >= ...` to the DQL query (the serving index pattern has no time field). */
  dqlTimeRange: z._default(z.boolean(), false),
  fields: z.prefault(openSearchFieldsSchema, {}),
});

export const runtimeConfigSchema = z.object({
  mode: z._default(z.enum(['mock', 'real']), 'mock'),
  /** `session`: behind the console's server, which signs users in (or uses a service key); `none`: no sign-in. */
  auth: z._default(z.enum(['none', 'session']), 'none'),
  /** The console server's session endpoint (with `auth: "session"`). */
  sessionPath: z._default(absolutePath(), '/console-api/session'),
  defaultProjectId: z._default(z.pipe(z.coerce.number(), z.int().check(z.positive())), 119),
  basePath: z._default(absolutePath(), '/'),
  apiBasePath: z._default(absolutePath(), '/hopsworks-api/api'),
  requestTimeoutMs: z._default(intBetween(1000), 20000),
  /**
   * How long the first render waits for the first page's data (the boot frame is on screen meanwhile):
   * rendering once with the rows beats rendering an empty page and then the rows; a slow backend gets the
   * page, with its placeholders, after this.
   */
  firstRenderWaitMs: z._default(intBetween(0, 10000), 500),
  polling: z.prefault(
    z.object({
      transitioningMs: z._default(intBetween(250, 2000), 1500),
      settledMs: z._default(intBetween(1000, 60000), 15000),
    }),
    {},
  ),
  opensearch: z.prefault(openSearchSchema, {}),
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

/** The runtime config: the one the page holds (the console's server puts it there), else `url`'s. */
export async function loadRuntimeConfig(url: string, inPage?: string): Promise<RuntimeConfig> {
  if (inPage !== undefined) return parseRuntimeConfig(parseConfigJson(inPage, 'The runtime config in the page'));
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
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new RuntimeConfigError(`Could not load ${url}: the connection broke off.`);
  }
  return parseRuntimeConfig(parseConfigJson(text, url));
}

function parseConfigJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RuntimeConfigError(`${source} is not valid JSON.`);
  }
}
