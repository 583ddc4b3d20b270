import type { WireDeployment, WireResources } from './hopsworks-wire';
import { redeploy, type Activity, type DeploymentSpec, type FailurePoint, type SimDeployment } from './lifecycle';

/** Seed data: the deployments of the simulated project, relative to the moment they are seeded. */

export const mockProject = { id: 119, name: 'Fraud_Detection', owner: 'Jane Doe' } as const;

const minute = 60_000;
const day = 24 * 60 * minute;

/** `unlimited`: the backend's default limits, -1 each ("no limit"). */
function resources(cores: number, memory: number, gpus = 0, unlimited = false): WireResources {
  const limits = unlimited ? { cores: -1, memory: -1, gpus: -1 } : { cores: Math.max(cores * 4, 1), memory: memory * 4, gpus };
  return { requests: { cores, memory, gpus }, limits };
}

interface SeedOptions {
  id: number;
  name: string;
  modelName?: string;
  modelVersion?: number;
  framework?: WireDeployment['modelFramework'];
  server?: WireDeployment['modelServer'];
  transformer?: boolean;
  instances?: number;
  transformerInstances?: number;
  cores?: number;
  memory?: number;
  gpus?: number;
  /** Limits left at the backend's default: -1 ("no limit"). */
  unlimited?: boolean;
  createdAgo: number;
  creator?: string;
  inferenceLogging?: WireDeployment['inferenceLogging'];
  scaling?: boolean;
  description?: string;
}

export function makeSpec(options: SeedOptions, now: number): DeploymentSpec {
  const server = options.server ?? 'PYTHON';
  const modelName = options.modelName ?? options.name;
  const predictorFile = server === 'PYTHON' ? `predict_${modelName.replace(/[^a-z0-9]/gi, '_').toLowerCase()}.py` : undefined;
  const spec: DeploymentSpec = {
    id: options.id,
    name: options.name,
    modelName,
    modelVersion: options.modelVersion ?? 1,
    modelFramework: options.framework ?? 'PYTHON',
    modelServer: server,
    servingTool: 'KSERVE',
    creator: options.creator ?? 'Jane Doe',
    created: now - options.createdAgo,
    requestedInstances: options.instances ?? 1,
    predictorResources: resources(options.cores ?? 0.2, options.memory ?? 256, options.gpus ?? 0, options.unlimited),
    hopsworksInferencePath: `/project/${mockProject.id}/inference/models/${encodeURIComponent(options.name)}`,
    modelServerInferencePath: `/v1/models/${encodeURIComponent(options.name)}`,
    apiProtocol: 'REST',
  };
  if (predictorFile) spec.predictor = predictorFile;
  if (options.description) spec.description = options.description;
  if (options.inferenceLogging) spec.inferenceLogging = options.inferenceLogging;
  if (options.transformer) {
    spec.transformer = 'transformer.py';
    spec.requestedTransformerInstances = options.transformerInstances ?? 1;
    spec.transformerResources = resources(0.2, 128, 0, options.unlimited);
  }
  if (options.scaling) {
    spec.predictorScalingConfig = {
      scaleMetric: 'CONCURRENCY',
      target: 100,
      minInstances: options.instances ?? 0,
      maxInstances: 4,
      scaleToZeroRetentionSeconds: 60,
    };
  }
  return spec;
}

function revisionFor(id: number): string {
  return String(48_213_907 + id * 1_117);
}

function deployedSince(activity: Activity, spec: DeploymentSpec, fault?: FailurePoint, faultMessage?: string): SimDeployment {
  const since = 'since' in activity ? activity.since : undefined;
  // Not deployed: never started, stopped, or stopping (a STOP undeploys at once; instances go after).
  const running = !['created', 'stopped', 'creating', 'stopping'].includes(activity.kind);
  const dep: SimDeployment = { spec, activity };
  if (fault) dep.fault = fault;
  if (faultMessage) dep.faultMessage = faultMessage;
  if (running) {
    dep.deployed = since ?? spec.created;
    dep.revision = revisionFor(spec.id);
  }
  return dep;
}

