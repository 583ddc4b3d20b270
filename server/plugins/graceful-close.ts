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
    // Not async: this runs on every answer, and an async hook costs each one a promise.
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (closing) reply.header('connection', 'close');
      done(null, payload);
    });
  },
  { name: 'graceful-close' },
);
