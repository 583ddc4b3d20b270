import { type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { contentSecurityPolicy } from './server/content-security-policy.ts';

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
 * Everything the entry imports statically goes into one chunk: left to itself the bundler cuts the first
 * page's code into many small shared chunks (each compressed alone, each one more request).
 */
function firstPageChunk(): Plugin {
  const firstPage = new Set<string>();
  return {
    name: 'first-page-chunk',
    apply: 'build',
    config: () => ({ build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', test: (id: string) => firstPage.has(id) }] } } } } }),
    buildEnd() {
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const pending = [...entries];
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

export default defineConfig({
  // Relative asset URLs: one build can be mounted under any base path (the server sets <base href>).
  base: './',
  plugins: [react(), firstPageChunk(), ...(process.env.HOPSWORKS_URL ? [productionServerRoutes()] : [])],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // No CORS: a page of another origin must not read the console's API through the dev server.
  server: { port: 5173, strictPort: false, cors: false },
  preview: { port: 4173, cors: false, headers: { 'Content-Security-Policy': contentSecurityPolicy() } },
  build: { sourcemap: false, chunkSizeWarningLimit: 900 },
  test: {
    restoreMocks: true,
    projects: [
      // Pure logic, the simulator, the API client and the server: no DOM, so they run in node.
      { extends: true, test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', '*.test.ts'] } },
      // Components through the UI, in jsdom (slow to start while typecheck and lint run beside it: a roomy timeout).
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', setupFiles: ['./src/testing/setup-tests.ts'], include: ['src/**/*.test.tsx'], testTimeout: 30_000 },
      },
    ],
  },
});
