import type * as z from 'zod/mini';
import { ApiError, describeHttpFailure } from './api-error';

interface ApiClientSettings {
  baseUrl: string;
  timeoutMs: number;
}

type QueryValue = string | number | boolean | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

let settings: ApiClientSettings = { baseUrl: '/hopsworks-api/api', timeoutMs: 20000 };

/** Called once at boot with the runtime config. */
export function configureApiClient(next: Partial<ApiClientSettings>): void {
  settings = { ...settings, ...next };
}

function buildUrl(base: string, path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}

interface ErrorBody {
  errorCode?: unknown;
  usrMsg?: unknown;
  errorMsg?: unknown;
  reason?: unknown;
}

function readErrorBody(text: string): { errorCode?: number; usrMsg?: string; errorMsg?: string; reason?: string } {
  try {
    const body = JSON.parse(text) as ErrorBody | null;
    if (!body || typeof body !== 'object') return {};
    return {
      errorCode: typeof body.errorCode === 'number' ? body.errorCode : Number(body.errorCode) || undefined,
      usrMsg: typeof body.usrMsg === 'string' ? body.usrMsg : undefined,
      errorMsg: typeof body.errorMsg === 'string' ? body.errorMsg : undefined,
      reason: typeof body.reason === 'string' ? body.reason : undefined,
    };
  } catch {
    return {};
  }
}

/** One fetch with a timeout; every failure becomes an ApiError. Resolves with the body text. */
async function send(base: string, path: string, options: RequestOptions): Promise<{ text: string; url: string }> {
  const url = buildUrl(base.replace(/\/$/, ''), path, options.query);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), settings.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: options.body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    clearTimeout(timer);
    if (options.signal?.aborted) throw cause;
    if (timeout.signal.aborted) {
      throw new ApiError(`The Hopsworks server did not answer within ${Math.round(settings.timeoutMs / 1000)} seconds.`, {
        kind: 'timeout',
        url,
      });
    }
    throw new ApiError('Could not reach the Hopsworks server. Check your network connection.', { kind: 'network', url });
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    clearTimeout(timer);
    throw new ApiError('The connection to the Hopsworks server broke off while reading its answer.', { kind: 'network', url });
  }
  clearTimeout(timer);
  // User timing: when each answer arrived (read by the benchmark, visible in the browser's profiler).
  performance.mark('hopsworks-api:response', { detail: { path, status: response.status } });
  if (!response.ok) {
    const body = readErrorBody(text);
    throw new ApiError(describeHttpFailure(response.status, body.usrMsg, body.errorMsg, path, body.errorCode), {
      kind: 'http',
      status: response.status,
      url,
      ...body,
    });
  }
  return { text, url };
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('The Hopsworks server sent an answer the console cannot read: it is not valid JSON.', { kind: 'invalid-response', url });
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the answer';
  return `${where}: ${issue.message}`;
}

async function requestJson<T>(base: string, path: string, schema: z.ZodMiniType<T>, options: RequestOptions): Promise<T> {
  const { text, url } = await send(base, path, options);
  const result = await schema.safeParseAsync(parseJson(text, url));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ApiError(
      `The Hopsworks server sent data the console cannot read${first ? ` (${describeIssue(first)})` : ''}.`,
      { kind: 'invalid-response', url },
    );
  }
  return result.data;
}

/** The typed API client: fetches, checks the status, parses JSON and validates it with a zod schema. */
export const apiClient = {
  /** A Hopsworks REST call (`path` below the configured API base). */
  request<T>(path: string, schema: z.ZodMiniType<T>, options: RequestOptions = {}): Promise<T> {
    return requestJson(settings.baseUrl, path, schema, options);
  },

  /** A call to the console's own server (`url` absolute on this origin), with the same error handling. */
  requestConsoleServer<T>(url: string, schema: z.ZodMiniType<T>, options: RequestOptions = {}): Promise<T> {
    return requestJson('', url, schema, options);
  },

  /**
   * For endpoints that answer with an empty body (start, stop, delete). Anything else that is not JSON —
   * a proxy's login page, say — means the request did not reach Hopsworks: that is an error.
   */
  async send(path: string, options: RequestOptions = {}): Promise<void> {
    const { text, url } = await send(settings.baseUrl, path, options);
    if (text.trim() !== '') parseJson(text, url);
  },
};
