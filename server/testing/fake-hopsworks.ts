import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { historyAnswer, runLines, startStopVerdict, type FakeLogLine } from './fake-serving-rules.ts';

export type { FakeLogLine };

/**
 * A local HTTP server that answers like Hopsworks as ../shared/docs/hopsworks-serving-api.md describes
 * it: only an `Authorization` header authenticates (401 "Authorization header not set." otherwise, no
 * usrMsg); `POST /auth/login` (form-encoded, with a second factor for some accounts) answers with the
 * token in the `Authorization` response header; tokens can be renewed and expired; API keys carry scopes
 * (a SERVING-only key is refused on `/project`, `/project/{id}` and `/elastic/jwt`); `GET /project` gives
 * the caller's role per project; dates are ISO strings; start/stop follow the contract's "Refusals" and
 * hold a per-deployment lock (240004); errors carry `usrMsg` only where the server sends one; logs answer
 * `source=opensearch` with one timed entry per line (or, as an older server, ignore it). Used by the
 * server tests, the e2e suite and the bench.
 */

export const fakeAccounts = {
  owner: { email: 'ada@example.com', password: 'correct horse battery' },
  twoFactor: { email: 'otp@example.com', password: 'second factor please', otp: '246810' },
  locked: { email: 'locked@example.com', password: 'whatever it is' },
} as const;

export const fakeProjects = {
  owned: { id: 4321, name: 'Real_Project', role: 'Data owner' },
  shared: { id: 4322, name: 'Shared_Project', role: 'Data scientist' },
} as const;

type Scope = 'SERVING' | 'PROJECT' | 'USER';

interface Principal {
  email: string;
  scopes: Scope[] | 'all';
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  cookie: string | undefined;
  origin: string | undefined;
}

export interface FakeHopsworks {
  url: string;
  /** Full-scope and SERVING-only personal API keys of the owner account. */
  keys: { full: string; servingOnly: string };
  requests: RecordedRequest[];
  /** Every Bearer token issued so far (to look for them where they must not be). */
  issuedTokens: string[];
  /** The next call made with a Bearer token answers with a renewed token; the old one stops working. */
  renewNextToken(): void;
  /** Every signed-in session ends (its token answers 401 from now on). */
  expireSessions(): void;
  /** The next API call answers like a login gateway would: a 302 to a sign-in page, or the page itself (200, HTML). */
  answerNextWithLogin(how: 'redirect' | 'page'): void;
  /** The next deployments-list call waits this long before answering. */
  delayNextList(ms: number): void;
  deploymentStatus(projectId: number, name: string): string | undefined;
  deploymentCount(projectId: number): number;
  /** The log lines the pipeline collected for a deployment's predictor, oldest first. */
  historyOf(projectId: number, name: string): readonly FakeLogLine[];
  /** Puts a deployment in this state (creating it when the name is new), as a cluster could change it under the user. */
  putDeployment(projectId: number, deployment: Partial<FakeDeployment> & { name: string }, history?: readonly string[]): FakeDeployment;
  close(): Promise<void>;
}

export interface FakeDeployment {
  id: number;
  name: string;
  status: string;
  deployed?: string;
  readsUntilRunning?: number;
  [key: string]: unknown;
}

export const fakeCrashTraceback = [
  'INFO:     Started server process [1]',
  'Traceback (most recent call last):',
  '  File "/mnt/models/predict_crash.py", line 3, in <module>',
  '    import lightgbm',
  "ModuleNotFoundError: No module named 'lightgbm'",
] as const;

