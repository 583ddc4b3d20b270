import fp from 'fastify-plugin';

/**
 * Once the server is closing (SIGTERM), the answers still in flight end their connections: a browser
 * keeps an idle connection for as long as the server's Keep-Alive allows (72 s), and the close would
 * wait for it past the grace period.
 */
export const gracefulClosePlugin = fp(
  async (app) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onSend', async (_request, reply) => {
      if (closing) reply.header('connection', 'close');
    });
  },
  { name: 'graceful-close' },
);
