import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import type { Agent } from 'undici';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.ts';
import { consoleErrorCodes } from '../hopsworks/errors.ts';
import { signInWithApiKey, signInWithPassword } from '../hopsworks/sign-in.ts';
import { callHopsworks } from '../hopsworks/upstream.ts';
import { paths } from '../paths.ts';
import { refuseForeignRequests } from './same-origin.ts';
import { describeSession, endSession, storeCredential } from './session.ts';

const signInSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('password'),
    email: z.string().trim().min(1, 'Enter your email.').max(320),
    password: z.string().min(1, 'Enter your password.').max(1024),
    otp: z.string().trim().max(16).optional(),
  }),
  z.object({ method: z.literal('api-key'), apiKey: z.string().trim().min(1, 'Enter your API key.').max(2048) }),
]);


/** `<base>/console-api/session`: who is signed in (GET), sign in (POST), sign out (DELETE). */
export const sessionRoutesPlugin = fp<{ config: ServerConfig; agent: Agent | undefined }>(
  async (app, { config, agent }) => {
    const url = paths(config.basePath).session;
    await app.register(async (routes) => {
      await routes.register(rateLimit, { global: false });
      routes.addHook('onRequest', refuseForeignRequests);

      routes.get(url, async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return describeSession(request, config);
      });

      routes.post(
        url,
        {
          config: {
            rateLimit: {
              max: config.signInRateLimit,
              timeWindow: 60_000,
              errorResponseBuilder: (_request, context) => ({
                statusCode: 429,
                errorCode: consoleErrorCodes.rateLimited,
                errorMsg: 'Too many sign-in attempts.',
                usrMsg: `Too many sign-in attempts from this address. Wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`,
              }),
            },
          },
        },
        async (request: FastifyRequest, reply: FastifyReply) => {
          reply.header('cache-control', 'no-store');
          if (config.mode !== 'sign-in' || !config.hopsworksUrl || !agent) {
            return reply.code(409).send({ errorCode: consoleErrorCodes.badRequest, errorMsg: 'Sign-in is not used in this mode.', usrMsg: 'This console does not use sign-in.' });
          }
          const parsed = signInSchema.safeParse(request.body);
          if (!parsed.success) {
            const first = parsed.error.issues[0]?.message ?? 'Fill in the sign-in form.';
            return reply.code(400).send({ errorCode: consoleErrorCodes.badRequest, errorMsg: first, usrMsg: first });
          }
          const upstream = { hopsworksUrl: config.hopsworksUrl, agent };
          let result;
          try {
            result =
              parsed.data.method === 'password'
                ? await signInWithPassword(upstream, parsed.data)
                : await signInWithApiKey(upstream, parsed.data.apiKey, config.defaultProjectId);
          } catch (error) {
            request.log.warn({ err: error }, 'sign-in: Hopsworks unreachable');
            return reply.code(502).send({
              errorCode: consoleErrorCodes.upstreamUnreachable,
              errorMsg: 'Could not reach Hopsworks.',
              usrMsg: 'The console’s server could not reach Hopsworks to sign you in. Try again in a moment.',
            });
          }
          if (!result.ok) {
            request.log.info({ reason: result.failure.reason }, 'sign-in refused');
            return reply.code(result.failure.status).send({
              errorCode: consoleErrorCodes.signInRefused,
              errorMsg: result.failure.detail || result.failure.message,
              usrMsg: result.failure.message,
              reason: result.failure.reason,
            });
          }
          storeCredential(request, result.credential);
          request.log.info({ signInMethod: result.credential.method }, 'signed in');
          return describeSession(request, config);
        },
      );

      routes.delete(url, async (request, reply) => {
        reply.header('cache-control', 'no-store');
        const credential = config.mode === 'sign-in' ? request.session?.get('credential') : undefined;
        if (credential?.method === 'password' && config.hopsworksUrl && agent) {
          // Ends the Hopsworks session too; signing out of the console does not wait on it.
          callHopsworks(config.hopsworksUrl, agent, '/auth/logout', { authorization: credential.authorization }).catch((error: unknown) =>
            request.log.warn({ err: error }, 'sign-out: Hopsworks logout failed'),
          );
        }
        if (config.mode === 'sign-in') endSession(request);
        return { ...describeSession(request, config), signedIn: config.mode !== 'sign-in', user: null, method: null, missingScopes: [], ended: false };
      });
    });
  },
  { name: 'session-routes', dependencies: ['session'] },
);
