import { type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { contentSecurityPolicy } from './server/content-security-policy.ts';
import { precompressAssets } from './server/precompressed-assets.ts';

/**
 * Real mode in development: with HOPSWORKS_URL set, the dev server mounts the production server's own
 * routes (runtime config, sign-in, the Hopsworks proxy) — one set of proxy rules for dev and production.
 * With HOPSWORKS_API_KEY it runs in service-key mode, else users sign in (SESSION_SECRET: random per run).
 */
function productionServerRoutes(): Plugin {
  return {
    name: 'production-server-routes',
    async configureServer(server) {
      const [{ loadServerConfig }, { buildServer }, { paths }] = await Promise.all([
        import('./server/config.ts'),
        import('./server/build-server.ts'),
        import('./server/paths.ts'),
      ]);
      const config = loadServerConfig({ SESSION_SECRET: randomBytes(32).toString('hex'), ...process.env, BASE_PATH: '' });
      const runtimeConfigFile = fileURLToPath(new URL('./public/config.json', import.meta.url));
      const app = await buildServer({ config, distDir: false, runtimeConfigFile, logger: { level: 'warn' } });
      await app.ready();
      const serverPaths = paths('');
      server.middlewares.use((req, res, next) => {
        const path = req.url ?? '';
        if (path === serverPaths.config || path.startsWith(`${serverPaths.hopsworksApi}/`) || path.startsWith(serverPaths.session)) {
          app.routing(req, res);
          return;
        }
        next();
      });
      server.httpServer?.once('close', () => void app.close());
    },
  };
}

/**
 * The first page's code in one chunk: the boot code (src/main.tsx, which the tiny entry imports once the
 * page has painted its frame) and everything it imports statically. Left to itself the bundler cuts that
 * code into many small shared chunks (each compressed alone, each one more request). index.html does not
 * preload it: fetched while the page was read, its 600 KB held the first paint back (FCP 184 -> 128 ms
 * without, and the console's own first rows came sooner too: 930 -> 850 ms, 11 loads each).
 */
function firstPageChunk(): Plugin {
  const bootModule = fileURLToPath(new URL('./src/main.tsx', import.meta.url));
  const firstPage = new Set<string>();
  return {
    name: 'first-page-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                // Vite's preload helper in a chunk of its own: the entry imports it, and must not import (so run) the app chunk.
                { name: 'preload-helper', test: /vite\/preload-helper/, priority: 2 },
                { name: 'app', test: (id: string) => firstPage.has(id), priority: 1 },
              ],
            },
          },
        },
      },
    }),
    buildEnd() {
      const pending = [bootModule];
      firstPage.add(bootModule);
      while (pending.length) {
        const info = this.getModuleInfo(pending.pop()!);
        for (const imported of info?.importedIds ?? []) {
          if (firstPage.has(imported)) continue;
          firstPage.add(imported);
          pending.push(imported);
        }
      }
    },
  };
}

/** The production server sends the build's assets as compressed here, once (see server/precompressed-assets.ts). */
function precompressedAssets(): Plugin {
  let assetsDir = '';
  return {
    name: 'precompressed-assets',
    apply: 'build',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    async closeBundle() {
      await precompressAssets(assetsDir);
    },
  };
}

export default defineConfig({
  // Relative asset URLs: one build can be mounted under any base path (the server sets <base href>).
  base: './',
  plugins: [react(), firstPageChunk(), precompressedAssets(), ...(process.env.HOPSWORKS_URL ? [productionServerRoutes()] : [])],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // No CORS: a page of another origin must not read the console's API through the dev server.
  server: { port: 5173, strictPort: false, cors: false },
  preview: { port: 4173, cors: false, headers: { 'Content-Security-Policy': contentSecurityPolicy() } },
  // Every browser the console supports knows modulepreload: no polyfill in the entry.
  build: { sourcemap: false, chunkSizeWarningLimit: 900, modulePreload: { polyfill: false } },
  test: {
    restoreMocks: true,
    projects: [
      // Pure logic, the simulator, the API client and the server: no DOM, so they run in node. Typecheck and
      // lint run beside the unit tests on 2 cores, and this machine's speed varies 2× from day to day: both
      // projects have a roomy timeout (ESLint's own tests took 8 s under load, against Vitest's default 5 s).
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', '*.test.ts'], testTimeout: 30_000 },
      },
      // Components through the UI, in jsdom.
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', setupFiles: ['./src/testing/setup-tests.ts'], include: ['src/**/*.test.tsx'], testTimeout: 30_000 },
      },
    ],
  },
});
