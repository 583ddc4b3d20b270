import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import fp from 'fastify-plugin';
import type { Dispatcher } from 'undici';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.ts';
import { consoleErrorCodes, notSignedInError, readOnlyError, serviceKeyRefusedError, sessionEndedError, type ContractError } from '../hopsworks/errors.ts';
import { refuseForeignRequests, safeMethods } from './same-origin.ts';
import { apiResponseHeaders } from './security-headers.ts';
import { markSessionEnded, renewCredential, requestCredential } from './session.ts';
import { paths } from '../paths.ts';

/** Headers about one connection (RFC 9110 §7.6.1), never forwarded either way. */
const hopByHopHeaders = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'http2-settings'];
/** Request headers never sent up: the browser's own credentials and identity (and what the client sets itself). */
const droppedRequestHeaders: ReadonlySet<string> = new Set([...hopByHopHeaders, 'host', 'expect', 'cookie', 'authorization', 'origin', 'referer', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest', 'sec-fetch-user']);
/** Response headers never sent down: the credential (renewed tokens) and Hopsworks' own cookies. */
const droppedResponseHeaders: ReadonlySet<string> = new Set([...hopByHopHeaders, 'authorization', 'set-cookie', 'www-authenticate']);

/**
 * A copy without the dropped names, nor those a `Connection` header lists (they are hop-by-hop too).
 * Built up rather than deleted from: `delete` makes every later read slow.
 */
function headersWithout<T>(headers: Record<string, T>, dropped: ReadonlySet<string>): Record<string, T> {
  const connection = headers.connection;
  const listed = typeof connection === 'string' ? connection.toLowerCase().split(',').map((name) => name.trim()) : undefined;
  const kept: Record<string, T> = {};
  for (const name in headers) if (!dropped.has(name) && !listed?.includes(name)) kept[name] = headers[name]!;
  return kept;
}

const loginLocation = /login|sign-?in|\bauth\b|oauth|sso|saml|openid/i;

interface UpstreamResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: Readable;
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
  const stream = response.body;
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

const ignore = () => {};

/** An answer nobody will read: dropped, and its failures with it (an unheard stream error would end the process). */
function discard(body: Readable): void {
  body.on('error', ignore).destroy();
}

function upstreamFailure(error: Error, timeoutError: ContractError): { status: number; error: ContractError } {
  const timedOut = /timeout/i.test(`${(error as { code?: string }).code ?? ''} ${error.name} ${error.message}`);
  return timedOut ? { status: 504, error: timeoutError } : { status: 502, error: unreachableError(error) };
}

/**
 * `<base>/hopsworks-api/api/**` → `HOPSWORKS_URL/hopsworks-api/api/**` through the server's one upstream
 * client, with the session's (or the service key's) `Authorization` added on the way up. Renewed tokens
 * are kept in the session; a 401 — or a login page instead of JSON — ends it; upstream failures become
 * the contract's JSON errors. Every answer passes through once, as it is: no retries.
 */
export const hopsworksProxyPlugin = fp<{ config: ServerConfig; agent: Dispatcher | undefined }>(
  async (app, { config, agent }) => {
    const hopsworksUrl = config.hopsworksUrl;
    if (!hopsworksUrl || !agent) return;
    const prefix = paths(config.basePath).hopsworksApi;
    const timeoutSeconds = Math.round(config.upstreamTimeoutMs / 1000);
    const timeoutError: ContractError = {
      errorCode: consoleErrorCodes.upstreamTimeout,
      errorMsg: `Hopsworks did not answer within ${timeoutSeconds} s.`,
      usrMsg: `The Hopsworks server did not answer within ${timeoutSeconds} seconds. Try again in a moment.`,
    };
    const sessionEndedReply = config.mode === 'sign-in' ? sessionEndedError : serviceKeyRefusedError;

    const forward = async (request: FastifyRequest, reply: FastifyReply) => {
      const credential = requestCredential(request, config);
      if (!credential) return sendError(reply, 401, notSignedInError);
      if (config.mode === 'service-key' && !config.allowActions && !safeMethods.has(request.method)) return sendError(reply, 403, readOnlyError);
      const headers = headersWithout(request.headers, droppedRequestHeaders);
      headers.authorization = credential;
      const method = request.method as Dispatcher.HttpMethod;
      let response: Dispatcher.ResponseData;
      try {
        response = await agent.request({
          origin: hopsworksUrl,
          path: `/hopsworks-api/api${request.url.slice(prefix.length)}`,
          method,
          headers,
          body: method === 'GET' || method === 'HEAD' ? undefined : (request.body as Readable | undefined),
        });
      } catch (error) {
        const failure = upstreamFailure(error as Error, timeoutError);
        return sendError(reply, failure.status, failure.error);
      }
      // The browser left while Hopsworks answered: nobody to send it to.
      if (request.raw.socket?.destroyed) {
        discard(response.body);
        return reply;
      }
      const renewed = response.headers.authorization;
      if (config.mode === 'sign-in' && typeof renewed === 'string' && /^Bearer\s+\S+/.test(renewed)) renewCredential(request, renewed);
      if (isSessionGone(response)) {
        discard(response.body);
        if (config.mode === 'sign-in') markSessionEnded(request);
        return sendError(reply, 401, sessionEndedReply);
      }
      if (response.statusCode < 200 || response.statusCode > 599) {
        discard(response.body);
        return sendError(reply, 502, unreachableError(new Error(`Hopsworks answered with status ${response.statusCode}`)));
      }
      reply.code(response.statusCode).headers(Object.assign(headersWithout(response.headers, droppedResponseHeaders), apiResponseHeaders));
      // A connection whose request body was not read to its end cannot carry another request.
      if (!request.raw.complete) reply.header('connection', 'close');
      sendBody(reply, response);
      return reply;
    };

    await app.register(async (proxy) => {
      // Bodies pass through untouched.
      proxy.removeAllContentTypeParsers();
      proxy.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
      proxy.addHook('onRequest', refuseForeignRequests);
      proxy.route({ method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'], url: `${prefix}/*`, helmet: false, handler: forward });
    });
  },
  { name: 'hopsworks-proxy', dependencies: ['session'] },
);
