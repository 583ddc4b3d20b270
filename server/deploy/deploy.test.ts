import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverCommand } from '../../e2e/console-server.ts';
import { loadServerConfig } from '../config.ts';

/**
 * No image registry is reachable here, so the image is not built in CI; these checks tie the Dockerfile
 * and the manifests to what the tests do run: the same command, the same health paths, valid settings.
 */
const dockerfile = readFileSync(new URL('./Dockerfile', import.meta.url), 'utf8');
const manifests = readFileSync(new URL('./kubernetes.yaml', import.meta.url), 'utf8');

describe('the container image', () => {
  it('runs the command the e2e suite runs, as a non-root user, from a multi-stage build', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(JSON.parse(cmd ?? 'null')).toEqual([...serverCommand]);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
  });
});

/** Every module the server's code reaches by its imports (through src/ too), as paths from the repository's root. */
function serverModules(): { files: string[]; aliased: string[]; extensionless: string[] } {
  const root = resolve(import.meta.dirname, '../..');
  const entries = readdirSync(join(root, 'server'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('testing'))
    .map((file) => join(root, 'server', file));
  const seen = new Set<string>();
  const aliased: string[] = [];
  const extensionless: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:import|export)\b[^;]*?\bfrom '([^']+)'/g)) {
      const specifier = match[1]!;
      if (specifier.startsWith('@/')) aliased.push(`${relative(root, file)}: ${specifier}`);
      if (!specifier.startsWith('.')) continue;
      if (!specifier.endsWith('.ts')) extensionless.push(`${relative(root, file)}: ${specifier}`);
      const target = resolve(dirname(file), specifier);
      visit(existsSync(target) ? target : `${target}.ts`);
    }
  };
  entries.forEach(visit);
  return { files: [...seen].map((file) => relative(root, file)), aliased, extensionless };
}

describe('the runtime image', () => {
  it('holds every file the server imports, each imported by its path with its .ts extension (how Node and the Vite config load them, with no @/ alias)', () => {
    const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    const copied = [...runtimeStage.matchAll(/^COPY (?!--from)\S+(?: \S+)* \.\/(\S*)$/gm)].map((match) => match[1]!.replace(/\/$/, ''));
    const { files, aliased, extensionless } = serverModules();
    expect(files).toContain('src/features/deployments/components/list/first-rows-html.ts');
    for (const file of files) expect(copied.some((path) => file === path || file.startsWith(`${path}/`)), file).toBe(true);
    expect(aliased).toEqual([]);
    expect(extensionless).toEqual([]);
  });
});

describe('the Kubernetes manifests', () => {
  it('run 2 replicas with probes on the health endpoints and the secret from a Secret', () => {
    expect(manifests).toMatch(/replicas: 2/);
    expect(manifests).toMatch(/readinessProbe:\s+httpGet: \{ path: \/readyz/);
    expect(manifests).toMatch(/livenessProbe:\s+httpGet: \{ path: \/healthz/);
    expect(manifests).toMatch(/name: SESSION_SECRET\s+valueFrom:\s+secretKeyRef:/);
    expect(manifests).toMatch(/kind: Service/);
  });

  it('set only variables the server accepts, with values it accepts', () => {
    const env = Object.fromEntries([...manifests.matchAll(/\{ name: ([A-Z_]+), value: "([^"]*)" \}/g)].map((m) => [m[1]!, m[2]!]));
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['HOPSWORKS_URL', 'BASE_PATH', 'TRUST_PROXY', 'FRAME_ANCESTORS']));
    const config = loadServerConfig({ ...env, SESSION_SECRET: 'x'.repeat(64) });
    expect(config).toMatchObject({ mode: 'sign-in', basePath: '/serving-console', trustProxy: 1 });
  });
});
