import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import type { ServerConfig } from '../config.ts';
import { contentSecurityPolicy } from '../content-security-policy.ts';

/**
 * CSP (`script-src 'self'`, `connect-src 'self'`, `frame-ancestors` from FRAME_ANCESTORS),
 * `Referrer-Policy: no-referrer` ("See logs" links carry a token), nosniff, and HSTS only behind TLS.
 */
export const securityHeadersPlugin = fp<{ config: ServerConfig }>(
  async (app, { config }) => {
    const policy = contentSecurityPolicy({ frameAncestors: config.frameAncestors });
    await app.register(helmet, {
      contentSecurityPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: false,
      // Embedding is governed by CSP frame-ancestors (FRAME_ANCESTORS); X-Frame-Options cannot list origins.
      xFrameOptions: false,
      crossOriginEmbedderPolicy: false,
    });
    app.addHook('onSend', async (request, reply) => {
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', policy);
      if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    });
  },
  { name: 'security-headers' },
);

/**
 * The proxied Hopsworks JSON is never a page: it gets a fixed, precomputed set of headers instead of
 * helmet's per-request work (the proxy's routes opt out of helmet with `helmet: false`).
 */
export const apiResponseHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};
