import fp from 'fastify-plugin';

/** One JSON access-log line per request (pino, stdout); the query string is left out, headers never logged. */
export const accessLogPlugin = fp(
  async (app) => {
    app.addHook('onResponse', async (request, reply) => {
      request.log.info(
        {
          method: request.method,
          path: request.url.split('?')[0],
          status: reply.statusCode,
          durationMs: Math.round(reply.elapsedTime * 10) / 10,
          remoteAddress: request.ip,
        },
        'request',
      );
    });
  },
  { name: 'access-log' },
);
