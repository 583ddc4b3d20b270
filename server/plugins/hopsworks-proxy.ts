import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import fp from 'fastify-plugin';
import replyFrom from '@fastify/reply-from';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.ts';
import { consoleErrorCodes, notSignedInError, sessionEndedError, type ContractError } from '../hopsworks/errors.ts';
import { upstreamConnectOptions } from '../hopsworks/upstream.ts';
import { refuseForeignRequests } from './same-origin.ts';
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

function isUnsafe(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method);
}

async function sendError(reply: FastifyReply, status: number, error: ContractError) {
  return reply.code(status).type('application/json; charset=utf-8').send(error);
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

      const handler = async (request: FastifyRequest, reply: FastifyReply) => {
        const authorization = requestCredential(request, config);
        if (!authorization) return sendError(reply, 401, notSignedInError);
        if (config.mode === 'service-key' && !config.allowActions && isUnsafe(request.method)) {
          return sendError(reply, 403, {
            errorCode: consoleErrorCodes.readOnly,
            errorMsg: 'Read-only: the console uses a shared service key and ALLOW_ACTIONS is not set.',
            usrMsg: 'This console is read-only: it uses a shared service key. Starting and stopping is off (the platform team can allow it with ALLOW_ACTIONS=1).',
          });
        }
        const upstreamPath = `/hopsworks-api/api${request.url.slice(prefix.length)}`;
        return reply.from(upstreamPath, {
          timeout: config.upstreamTimeoutMs,
          // Pass every answer through as it is (reply-from would otherwise retry a 503).
          retryDelay: () => null,
          rewriteRequestHeaders: (_request, headers) => {
            const up = headersWithout(headers, droppedRequestHeaders);
            up.authorization = authorization;
            return up;
          },
          rewriteHeaders: (headers) => {
            const renewed = headers.authorization;
            if (config.mode === 'sign-in' && typeof renewed === 'string' && /^Bearer\s+\S+/.test(renewed)) {
              renewCredential(request, renewed);
            }
            return { ...headersWithout(headers, droppedResponseHeaders), ...apiResponseHeaders };
          },
          onResponse: (_request, rawReply, rawResponse) => {
            const reply = rawReply as FastifyReply;
            const response = rawResponse as unknown as { statusCode: number; headers: IncomingHttpHeaders; stream: Readable };
            const contentType = String(response.headers['content-type'] ?? '');
            const location = String(response.headers.location ?? '');
            const status = response.statusCode;
            const loginPage =
              (status >= 300 && status < 400 && loginLocation.test(location)) || (status >= 200 && status < 300 && /text\/html/i.test(contentType));
            if (status === 401 || loginPage) {
              response.stream.resume();
              if (config.mode === 'sign-in') markSessionEnded(request);
              reply.removeHeader('content-length');
              reply.removeHeader('location');
              reply.removeHeader('content-encoding');
              void sendError(reply, 401, config.mode === 'sign-in' ? sessionEndedError : {
                errorCode: consoleErrorCodes.notSignedIn,
                errorMsg: 'Hopsworks refused the service key.',
                usrMsg: 'Hopsworks did not accept the console’s service key (HOPSWORKS_API_KEY). Ask the platform team to renew it.',
              });
              return;
            }
            void reply.send(response.stream);
          },
          onError: (rawReply, { error }) => {
            const reply = rawReply as FastifyReply;
            const timedOut = /timeout/i.test(`${(error as { code?: string }).code ?? ''} ${error.name} ${error.message}`) || (error as { statusCode?: number }).statusCode === 504;
            void sendError(
              reply,
              timedOut ? 504 : 502,
              timedOut
                ? {
                    errorCode: consoleErrorCodes.upstreamTimeout,
                    errorMsg: `Hopsworks did not answer within ${timeoutSeconds} s.`,
                    usrMsg: `The Hopsworks server did not answer within ${timeoutSeconds} seconds. Try again in a moment.`,
                  }
                : {
                    errorCode: consoleErrorCodes.upstreamUnreachable,
                    errorMsg: `Could not reach Hopsworks: ${error.message}`,
                    usrMsg: 'The console’s server could not reach Hopsworks. Try again in a moment; if it persists, tell the platform team.',
                  },
            );
          },
        });
      };
      proxy.route({ method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'], url: `${prefix}/*`, helmet: false, handler });
    });
  },
  { name: 'hopsworks-proxy', dependencies: ['session'] },
);