/** About a dozen deployments covering every status and condition type. */
export function defaultSeed(now: number): SimDeployment[] {
  const spec = (options: SeedOptions) => makeSpec(options, now);
  const seeds: SimDeployment[] = [
    deployedSince(
      { kind: 'serving', since: now - 3 * 60 * minute },
      spec({ id: 1042, name: 'fraudmodel', modelVersion: 3, framework: 'SKLEARN', transformer: true, createdAgo: 12 * day, inferenceLogging: 'ALL', description: 'Card fraud scoring with feature transformer' }),
    ),
    deployedSince(
      { kind: 'failed', since: now - 25 * minute, point: 'predictor' },
      spec({ id: 1043, name: 'churnmodel', framework: 'SKLEARN', createdAgo: 6 * day, creator: 'Ahmed Khan', unlimited: true }),
      'predictor',
    ),
    deployedSince(
      { kind: 'failed', since: now - 40 * minute, point: 'transformer' },
      spec({ id: 1044, name: 'recommender', modelVersion: 7, framework: 'TORCH', transformer: true, createdAgo: 30 * day, cores: 1, memory: 2048 }),
      'transformer',
    ),
    deployedSince(
      { kind: 'failed', since: now - 12 * minute, point: 'schedule' },
      spec({ id: 1045, name: 'imageclassifier', modelVersion: 2, framework: 'TENSORFLOW', server: 'TENSORFLOW_SERVING', createdAgo: 4 * day, cores: 8, memory: 16384, instances: 2 }),
      'schedule',
      '0/3 nodes are available: 3 Insufficient cpu.',
    ),
    deployedSince(
      { kind: 'failed', since: now - 7 * minute, point: 'initialize' },
      spec({ id: 1046, name: 'textsummarizer', framework: 'LLM', server: 'VLLM', createdAgo: 2 * day, cores: 4, memory: 32768, gpus: 1 }),
      'initialize',
    ),
    deployedSince(
      { kind: 'failed', since: now - 55 * minute, point: 'connectivity' },
      spec({ id: 1047, name: 'pricepredictor', modelVersion: 4, framework: 'SKLEARN', createdAgo: 9 * day, creator: 'Maria Rossi' }),
      'connectivity',
      'the ingress gateway did not accept the route for this deployment.',
    ),
    {
      ...deployedSince(
        { kind: 'serving', since: now - 5 * 60 * minute },
        spec({ id: 1048, name: 'sentimentmodel', modelVersion: 2, framework: 'TORCH', instances: 0, createdAgo: 20 * day, scaling: true, inferenceLogging: 'PREDICTIONS' }),
      ),
      lastRequestAt: now - 2 * 60 * minute,
    },
    deployedSince(
      { kind: 'starting', since: now - 2_000, rollout: 'first' },
      spec({ id: 1049, name: 'demandforecast', modelVersion: 5, framework: 'PYTHON', transformer: true, createdAgo: 1 * day, creator: 'Ahmed Khan' }),
    ),
    redeploy(
      deployedSince({ kind: 'serving', since: now - 2 * day }, spec({ id: 1050, name: 'anomalydetector', modelVersion: 6, framework: 'SKLEARN', instances: 2, createdAgo: 40 * day })),
      now - 1_000,
    ),
    deployedSince(
      { kind: 'stopping', since: now - 1_000, predictorInstances: 2, transformerInstances: 1 },
      spec({ id: 1051, name: 'ltvmodel', modelVersion: 2, framework: 'PYTHON', transformer: true, instances: 2, createdAgo: 15 * day, creator: 'Maria Rossi' }),
    ),
    deployedSince({ kind: 'stopped' }, spec({ id: 1052, name: 'creditscoring', modelVersion: 8, framework: 'SKLEARN', transformer: true, createdAgo: 60 * day, unlimited: true })),
    deployedSince({ kind: 'created' }, spec({ id: 1053, name: 'frauddetectorv2', modelVersion: 1, framework: 'TENSORFLOW', server: 'TENSORFLOW_SERVING', createdAgo: 3 * 60 * minute })),
    deployedSince({ kind: 'creating', since: now - 1_000 }, spec({ id: 1054, name: 'embeddingsmodel', framework: 'LLM', server: 'VLLM', createdAgo: 1_000, gpus: 1, cores: 2, memory: 16384 })),
  ];
  return seeds;
}

const adjectives = ['fraud', 'churn', 'price', 'demand', 'credit', 'image', 'text', 'sales', 'risk', 'ad', 'search', 'voice', 'route', 'stock', 'claim'];
const nouns = ['model', 'scorer', 'ranker', 'classifier', 'forecaster', 'detector', 'regressor', 'tagger', 'embedder', 'predictor'];

/** `large`: 2,000 settled deployments, deterministic. */
export function largeSeed(now: number): SimDeployment[] {
  const deployments: SimDeployment[] = [];
  let random = 42;
  const next = () => {
    random = (Math.imul(random, 1103515245) + 12345) >>> 0;
    return random / 2 ** 32;
  };
  const frameworks: WireDeployment['modelFramework'][] = ['PYTHON', 'SKLEARN', 'TENSORFLOW', 'TORCH', 'LLM'];
  for (let i = 0; i < 2000; i++) {
    const name = `${adjectives[i % adjectives.length]}${nouns[Math.floor(i / adjectives.length) % nouns.length]}${String(i).padStart(4, '0')}`;
    const framework = frameworks[Math.floor(next() * frameworks.length)]!;
    const server = framework === 'TENSORFLOW' ? 'TENSORFLOW_SERVING' : framework === 'LLM' ? 'VLLM' : 'PYTHON';
    const roll = next();
    const scaleToZero = roll >= 0.5 && roll < 0.6;
    const spec = makeSpec(
      {
        id: 5000 + i,
        name,
        modelVersion: 1 + Math.floor(next() * 9),
        framework,
        server,
        transformer: next() < 0.3,
        instances: scaleToZero ? 0 : 1 + Math.floor(next() * 3),
        createdAgo: Math.floor(next() * 90 * day),
        creator: ['Jane Doe', 'Ahmed Khan', 'Maria Rossi', 'Li Wei'][i % 4]!,
      },
      now,
    );
    let activity: Activity;
    let fault: FailurePoint | undefined;
    if (roll < 0.5) activity = { kind: 'serving', since: now - Math.floor(next() * 10 * day) };
    else if (scaleToZero) activity = { kind: 'serving', since: now - 2 * day };
    else if (roll < 0.8) activity = { kind: 'stopped' };
    else if (roll < 0.9) activity = { kind: 'created' };
    else {
      fault = (['predictor', 'schedule', 'initialize', 'connectivity'] as const)[i % 4]!;
      activity = { kind: 'failed', since: now - Math.floor(next() * day), point: fault };
    }
    const dep = deployedSince(activity, spec, fault);
    if (scaleToZero) dep.lastRequestAt = now - day;
    deployments.push(dep);
  }
  return deployments;
}

