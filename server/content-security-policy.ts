/**
 * The Content-Security-Policy the production build runs under: sent by the production server and by
 * `npm run preview`. `frameAncestors` lists who may embed the console (FRAME_ANCESTORS).
 */
export function contentSecurityPolicy({ frameAncestors = ["'self'"] }: { frameAncestors?: readonly string[] } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    // MUI (emotion) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
    "form-action 'self'",
  ].join('; ');
}
