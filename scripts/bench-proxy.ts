// The production server's proxy under load (autocannon, 50 connections), each figure beside the same
// load sent straight to the fake Hopsworks in the same run, and the server's memory growth over 60 s.
// Two fakes: one with a cluster-like service time (Hopsworks reads each deployment's state from
// Kubernetes on every list call) for the targets, and one that answers at once, which measures the raw
// CPU capacity of the proxy on this machine (load generator, fake and server share its 2 cores).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startConsoleServer } from '../e2e/console-server.ts';

const connections = 50;
const serviceTimeMs = Number(process.env.BENCH_PROXY_SERVICE_MS ?? 20);
const directSeconds = Number(process.env.BENCH_PROXY_DIRECT_SECONDS ?? 15);
const loadSeconds = Number(process.env.BENCH_PROXY_LOAD_SECONDS ?? 60);
const capacitySeconds = Number(process.env.BENCH_PROXY_CAPACITY_SECONDS ?? 10);
/** The equal offered load at which added latency is compared (a closed loop at saturation measures queueing). */
const offeredRate = Number(process.env.BENCH_PROXY_OFFERED_RATE ?? 1000);
const latencySeconds = Number(process.env.BENCH_PROXY_LATENCY_SECONDS ?? 10);
/** Rounds of (direct, proxy) at the offered rate. */
const latencyRounds = Number(process.env.BENCH_PROXY_LATENCY_ROUNDS ?? 3);

interface FakeInfo {
  url: string;
  keys: { full: string };
  projects: { owned: { id: number } };
}

export async function startFake(latencyMs: number, env: Record<string, string> = {}): Promise<{ info: FakeInfo; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/testing/run-fake-hopsworks.ts'], {
    env: { ...process.env, FAKE_LATENCY_MS: String(latencyMs), FAKE_RECORD: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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

interface Load {
  rps: number;
  p99: number;
  errors: number;
}

/** The value at percentile `p` (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Response times corrected for coordinated omission: an answer slower than the connection's interval
 * between requests held back the requests it should have sent meanwhile, so each of them counts too
 * (value − interval, value − 2·interval, …), as HdrHistogram's recordValueWithExpectedInterval does.
 * autocannon corrects with an interval of `ceil(1 / rate)` = 1 ms whatever the rate, which records a
 * 30 ms answer as 30 answers of 30, 29, … 1 ms, and reports whole milliseconds: its own p99 at a fixed
 * rate is not the answers' p99.
 */
export function correctedForCoordinatedOmission(values: readonly number[], intervalMs: number): number[] {
  const corrected = [...values];
  for (const value of values) for (let missed = value - intervalMs; missed >= intervalMs; missed -= intervalMs) corrected.push(missed);
  return corrected;
}

async function load(url: string, headers: Record<string, string>, duration: number, overallRate?: number): Promise<Load> {
  const responseTimesMs: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, connections, duration, headers, ...(overallRate ? { overallRate } : {}) }, (error, finished) => (error ? reject(error) : resolve(finished)));
    run.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) responseTimesMs.push(responseTimeMs);
    });
  });
  // At a fixed rate each connection sends `overallRate / connections` requests a second.
  const samples = overallRate ? correctedForCoordinatedOmission(responseTimesMs, (1000 * connections) / overallRate) : responseTimesMs;
  return { rps: result.requests.average, p99: percentile(samples, 99), errors: result.errors + result.non2xx };
}

/**
 * The same offered load both ways — the latency the proxy adds, not the queueing of a saturated machine —
 * in alternating rounds, so that a slower stretch of this shared machine does not fall on one side only;
 * the round with the median added p99 is reported.
 */
async function addedLatencyAtRate(rounds: number, direct: () => Promise<Load>, proxy: () => Promise<Load>) {
  if (rounds === 0) return {};
  const results: { direct: Load; proxy: Load }[] = [];
  for (let round = 0; round < rounds; round++) results.push({ direct: await direct(), proxy: await proxy() });
  const added = (result: { direct: Load; proxy: Load }) => result.proxy.p99 - result.direct.p99;
  const median = [...results].sort((a, b) => added(a) - added(b))[Math.floor(results.length / 2)]!;
  return { directAtRate: median.direct, proxyAtRate: median.proxy, addedP99AtRateMs: added(median), addedP99AtRateRoundsMs: results.map(added) };
}

/** Direct vs through a signed-in session of the production server, against one fake. */
async function compare(latencyMs: number, proxySeconds: number, rateRounds: number) {
  const { info, child: fake } = await startFake(latencyMs);
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
    const direct = await load(`${info.url}${path}`, { authorization: `ApiKey ${info.keys.full}` }, Math.min(directSeconds, proxySeconds));
    await load(`${server.origin}${path}`, proxied, 10); // warm-up: growth is measured from a steady state
    // Memory growth: the server's RSS sampled every 2 s during the load, the median of the last five
    // samples against the median of the first five (two single readings mostly measure GC timing).
    const pid = server.process.pid!;
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMb(pid)), 2000);
    samples.push(rssMb(pid));
    const proxy = await load(`${server.origin}${path}`, proxied, proxySeconds);
    clearInterval(sampler);
    samples.push(rssMb(pid));
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const rssBefore = median(samples.slice(0, 5));
    const rssAfter = median(samples.slice(-5));
    const atRate = await addedLatencyAtRate(rateRounds, () => load(`${info.url}${path}`, { authorization: `ApiKey ${info.keys.full}` }, latencySeconds, offeredRate), () => load(`${server.origin}${path}`, proxied, latencySeconds, offeredRate));
    return {
      direct,
      proxy,
      ratio: proxy.rps / direct.rps,
      addedP99Ms: proxy.p99 - direct.p99,
      ...atRate,
      memoryGrowthMb: rssAfter - rssBefore,
    };
  } finally {
    await server.stop();
    fake.kill('SIGTERM');
  }
}

export async function measureProxy() {
  const clusterLike = await compare(serviceTimeMs, loadSeconds, latencyRounds);
  const capacity = await compare(0, capacitySeconds, 0);
  return { serviceTimeMs, loadSeconds, offeredRate, clusterLike, capacity };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureProxy(), null, 2));
