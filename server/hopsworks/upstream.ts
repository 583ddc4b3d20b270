import { readFileSync } from 'node:fs';
import { Agent, request, type Dispatcher } from 'undici';
import type { ServerConfig } from '../config.ts';

/**
 * The one HTTP client the server uses to reach Hopsworks — the proxy, sign-in, the first rows, the
 * readiness check — with TLS settings from the environment and at most 128 connections to it.
 */
export function createUpstreamAgent(config: Pick<ServerConfig, 'caFile' | 'insecureTls' | 'upstreamTimeoutMs'>): Agent {
  return new Agent({
    connections: 128,
    connect: { ...(config.caFile ? { ca: readFileSync(config.caFile) } : {}), rejectUnauthorized: !config.insecureTls },
    headersTimeout: config.upstreamTimeoutMs,
    bodyTimeout: config.upstreamTimeoutMs,
    keepAliveTimeout: 30_000,
  });
}

export interface UpstreamAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface UpstreamRequest {
  method?: Dispatcher.HttpMethod;
  authorization?: string;
  form?: Record<string, string>;
  signal?: AbortSignal;
}

/** One call to the Hopsworks REST API (`path` below `/hopsworks-api/api`), body read as text. */
export async function callHopsworks(
  hopsworksUrl: string,
  agent: Dispatcher,
  path: string,
  { method = 'GET', authorization, form, signal }: UpstreamRequest = {},
): Promise<UpstreamAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (authorization) headers.authorization = authorization;
  let body: string | undefined;
  if (form) {
    body = new URLSearchParams(form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const answer = await request(`${hopsworksUrl}/hopsworks-api/api${path}`, { method, headers, body, dispatcher: agent, signal });
  const text = await answer.body.text();
  return { status: answer.statusCode, headers: answer.headers, text };
}

export interface HopsworksErrorBody {
  errorCode?: number;
  errorMsg?: string;
  usrMsg?: string;
}

export function readHopsworksError(text: string): HopsworksErrorBody {
  try {
    const body = JSON.parse(text) as Record<string, unknown> | null;
    if (!body || typeof body !== 'object') return {};
    return {
      errorCode: typeof body.errorCode === 'number' ? body.errorCode : undefined,
      errorMsg: typeof body.errorMsg === 'string' ? body.errorMsg : undefined,
      usrMsg: typeof body.usrMsg === 'string' ? body.usrMsg : undefined,
    };
  } catch {
    return {};
  }
}

/** The 403 Hopsworks sends for an API key without the endpoint's scope (its code varies by version). */
export function isMissingScope(status: number, error: HopsworksErrorBody): boolean {
  return status === 403 && /no valid scope/i.test(`${error.errorMsg ?? ''} ${error.usrMsg ?? ''}`);
}

/** The single `Authorization` value of a response, if any. */
export function authorizationHeader(headers: Record<string, string | string[] | undefined>): string | undefined {
  const value = headers.authorization;
  return Array.isArray(value) ? value[0] : value;
}