function seedDeployments(projectId: number, now: number): FakeDeployment[] {
  const base = projectId * 10;
  const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
  return [
    {
      id: base + 1,
      name: 'realmodel',
      modelName: 'realmodel',
      modelVersion: 2,
      modelServer: 'PYTHON',
      servingTool: 'KSERVE',
      predictor: 'predict.py',
      availableInstances: 1,
      requestedInstances: 1,
      created: '2024-06-10T07:02:04.000Z',
      deployed: '2024-06-10T08:00:00.000Z',
      revision: '12345678',
      predictorResources: { requests: { cores: 0.5, memory: 512, gpus: 0 }, limits: { cores: -1, memory: -1, gpus: -1 } },
      condition: { type: 'READY', status: true, reason: 'Deployment is ready' },
      status: 'Running',
    },
    {
      id: base + 2,
      name: 'brokenmodel',
      modelName: 'brokenmodel',
      modelVersion: 1,
      servingTool: 'KSERVE',
      predictor: 'predict_broken.py',
      availableInstances: 0,
      requestedInstances: 1,
      created: '2024-06-11T09:00:00.000Z',
      deployed: minutesAgo(25),
      revision: '90417735',
      condition: { type: 'SCHEDULED', status: false, reason: 'Failed to be scheduled: 0/3 nodes are available: 3 Insufficient memory.' },
      status: 'Failed',
    },
    {
      id: base + 3,
      name: 'idlemodel',
      modelName: 'idlemodel',
      modelVersion: 4,
      servingTool: 'KSERVE',
      predictor: 'predict_idle.py',
      availableInstances: 0,
      requestedInstances: 1,
      created: '2024-06-12T09:00:00.000Z',
      revision: '55512345',
      condition: { type: 'STOPPED', status: true, reason: 'Deployment is not running' },
      status: 'Stopped',
    },
    {
      id: base + 4,
      name: 'crashmodel',
      modelName: 'crashmodel',
      modelVersion: 1,
      servingTool: 'KSERVE',
      predictor: 'predict_crash.py',
      availableInstances: 0,
      requestedInstances: 1,
      created: '2024-06-13T09:00:00.000Z',
      deployed: minutesAgo(10),
      revision: '31415926',
      condition: { type: 'STARTED', status: false, reason: 'Failed to run: predictor terminated unsuccessfully' },
      status: 'Failed',
    },
  ];
}

/** What the log pipeline collected before the fake started: each seeded deployment's last run. */
function seedHistory(deployments: readonly FakeDeployment[], now: number): Map<number, FakeLogLine[]> {
  const history = new Map<number, FakeLogLine[]>();
  for (const d of deployments) {
    const pod = `${d.name}-predictor-00001-deployment-${d.revision ?? '0'}`;
    const lines =
      d.name === 'crashmodel'
        ? [...runLines(`${pod}-a1`, fakeCrashTraceback, now - 8 * 60_000), ...runLines(`${pod}-a1`, fakeCrashTraceback, now - 4 * 60_000)]
        : d.name === 'idlemodel'
          ? runLines(`${pod}-b2`, ['INFO:     Application startup complete.', 'INFO:     Shutting down', 'INFO:     Finished server process [1]'], now - 30 * 60_000)
          : d.name === 'realmodel'
            ? runLines(`${pod}-c3`, ['INFO:     Started server process [1]', 'INFO:     Application startup complete.'], now - 5 * 60_000)
            : [];
    history.set(d.id, lines);
  }
  return history;
}

/**
 * Like Hopsworks, the fake sets cookies the REST API never reads: login's `proxy_session` (for its
 * proxied services) and the servlet's `SESSION`. None of them may reach the console's browser.
 */
const servletSessionCookie = () => `SESSION=${randomBytes(8).toString('hex')}; Path=/hopsworks-api; HttpOnly`;
const proxySessionCookie = () => `proxy_session=${randomBytes(8).toString('hex')}; Path=/; HttpOnly; Secure`;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const noAuthorization = { errorCode: 200003, errorMsg: 'Authorization header not set.' };
const invalidToken = { errorCode: 200003, errorMsg: 'Authorization header not set.' };
const missingScope = { errorCode: 320004, errorMsg: 'No valid scope found for this invocation' };
const notFound = { errorCode: 240000, errorMsg: 'Serving instance not found' };
const illegalArgument = (detail: string) => ({ errorCode: 120001, errorMsg: 'A wrong argument was provided.', usrMsg: detail });
const instanceBusy = { errorCode: 240004, errorMsg: 'Instance is busy. Please, try later' };
const transientStatuses = new Set(['Starting', 'Running', 'Updating', 'Failed']);

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface FakeHopsworksOptions {
  /** An extra API key with every scope (service-key mode). */
  serviceKey?: string;
  /** Service time of every answer, like a real cluster's (the benchmark uses it). */
  latencyMs?: number;
  /** Keep a log of requests (tests read it; the benchmark turns it off). */
  record?: boolean;
  /** false: an older Hopsworks that ignores `source=opensearch` (answers transient logs). Default true. */
  historyAvailable?: boolean;
  /** How long an accepted start/stop takes to answer while holding the deployment's lock. Default 0. */
  actionMs?: number;
}

