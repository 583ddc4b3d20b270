// The production server's proxy under load (autocannon, 50 connections), beside the same load sent
// straight to the fake Hopsworks in the same run; and the server's memory growth over 60 s of load.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startConsoleServer } from '../e2e/console-server.ts';

const connections = 50;
const directSeconds = Number(process.env.BENCH_PROXY_DIRECT_SECONDS ?? 15);
const loadSeconds = Number(process.env.BENCH_PROXY_LOAD_SECONDS ?? 60);

interface FakeInfo {
  url: string;
  keys: { full: string };
  accounts: { owner: { email: string; password: string } };
  projects: { owned: { id: number } };
}

async function startFake(): Promise<{ info: FakeInfo; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/testing/run-fake-hopsworks.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise<FakeInfo>((resolve, reject) => {
    child.stdout!.once('data', (chunk) => resolve(JSON.parse(String(chunk)) as FakeInfo));
    child.once('exit', () => reject(new Error('the fake Hopsworks exited')));
  });
  return { info, child };
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function load(url: string, headers: Record<string, string>, duration: number) {
  const result = await autocannon({ url, connections, duration, headers });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

export async function measureProxy() {
  const { info, child: fake } = await startFake();
  const server = await startConsoleServer({ HOPSWORKS_URL: info.url, SESSION_SECRET: 'bench-session-secret-of-at-least-32-chars', LOG_LEVEL: 'warn' });
  try {
    const path = `/hopsworks-api/api/project/${info.projects.owned.id}/serving`;
    const signIn = await fetch(`${server.origin}/console-api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin },
      body: JSON.stringify({ method: 'api-key', apiKey: info.keys.full }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const proxied = { cookie, 'sec-fetch-site': 'same-origin' };
    const direct = await load(`${info.url}${path}`, { authorization: `ApiKey ${info.keys.full}` }, directSeconds);
    await load(`${server.origin}${path}`, proxied, 3); // warm-up
    const pid = server.process.pid!;
    const rssBefore = rssMb(pid);
    const proxy = await load(`${server.origin}${path}`, proxied, loadSeconds);
    const rssAfter = rssMb(pid);
    return {
      direct,
      proxy,
      throughputRatio: proxy.rps / direct.rps,
      addedP99Ms: proxy.p99 - direct.p99,
      memoryGrowthMb: rssAfter - rssBefore,
      loadSeconds,
    };
  } finally {
    await server.stop();
    fake.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureProxy(), null, 2));
