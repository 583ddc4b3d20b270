import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import fp from 'fastify-plugin';
import replyFrom, { type FastifyReplyFromHooks } from '@fastify/reply-from';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.ts';
import { consoleErrorCodes, notSignedInError, readOnlyError, serviceKeyRefusedError, sessionEndedError, type ContractError } from '../hopsworks/errors.ts';
import { upstreamConnectOptions } from '../hopsworks/upstream.ts';
import { refuseForeignRequests, safeMethods } from './same-origin.ts';
import { apiResponseHeaders } from './security-headers.ts';
import { markSessionEnded, renewCredential, requestCredential } from './session.ts';
import { paths } from '../paths.ts';

/** Request headers never sent up: the browser's own credentials and identity. */
const droppedRequestHeaders = new Set(['cookie', 'authorization', 'origin', 'referer', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest', 'sec-fetch-user']);
/** Response headers never sent down: the credential (renewed tokens) and Hopsworks' own cookies. */
const droppedResponseHeaders = new Set(['authorization', 'set-cookie', 'www-authenticate']);

/** A copy without the dropped names (built up rather than deleted from: `delete` makes every later read slow). */
function headersWithout<T>(headers: Record<string, T>, dropped: Set<string>): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const name in headers) if (!dropped.has(name)) kept[name] = headers[name]!;
  return kept;
}

const loginLocation = /login|sign-?in|\bauth\b|oauth|sso|saml|openid/i;

interface UpstreamResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  stream: Readable;
}

/** A login page (a redirect to a sign-in URL, or HTML) instead of JSON means the session is gone, like a 401. */
function isSessionGone({ statusCode: status, headers }: UpstreamResponse): boolean {
  if (status === 401) return true;
  if (status >= 300 && status < 400) return loginLocation.test(String(headers.location ?? ''));
  return status >= 200 && status < 300 && /text\/html/i.test(String(headers['content-type'] ?? ''));
}

function unreachableError(error: Error): ContractError {
  return {
    errorCode: consoleErrorCodes.upstreamUnreachable,
    errorMsg: `Could not reach Hopsworks: ${error.message}`,
    usrMsg: 'The console’s server could not reach Hopsworks. Try again in a moment; if it persists, tell the platform team.',
  };
}

/** Hopsworks' body headers, already copied onto the reply, do not describe the error sent instead. */
function dropUpstreamBodyHeaders(reply: FastifyReply): void {
  reply.removeHeader('content-length');
  reply.removeHeader('content-encoding');
}

async function sendError(reply: FastifyReply, status: number, error: ContractError) {
  return reply.code(status).type('application/json; charset=utf-8').send(error);
}

/**
 * Answers up to this size go down as one buffer — one write and far less garbage than a piped stream
 * (the collector's pauses are what a proxy's tail latency is made of). Larger ones, and chunked ones
 * that outgrow it, are streamed.
 */
const bufferedBodyLimit = 256 * 1024;

async function* concatenated(head: Buffer[], rest: Readable): AsyncGenerator<Buffer> {
  yield* head;
  for await (const chunk of rest) yield chunk as Buffer;
}