/** The scheduler's messages for each way a start cannot be scheduled (what Kubernetes writes). */
export const schedulingFailureMessages = {
  resources: '0/3 nodes are available: 1 Insufficient memory, 2 Insufficient cpu.',
  taints: '0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: gpu-training}.',
  placement: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
  quota: 'pods "quotamodel-predictor-00001-deployment-7d9c" is forbidden: exceeded quota: compute-resources, requested: limits.cpu=4, used: limits.cpu=14, limited: limits.cpu=16',
  unrecognised: '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available.',
} as const;

/** `failures`: a failed deployment for every cause the console explains (each way scheduling fails included). */
export function failuresSeed(now: number): SimDeployment[] {
  const spec = (options: SeedOptions) => makeSpec(options, now);
  const scheduling = Object.entries(schedulingFailureMessages).map(([cause, message], index) =>
    deployedSince(
      { kind: 'failed', since: now - (10 + index) * minute, point: 'schedule' },
      spec({ id: 3001 + index, name: `${cause}model`, framework: 'SKLEARN', createdAgo: 3 * day, cores: 4, memory: 8192 }),
      'schedule',
      message,
    ),
  );
  return [
    ...scheduling,
    deployedSince({ kind: 'failed', since: now - 20 * minute, point: 'initialize' }, spec({ id: 3010, name: 'artifactmodel', createdAgo: 2 * day }), 'initialize'),
    deployedSince({ kind: 'failed', since: now - 21 * minute, point: 'predictor' }, spec({ id: 3011, name: 'crashingmodel', createdAgo: 2 * day }), 'predictor'),
    deployedSince(
      { kind: 'failed', since: now - 22 * minute, point: 'transformer' },
      spec({ id: 3012, name: 'transformermodel', transformer: true, createdAgo: 2 * day }),
      'transformer',
    ),
    deployedSince({ kind: 'failed', since: now - 23 * minute, point: 'connectivity' }, spec({ id: 3013, name: 'unroutedmodel', createdAgo: 2 * day }), 'connectivity'),
    // Its start restarts the storage initializer ("Deployment is being prepared") before it fails.
    deployedSince({ kind: 'stopped' }, spec({ id: 3014, name: 'preparingmodel', createdAgo: 2 * day }), 'initialize'),
  ];
}

/** `odd`: names and values that stress the console — quotes, symbols, non-ASCII, unknown statuses. */
export function oddSeed(now: number): SimDeployment[] {
  const spec = (options: SeedOptions) => makeSpec(options, now);
  return [
    deployedSince(
      { kind: 'serving', since: now - 60 * minute },
      spec({ id: 2001, name: `it's "quoted" #1 (50%)!`, modelName: 'quoted', transformer: true, createdAgo: 2 * day }),
    ),
    deployedSince(
      { kind: 'failed', since: now - 10 * minute, point: 'predictor' },
      spec({ id: 2002, name: 'modèle-café ü 名前', modelName: 'modele', createdAgo: day }),
      'predictor',
    ),
    {
      ...deployedSince({ kind: 'serving', since: now - 60 * minute }, spec({ id: 2003, name: 'future', createdAgo: day })),
      wireOverrides: { status: 'Hibernating', condition: { type: 'WARMED_UP', status: true, reason: 'Warm pool is ready' } },
    },
    {
      ...deployedSince({ kind: 'serving', since: now - 60 * minute }, spec({ id: 2004, name: 'shouty', createdAgo: day })),
      wireOverrides: { status: 'RUNNING', revision: 12345678, deployed: new Date(now - 60 * minute).toISOString() },
    },
    {
      ...deployedSince({ kind: 'stopped' }, spec({ id: 2005, name: 'legacy', createdAgo: day })),
      wireOverrides: { condition: undefined, created: String(now - day) },
    },
  ];
}

/** Log lines of the `odd` scenario: a 10 KB line, HTML, ANSI codes. */
export const oddLogLines = [
  `WARNING kserve: request payload ${'x'.repeat(10 * 1024)} (10 KB)`,
  'WARNING kserve: rejected input <img src=x onerror=alert(1)> and <script>alert("x")</script>',
  '\u001b[1;31mERROR\u001b[0m kserve: \u001b[33mcoloured\u001b[0m line with ANSI codes',
];
