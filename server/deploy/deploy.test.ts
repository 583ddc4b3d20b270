import { readdirSync, readFileSync } from 'node:fs';
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

/** Every module the server's code imports by a relative path, as a path from the repository's root. */
function serverImports(): string[] {
  const root = resolve(import.meta.dirname, '../..');
  const files = readdirSync(join(root, 'server'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('testing'),
  );
  return files.flatMap((file) =>
    [...readFileSync(join(root, 'server', file), 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((match) => relative(root, resolve(root, 'server', dirname(file), match[1]!))),
  );
}

describe('the runtime image', () => {
  it('holds every file the server imports', () => {
    const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    const copied = [...runtimeStage.matchAll(/^COPY (?!--from)\S+(?: \S+)* \.\/(\S*)$/gm)].map((match) => match[1]!.replace(/\/$/, ''));
    const imports = serverImports();
    expect(imports).toContain('src/config/paths.ts');
    for (const file of imports) expect(copied.some((path) => file === path || file.startsWith(`${path}/`)), file).toBe(true);
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
