import type { FastifyReply, FastifyRequest } from 'fastify';
import { crossSiteError } from '../hopsworks/errors.ts';

/** Methods that change nothing: refused only when a browser says the request is cross-site. */
export const safeMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request provably comes from a page of the console's own origin. Browsers send
 * `Sec-Fetch-Site`; under `Referrer-Policy: no-referrer` they send `Origin: null` with a POST, so
 * `Origin` counts only when it is a real origin. A request with neither proof is refused.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site) return site === 'same-origin';
  const origin = request.headers.origin;
  if (origin && origin !== 'null') return origin === `${request.protocol}://${request.host}`;
  return false;
}

/**
 * onRequest hook for the console's API routes: a cross-site or same-site (other subdomain) browser
 * request is refused whatever its method; a state-changing request must prove it is same-origin.
 */
export async function refuseForeignRequests(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const site = request.headers['sec-fetch-site'];
  const foreignRead = site !== undefined && site !== 'same-origin' && site !== 'none';
  const unprovenWrite = !safeMethods.has(request.method) && !isSameOrigin(request);
  if (foreignRead || unprovenWrite) {
    request.log.warn({ method: request.method, url: request.url, secFetchSite: site, origin: request.headers.origin }, 'refused a cross-origin request');
    await reply.code(403).send(crossSiteError);
  }
}
