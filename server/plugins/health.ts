import fp from 'fastify-plugin';
import type { Agent } from 'undici';
import type { ServerConfig } from '../config.ts';
import { callHopsworks } from '../hopsworks/upstream.ts';

/** `/healthz`: the process answers. `/readyz`: and Hopsworks answers it (any HTTP answer counts). */
export const healthPlugin = fp<{ config: ServerConfig; agent: Agent | undefined }>(
  async (app, { config, agent }) => {
    app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
    app.get('/readyz', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      if (!config.hopsworksUrl || !agent) return { status: 'ready', mode: config.mode };
      try {
        const answer = await callHopsworks(config.hopsworksUrl, agent, '/', { signal: AbortSignal.timeout(3000) });
        return { status: 'ready', mode: config.mode, hopsworksStatus: answer.status };
      } catch (error) {
        return reply.code(503).send({ status: 'unready', mode: config.mode, reason: `Hopsworks is not reachable: ${(error as Error).message}` });
      }
    });
  },
  { name: 'health' },
);
