import { type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';

/**
 * Real mode: with HOPSWORKS_URL set, the dev server proxies /hopsworks-api to that host and adds the
 * API key there, on the server side, so the key never reaches the browser. It also serves a runtime
 * config that switches the app to real mode (and to HOPSWORKS_PROJECT_ID as the default project).
 */
const hopsworksUrl = process.env.HOPSWORKS_URL;
const hopsworksApiKey = process.env.HOPSWORKS_API_KEY;
const hopsworksProjectId = process.env.HOPSWORKS_PROJECT_ID;

function realModeRuntimeConfig(): Plugin {
  return {
    name: 'real-mode-runtime-config',
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        const file = fileURLToPath(new URL('./public/config.json', import.meta.url));
        const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        config.mode = 'real';
        if (hopsworksProjectId) config.defaultProjectId = Number(hopsworksProjectId);
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(config));
      });
    },
  };
}

function hopsworksProxy() {
  if (!hopsworksUrl) return undefined;
  return {
    '/hopsworks-api': {
      target: hopsworksUrl,
      changeOrigin: true,
      secure: process.env.HOPSWORKS_INSECURE_TLS !== '1',
      headers: hopsworksApiKey ? { Authorization: `ApiKey ${hopsworksApiKey}` } : {},
      configure: (proxy: { on: (event: 'proxyReq', cb: (req: { removeHeader: (h: string) => void }) => void) => void }) => {
        // The browser's cookies belong to the console's origin, not to the cluster.
        proxy.on('proxyReq', (proxyReq) => proxyReq.removeHeader('cookie'));
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: one build can be mounted under any base path (see README, "Configuration").
  base: './',
  plugins: [react(), ...(hopsworksUrl ? [realModeRuntimeConfig()] : [])],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: false, proxy: hopsworksProxy() },
  preview: { port: 4173, headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  build: { sourcemap: false, chunkSizeWarningLimit: 900 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
  },
});