function sendBody(reply: FastifyReply, response: UpstreamResponse): void {
  const { stream } = response;
  if (Number(response.headers['content-length']) > bufferedBodyLimit) {
    void reply.send(stream);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let streaming = false;
  const onData = (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;
    if (size <= bufferedBodyLimit) return;
    streaming = true;
    stream.off('data', onData).off('end', onEnd).pause();
    void reply.send(Readable.from(concatenated(chunks, stream), { objectMode: false }));
  };
  const onEnd = () => {
    stream.off('error', onError);
    void reply.send(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
  };
  // Stays attached once streaming: the stream's reader learns of the failure itself and cuts the reply.
  const onError = (error: Error) => {
    if (streaming) return;
    stream.off('data', onData).off('end', onEnd);
    dropUpstreamBodyHeaders(reply);
    void sendError(reply, 502, unreachableError(error));
  };
  stream.on('data', onData).on('end', onEnd).on('error', onError);
}

/**
 * `<base>/hopsworks-api/api/**` → `HOPSWORKS_URL/hopsworks-api/api/**`, with the session's (or the
 * service key's) `Authorization` added on the way up. Renewed tokens are kept in the session; a 401 —
 * or a login page instead of JSON — ends it; upstream failures become the contract's JSON errors.
 */
export const hopsworksProxyPlugin = fp<{ config: ServerConfig }>(
  async (app, { config }) => {
    if (!config.hopsworksUrl) return;
    const prefix = paths(config.basePath).hopsworksApi;
    const timeoutSeconds = Math.round(config.upstreamTimeoutMs / 1000);

    await app.register(async (proxy) => {
      await proxy.register(replyFrom, {
        base: config.hopsworksUrl,
        undici: { connections: 128, pipelining: 1, keepAliveTimeout: 30_000, connect: upstreamConnectOptions(config) },
        disableRequestLogging: true,
      });
      // Bodies pass through untouched.
      proxy.removeAllContentTypeParsers();
      proxy.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
      proxy.addHook('onRequest', refuseForeignRequests);

      const timeoutError: ContractError = {
        errorCode: consoleErrorCodes.upstreamTimeout,
        errorMsg: `Hopsworks did not answer within ${timeoutSeconds} s.`,
        usrMsg: `The Hopsworks server did not answer within ${timeoutSeconds} seconds. Try again in a moment.`,
      };
      const sessionEndedReply = config.mode === 'sign-in' ? sessionEndedError : serviceKeyRefusedError;
      // Built once: a closure per request for each hook is garbage the collector pauses the proxy for.
      const upstreamOptions: FastifyReplyFromHooks = {
        timeout: config.upstreamTimeoutMs,
        // Pass every answer through as it is (reply-from would otherwise retry a 503).
        retryDelay: () => null,
        rewriteRequestHeaders: (request, headers) => {
          const up = headersWithout(headers, droppedRequestHeaders);
          up.authorization = requestCredential(request as FastifyRequest, config);
          return up;
        },
        rewriteHeaders: (headers, request) => {
          const renewed = headers.authorization;
          if (config.mode === 'sign-in' && typeof renewed === 'string' && /^Bearer\s+\S+/.test(renewed)) {
            renewCredential(request as FastifyRequest, renewed);
          }
          return Object.assign(headersWithout(headers, droppedResponseHeaders), apiResponseHeaders);
        },
        onResponse: (request, rawReply, rawResponse) => {
          const reply = rawReply as FastifyReply;
          const response = rawResponse as unknown as UpstreamResponse;
          if (isSessionGone(response)) {
            response.stream.resume();
            if (config.mode === 'sign-in') markSessionEnded(request as FastifyRequest);
            dropUpstreamBodyHeaders(reply);
            reply.removeHeader('location');
            void sendError(reply, 401, sessionEndedReply);
            return;
          }
          sendBody(reply, response);
        },
        onError: (rawReply, { error }) => {
          const timedOut = /timeout/i.test(`${(error as { code?: string }).code ?? ''} ${error.name} ${error.message}`) || (error as { statusCode?: number }).statusCode === 504;
          void sendError(rawReply as FastifyReply, timedOut ? 504 : 502, timedOut ? timeoutError : unreachableError(error));
        },
      };

      const handler = async (request: FastifyRequest, reply: FastifyReply) => {
        if (!requestCredential(request, config)) return sendError(reply, 401, notSignedInError);
        if (config.mode === 'service-key' && !config.allowActions && !safeMethods.has(request.method)) return sendError(reply, 403, readOnlyError);
        return reply.from(`/hopsworks-api/api${request.url.slice(prefix.length)}`, upstreamOptions);
      };
      proxy.route({ method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'], url: `${prefix}/*`, helmet: false, handler });
    });
  },
  { name: 'hopsworks-proxy', dependencies: ['session'] },
);
