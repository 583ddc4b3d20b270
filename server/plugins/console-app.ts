import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Agent } from 'undici';
import { dataBlock, runtimeConfigBlockId, sessionBlockId } from '../../src/config/first-page.ts';
import { firstPageOf } from '../../src/config/paths.ts';
import { servingEndpoints } from '../../src/lib/api/serving-endpoints.ts';
import type { ServerConfig } from '../config.ts';
import { paths } from '../paths.ts';
import { describeSession, requestCredential } from './session.ts';
import { firstRowsMarker, firstRowsSection, indexWithFirstRows } from './first-rows.ts';

export interface ConsoleAppOptions {
  config: ServerConfig;
  /** The production build (`vite build` output). */
  distDir: string;
  /** The client for Hopsworks (absent in demo mode). */
  agent?: Agent;
}

/** The runtime config the console reads at start, filled in from the server's environment. */
export function runtimeConfigFor(config: ServerConfig, fileConfig: Record<string, unknown>): Record<string, unknown> {
  const opensearch = { ...((fileConfig.opensearch as Record<string, unknown> | undefined) ?? {}) };
  if (config.openSearchDashboardsUrl) opensearch.dashboardsUrl = config.openSearchDashboardsUrl;
  return {
    ...fileConfig,
    mode: config.mode === 'demo' ? 'mock' : 'real',
    auth: config.mode === 'demo' ? 'none' : 'session',
    defaultProjectId: config.defaultProjectId,
    basePath: paths(config.basePath).root,
    apiBasePath: paths(config.basePath).hopsworksApi,
    sessionPath: paths(config.basePath).session,
    opensearch,
  };
}

/**
 * The served index.html: `<base href>` follows BASE_PATH, so no file is edited by hand, and the runtime
 * config is in the page (no request for config.json, and no preload of it).
 */
export function indexHtmlFor(html: string, basePath: string, runtimeConfigJson: string): string {
  const baseElement = /<base href="[^"]*"\s*\/?>/;
  if (!baseElement.test(html)) throw new Error('index.html has no <base href> element to point at BASE_PATH');
  return html
    .replace(baseElement, `<base href="${paths(basePath).root}" />`)
    .replace(/<link rel="preload" href="config\.json"[^>]*>/, '')
    .replace('</head>', `${dataBlock(runtimeConfigBlockId, runtimeConfigJson)}</head>`);
}

const noStore = 'no-store';

const preloadLink = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`;

/**
 * What the page needs first, in index.html: who is signed in (the session route's answer, so the boot
 * code asks nothing before it knows) and, when someone is, a preload of the deployment an overview
 * shows (the boot code's request takes that answer; the same URL the console builds). A list page gets
 * its deployments inside index.html itself (see first-rows.ts).
 */
function firstPageHead(request: FastifyRequest, config: ServerConfig, page: FirstPage | null): string[] {
  if (config.mode === 'demo') return [];
  const head = [dataBlock(sessionBlockId, JSON.stringify(describeSession(request, config)))];
  if (page?.route === 'deployment') head.push(preloadLink(`${paths(config.basePath).hopsworksApi}${servingEndpoints.deployment(page.projectId, page.deploymentId)}`));
  return head;
}

type FirstPage = ReturnType<typeof firstPageOf>;

function firstPageFor(config: ServerConfig, url: string): FirstPage {
  return firstPageOf(paths(config.basePath).root, url.split('?')[0] ?? '', config.defaultProjectId);
}

/** The runtime config as JSON: the file's settings filled in from the environment. */
function runtimeConfigJson(config: ServerConfig, configFile: string): string {
  const fileConfig = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>) : {};
  return JSON.stringify(runtimeConfigFor(config, fileConfig));
}

/** `<base>/config.json`: the runtime config, never cached (for pages not served with it, as in development). */
export function registerRuntimeConfig(app: FastifyInstance, config: ServerConfig, configFile: string): string {
  const body = runtimeConfigJson(config, configFile);
  app.get(paths(config.basePath).config, async (_request, reply) => reply.header('cache-control', noStore).type('application/json; charset=utf-8').send(body));
  return body;
}

/**
 * The production build under BASE_PATH: hashed assets cached for a year, index.html and config never
 * cached, any route of the app (a deep link) answered with index.html, an unknown asset with a 404.
 */
export const consoleAppPlugin = fp<ConsoleAppOptions>(
  async (app, { config, distDir, agent }) => {
    const indexFile = join(distDir, 'index.html');
    if (!existsSync(indexFile)) throw new Error(`No production build in ${distDir}: run \`npm run build\` first (npm run serve does it for you).`);
    const runtimeConfig = registerRuntimeConfig(app, config, join(distDir, 'config.json'));
    const indexHtml = indexHtmlFor(readFileSync(indexFile, 'utf8'), config.basePath, runtimeConfig);
    const { root } = paths(config.basePath);

    const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
      const credential = requestCredential(request, config);
      // What the page opens matters only to someone signed in: nobody else gets a request that would be refused.
      const page = credential ? firstPageFor(config, request.url) : null;
      const head = firstPageHead(request, config, page);
      const html = head.length ? indexHtml.replace('</head>', `${head.join('')}</head>`) : indexHtml;
      reply.header('cache-control', noStore).type('text/html; charset=utf-8');
      if (request.method !== 'GET' || page?.route !== 'deployments' || !agent || !config.hopsworksUrl || !firstRowsMarker.test(html)) return reply.send(html);
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const section = firstRowsSection({ hopsworksUrl: config.hopsworksUrl, agent, authorization: credential!, projectId: page.projectId, search });
      return reply.send(indexWithFirstRows(html, section));
    };

    app.get(root, async (request, reply) => sendIndex(request, reply));
    if (config.basePath) {
      app.get(config.basePath, async (_request, reply) => reply.redirect(root));
      app.get('/', async (_request, reply) => reply.redirect(root));
    }

    await app.register(fastifyStatic, {
      root: distDir,
      prefix: root,
      index: false,
      wildcard: true,
      cacheControl: false,
      // The build's .br and .gz beside each asset (precompressed-assets.ts), sent as they are.
      preCompressed: true,
      setHeaders: (res, filePath) => {
        const immutable = filePath.startsWith(join(distDir, 'assets'));
        res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : filePath.endsWith('index.html') || filePath.endsWith('config.json') ? noStore : 'no-cache');
        // Whichever copy is sent, a shared cache must keep the variants apart (@fastify/static does not say so).
        res.setHeader('vary', 'accept-encoding');
      },
    });

    app.setNotFoundHandler(async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const lastSegment = path.split('/').pop() ?? '';
      const isAppRoute =
        (request.method === 'GET' || request.method === 'HEAD') &&
        path.startsWith(root) &&
        !lastSegment.includes('.') &&
        !path.startsWith(`${root}assets/`) &&
        !path.startsWith(`${root}hopsworks-api/`) &&
        !path.startsWith(`${root}console-api/`);
      if (isAppRoute) return sendIndex(request, reply);
      return reply.code(404).header('cache-control', noStore).type('text/plain; charset=utf-8').send('Not found');
    });
  },
  { name: 'console-app' },
);