export async function startFakeHopsworks(options: FakeHopsworksOptions = {}): Promise<FakeHopsworks> {
  const { latencyMs = 0, record = true, historyAvailable = true, actionMs = 0 } = options;
  const startedAt = Date.now();
  const requests: RecordedRequest[] = [];
  const issuedTokens: string[] = [];
  const tokens = new Map<string, Principal>();
  const keys = { full: `full-${randomBytes(12).toString('hex')}`, servingOnly: `serving-${randomBytes(12).toString('hex')}` };
  const apiKeys = new Map<string, Principal>([
    [keys.full, { email: fakeAccounts.owner.email, scopes: 'all' }],
    [keys.servingOnly, { email: fakeAccounts.owner.email, scopes: ['SERVING'] }],
  ]);
  if (options.serviceKey) apiKeys.set(options.serviceKey, { email: 'service@example.com', scopes: 'all' });
  const deployments = new Map<number, FakeDeployment[]>(Object.values(fakeProjects).map((p) => [p.id, seedDeployments(p.id, startedAt)]));
  const history = new Map<number, FakeLogLine[]>([...deployments.values()].flatMap((list) => [...seedHistory(list, startedAt)]));
  const locked = new Set<number>();
  let renewNext = false;
  let loginNext: 'redirect' | 'page' | null = null;
  let nextListDelay = 0;

  const issueToken = (email: string) => {
    const token = `Bearer eyJ${randomBytes(24).toString('base64url')}`;
    tokens.set(token, { email, scopes: 'all' });
    issuedTokens.push(token);
    return token;
  };

  const login = async (req: IncomingMessage, res: ServerResponse) => {
    const form = new URLSearchParams(await readBody(req));
    const email = form.get('email') ?? '';
    const password = form.get('password') ?? '';
    const otp = form.get('otp');
    if (email === fakeAccounts.locked.email) {
      return json(res, 401, { errorCode: 160007, errorMsg: 'This account has been blocked.', usrMsg: 'This account has been blocked.' });
    }
    const account = Object.values(fakeAccounts).find((a) => a.email === email);
    if (!account || account.password !== password) {
      return json(res, 401, { errorCode: 160008, errorMsg: 'Incorrect email or password.', usrMsg: 'Incorrect email or password.' });
    }
    if ('otp' in account) {
      if (!otp) return json(res, 417, { errorCode: 160037, errorMsg: 'Second factor required.', usrMsg: 'Second factor required.' });
      if (otp !== account.otp) return json(res, 401, { errorCode: 160038, errorMsg: 'Could not validate second factor.', usrMsg: 'Could not validate second factor.' });
    }
    return json(res, 200, { sessionID: randomBytes(8).toString('hex'), data: email }, { Authorization: issueToken(email), 'Set-Cookie': [servletSessionCookie(), proxySessionCookie()] });
  };

  const roleOf = (email: string, projectId: number) =>
    email === fakeAccounts.owner.email || email === fakeAccounts.twoFactor.email || email === 'service@example.com'
      ? Object.values(fakeProjects).find((p) => p.id === projectId)?.role
      : undefined;

  const logs = (deployment: FakeDeployment, params: URLSearchParams, send: (status: number, body: unknown) => void) => {
    const component = params.get('component') ?? 'predictor';
    if (component !== 'predictor' && component !== 'transformer') return send(400, illegalArgument(`Unknown component "${component}".`));
    if (component === 'transformer' && !deployment.transformer) return send(400, illegalArgument('This deployment has no transformer.'));
    const lines = component === 'predictor' ? (history.get(deployment.id) ?? []) : [];
    if (historyAvailable && params.get('source') === 'opensearch') {
      const answer = historyAnswer(lines, { since: params.get('since'), until: params.get('until'), pod: params.get('pod') }, Date.now());
      return answer === 'illegal' ? send(400, illegalArgument('since and until are ISO-8601 times.')) : send(200, answer);
    }
    if (!transientStatuses.has(deployment.status)) return send(404, { errorCode: 240027, errorMsg: 'Server logs not available' });
    const tail = Number(params.get('tail') ?? 5);
    const currentRun = lines.filter((line) => deployment.deployed !== undefined && line.timestamp >= deployment.deployed);
    const pods = [...new Set(currentRun.map((line) => line.instanceName))];
    if (pods.length === 0 && deployment.status === 'Running') return send(200, [{ instanceName: `${deployment.name}-predictor-00001-deployment-abc12`, content: 'INFO:     Application startup complete.\n' }]);
    return send(
      200,
      pods.map((pod) => ({ instanceName: pod, content: `${currentRun.filter((line) => line.instanceName === pod).slice(-tail).map((line) => line.content).join('\n')}\n` })),
    );
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname;
    if (record) requests.push({ method: req.method ?? 'GET', path: `${path}${url.search}`, authorization: req.headers.authorization, cookie: req.headers.cookie, origin: req.headers.origin });
    const api = '/hopsworks-api/api';
    if (!path.startsWith(`${api}/`)) return json(res, 404, { errorMsg: 'Not found' });
    const route = path.slice(api.length);
    if (route === '/auth/login' && req.method === 'POST') return void login(req, res);

    const authorization = req.headers.authorization;
    if (!authorization) return json(res, 401, noAuthorization);
    if (loginNext) {
      const how = loginNext;
      loginNext = null;
      if (how === 'redirect') {
        res.writeHead(302, { Location: '/hopsworks/#!/login' });
        return void res.end();
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return void res.end('<!doctype html><title>Sign in</title><form action="/login"></form>');
    }
    const keyMatch = /^ApiKey (.+)$/.exec(authorization);
    const principal = keyMatch ? apiKeys.get(keyMatch[1] ?? '') : tokens.get(authorization);
    if (!principal) return json(res, 401, invalidToken);
    const answerHeaders: Record<string, string | string[]> = { 'Set-Cookie': servletSessionCookie() };
    if (!keyMatch && renewNext) {
      renewNext = false;
      tokens.delete(authorization);
      answerHeaders.Authorization = issueToken(principal.email);
    }
    const has = (scope: Scope) => principal.scopes === 'all' || principal.scopes.includes(scope);
    const send = (status: number, body: unknown) => json(res, status, body, answerHeaders);

    if (route === '/auth/logout') {
      tokens.delete(authorization);
      return send(200, {});
    }
    if (route === '/users/profile') return has('USER') ? send(200, { email: principal.email, firstname: 'Ada' }) : send(403, missingScope);
    if (route === '/project') {
      if (!has('PROJECT')) return send(403, missingScope);
      const memberships = Object.values(fakeProjects)
        .filter((p) => roleOf(principal.email, p.id))
        .map((p) => ({ project: { id: p.id, name: p.name, owner: 'ada' }, teamRole: roleOf(principal.email, p.id), timestamp: '2024-06-01T00:00:00.000Z' }));
      return send(200, memberships);
    }
    const jwt = /^\/elastic\/jwt\/(\d+)$/.exec(route);
    if (jwt) {
      if (!has('PROJECT')) return send(403, missingScope);
      const project = Object.values(fakeProjects).find((p) => p.id === Number(jwt[1]));
      return project ? send(200, { token: 'osd-token', kibanaUrl: '/hopsworks-api/kibana/app/discover?jt=osd-token&', projectName: project.name }) : send(404, { errorMsg: 'Project not found' });
    }
    const projectMatch = /^\/project\/(\d+)(\/.*)?$/.exec(route);
    if (!projectMatch) return send(404, { errorMsg: 'Not found' });
    const projectId = Number(projectMatch[1]);
    const rest = projectMatch[2] ?? '';
    const role = roleOf(principal.email, projectId);
    if (!role) return send(403, { errorCode: 150068, errorMsg: 'No valid role found for this invocation' });
    const project = Object.values(fakeProjects).find((p) => p.id === projectId)!;
    if (rest === '') return has('PROJECT') ? send(200, { projectId, projectName: project.name }) : send(403, missingScope);
    if (!has('SERVING')) return send(403, missingScope);
    const list = deployments.get(projectId) ?? [];
    const view = (d: FakeDeployment) => {
      if (d.status === 'Starting' && d.readsUntilRunning !== undefined) {
        d.readsUntilRunning -= 1;
        if (d.readsUntilRunning <= 0) {
          Object.assign(d, { status: 'Running', availableInstances: 1, condition: { type: 'READY', status: true, reason: 'Deployment is ready' } });
          delete d.readsUntilRunning;
        }
      }
      const { readsUntilRunning: _hidden, ...wire } = d;
      return wire;
    };
    if (rest === '/serving' && req.method === 'GET') {
      const answer = () => send(200, { count: list.length, items: list.map(view) });
      if (nextListDelay > 0) {
        const ms = nextListDelay;
        nextListDelay = 0;
        setTimeout(answer, ms);
        return;
      }
      return answer();
    }
    const one = /^\/serving\/(\d+)(\/logs)?$/.exec(rest);
    const deployment = one ? list.find((d) => d.id === Number(one[1])) : undefined;
    if (!one || !deployment) return send(404, notFound);
    if (one[2]) return logs(deployment, url.searchParams, send);
    if (req.method === 'GET') return send(200, view(deployment));
    if (req.method === 'POST') {
      if (role !== 'Data owner') return send(403, { errorCode: 150068, errorMsg: 'No valid role found for this invocation' });
      const action = url.searchParams.get('action');
      if (action !== 'START' && action !== 'STOP') return send(400, illegalArgument(`Unknown action "${action}".`));
      if (locked.has(deployment.id)) return send(500, instanceBusy);
      const verdict = startStopVerdict(action, deployment.status, deployment.deployed !== undefined);
      if (verdict !== 'accept' && verdict !== 'no-op') return send(400, { errorCode: 240003, errorMsg: 'Lifecycle conflict', usrMsg: verdict });
      if (verdict === 'accept' && action === 'START') {
        Object.assign(deployment, {
          status: 'Starting',
          readsUntilRunning: 3,
          deployed: new Date().toISOString(),
          condition: { type: 'SCHEDULED', reason: 'Waiting for being scheduled' },
        });
      } else if (verdict === 'accept') {
        Object.assign(deployment, { status: 'Stopped', availableInstances: 0, condition: { type: 'STOPPED', status: true, reason: 'Deployment is not running' } });
        delete deployment.deployed;
      }
      const answer = () => {
        locked.delete(deployment.id);
        res.writeHead(200, answerHeaders);
        res.end();
      };
      if (actionMs <= 0) return answer();
      locked.add(deployment.id);
      setTimeout(answer, actionMs);
      return;
    }
    send(405, { errorMsg: 'Method not allowed' });
  };
  const server: Server = createServer((req, res) => (latencyMs > 0 ? void setTimeout(() => handle(req, res), latencyMs) : handle(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    keys,
    requests,
    issuedTokens,
    renewNextToken: () => void (renewNext = true),
    expireSessions: () => tokens.clear(),
    answerNextWithLogin: (how) => void (loginNext = how),
    delayNextList: (ms) => void (nextListDelay = ms),
    deploymentStatus: (projectId, name) => deployments.get(projectId)?.find((d) => d.name === name)?.status,
    deploymentCount: (projectId) => deployments.get(projectId)?.length ?? 0,
    historyOf: (projectId, name) => {
      const id = deployments.get(projectId)?.find((d) => d.name === name)?.id;
      return id === undefined ? [] : historyAnswer(history.get(id) ?? [], { since: new Date(0).toISOString() }, Date.now()) as FakeLogLine[];
    },
    putDeployment: (projectId, patch, lines = []) => {
      const list = deployments.get(projectId) ?? [];
      let deployment = list.find((d) => d.name === patch.name);
      if (!deployment) {
        deployment = { id: Math.max(projectId * 10, ...list.map((d) => d.id)) + 1, name: patch.name, status: 'Stopped', modelName: patch.name, modelVersion: 1, servingTool: 'KSERVE', predictor: 'predict.py', availableInstances: 0, requestedInstances: 1, created: new Date(startedAt).toISOString() };
        list.push(deployment);
        deployments.set(projectId, list);
      }
      Object.assign(deployment, patch);
      for (const key of Object.keys(patch) as (keyof FakeDeployment)[]) if (patch[key] === undefined) delete deployment[key];
      if (lines.length > 0) history.set(deployment.id, [...(history.get(deployment.id) ?? []), ...runLines(`${deployment.name}-predictor-00001-deployment-${deployment.id}`, lines, Date.now())]);
      return deployment;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
