import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import type { Server } from 'node:http';
import Fastify, { LogController, type FastifyHttpOptions, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import compress from '@fastify/compress';
import { compressionThresholdBytes } from './precompressed-assets.ts';
import type { Agent } from 'undici';
import type { ServerConfig } from './config.ts';
import { createUpstreamAgent } from './hopsworks/upstream.ts';
import { accessLogPlugin } from './plugins/access-log.ts';
import { consoleAppPlugin, registerRuntimeConfig } from './plugins/console-app.ts';
import { gracefulClosePlugin } from './plugins/graceful-close.ts';
import { healthPlugin } from './plugins/health.ts';
import { hopsworksProxyPlugin } from './plugins/hopsworks-proxy.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { sessionPlugin } from './plugins/session.ts';
import { sessionRoutesPlugin } from './plugins/session-routes.ts';

export interface BuildServerOptions {
  config: ServerConfig;
  /** The production build to serve; `false` when something else serves the app (the Vite dev server). */
  distDir?: string | false;
  /** Without a build: where the runtime config's file settings come from (the dev server: public/config.json). */
  runtimeConfigFile?: string;
  /** Fastify's logger: pino options, a stream destination, or false. */
  logger?: FastifyServerOptions['logger'];
}

export const defaultDistDir = fileURLToPath(new URL('../dist', import.meta.url));

/** Never logged, wherever they appear. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'res.headers.authorization',
  '*.authorization',
  '*.password',
  '*.apiKey',
  '*.otp',
];

/** TRUST_PROXY: true, a hop count, or addresses/CIDRs (comma-separated). */
function trustProxySetting(value: ServerConfig['trustProxy']): FastifyHttpOptions<Server>['trustProxy'] {
  if (typeof value === 'number') return (_address: string, hop: number) => hop < value;
  return value;
}

/** The production server, one plugin per concern. Tests drive it with `app.inject()`; main.ts listens. */
export async function buildServer({ config, distDir = defaultDistDir, runtimeConfigFile, logger }: BuildServerOptions): Promise<FastifyInstance> {
  const options: FastifyHttpOptions<Server> = {
    logger: logger ?? { level: config.logLevel, redact: { paths: redactedPaths, censor: '[redacted]' } },
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: trustProxySetting(config.trustProxy),
    bodyLimit: 64 * 1024,
    return503OnClosing: false,
  };
  const app = Fastify(options);
  const agent: Agent | undefined = config.hopsworksUrl ? createUpstreamAgent(config) : undefined;
  app.addHook('onClose', async () => agent?.close());

  await app.register(accessLogPlugin);
  await app.register(gracefulClosePlugin);
  await app.register(securityHeadersPlugin, { config });
  // Each written piece is flushed: a page that arrives in parts (index.html with its first rows) paints part by part.
  await app.register(compress, {
    global: true,
    threshold: compressionThresholdBytes,
    zlibOptions: { flush: zlibConstants.Z_SYNC_FLUSH },
    brotliOptions: { flush: zlibConstants.BROTLI_OPERATION_FLUSH },
  });
  await app.register(healthPlugin, { config, agent });
  await app.register(sessionPlugin, { config });
  await app.register(sessionRoutesPlugin, { config, agent });
  await app.register(hopsworksProxyPlugin, { config, agent });
  if (distDir) await app.register(consoleAppPlugin, { config, distDir, agent });
  else if (runtimeConfigFile) registerRuntimeConfig(app, config, runtimeConfigFile);
  return app;
}
