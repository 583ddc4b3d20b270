import type { WireDeployment } from './hopsworks-wire';

/**
 * Realistic model-server log lines, generated deterministically from the instance name and line
 * number, so that the same instance shows the same history on every request and grows over time.
 */

const ESC = '\u001b';
const green = (text: string) => `${ESC}[32m${text}${ESC}[0m`;
const yellow = (text: string) => `${ESC}[33m${text}${ESC}[0m`;

export type LogComponent = 'predictor' | 'transformer';

/** A KServe pod name, e.g. `fraudmodel-predictor-00003-deployment-7d9f8c6b5-x2kqp`. */
export function instanceName(deploymentName: string, component: LogComponent, revision: string | undefined, index: number): string {
  const rollout = String((Number(revision ?? '1') % 97) + 1).padStart(5, '0');
  const seed = hash(`${deploymentName}/${component}/${revision ?? ''}`);
  const replicaSet = (seed >>> 0).toString(16).padStart(9, '0').slice(0, 9);
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let suffix = '';
  let value = hash(`${replicaSet}/${index}`);
  for (let i = 0; i < 5; i++) {
    suffix += alphabet[value % alphabet.length];
    value = Math.floor(value / alphabet.length) + 7919 * (i + 1);
  }
  return `${deploymentName.toLowerCase().replace(/[^a-z0-9-]/g, '')}-${component}-${rollout}-deployment-${replicaSet}-${suffix}`;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

function startupLines(dep: WireDeployment, component: LogComponent): string[] {
  const script = component === 'predictor' ? dep.predictor : dep.transformer;
  if (component === 'predictor' && dep.modelServer === 'TENSORFLOW_SERVING') {
    return [
      `tensorflow_serving/model_servers/server.cc:74] Building single TensorFlow model file config:  model_name: ${dep.modelName} model_base_path: /mnt/models`,
      'tensorflow_serving/model_servers/server_core.cc:465] Adding/updating models.',
      `tensorflow_serving/core/loader_harness.cc:66] Approving load for servable version {name: ${dep.modelName} version: ${dep.modelVersion}}`,
      `tensorflow_serving/servables/tensorflow/saved_model_warmup.cc:115] No warmup data file found at /mnt/models/${dep.modelVersion}/assets.extra/tf_serving_warmup_requests`,
      `tensorflow_serving/core/loader_harness.cc:87] Successfully loaded servable version {name: ${dep.modelName} version: ${dep.modelVersion}}`,
      'tensorflow_serving/model_servers/server.cc:383] Running gRPC ModelServer at 0.0.0.0:9000 ...',
      'tensorflow_serving/model_servers/server.cc:403] Exporting HTTP/REST API at:localhost:8080 ...',
    ];
  }
  if (component === 'predictor' && dep.modelServer === 'VLLM') {
    return [
      `${green('INFO')} vllm.entrypoints.openai.api_server: vLLM API server version 0.6.3`,
      `${green('INFO')} vllm.config: Using max model len 8192`,
      `${green('INFO')} vllm.engine.llm_engine: Initializing an LLM engine with config: model='/mnt/models', dtype=torch.bfloat16, tensor_parallel_size=1`,
      `${green('INFO')} vllm.worker.model_runner: Loading model weights took 13.9693 GB`,
      `${green('INFO')} vllm.executor.gpu_executor: # GPU blocks: 2241, # CPU blocks: 2048`,
      `${green('INFO')} uvicorn: Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)`,
    ];
  }
  return [
    `${green('INFO')} kserve: Loading ${component} script /mnt/artifacts/${script ?? 'predictor.py'}`,
    `${green('INFO')} kserve: Registering model: ${dep.name}`,
    `${green('INFO')} kserve: Setting max asyncio worker threads as 12`,
    `${green('INFO')} kserve: Starting uvicorn with 1 workers`,
    `${green('INFO')} uvicorn.error: Started server process [1]`,
    `${green('INFO')} uvicorn.error: Waiting for application startup.`,
    `${green('INFO')} uvicorn.error: Application startup complete.`,
    `${green('INFO')} uvicorn.error: Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)`,
  ];
}

function requestLine(dep: WireDeployment, component: LogComponent, seed: number): string {
  const latency = (seed % 900) / 10 + 2;
  const client = `10.${(seed >>> 3) % 255}.${(seed >>> 11) % 255}.${(seed >>> 19) % 255}`;
  if (seed % 53 === 0) {
    return `${yellow('WARNING')} kserve: Request took ${(latency * 12).toFixed(1)} ms, above the ${component} latency budget of 500 ms`;
  }
  if (component === 'transformer') {
    // The transformer traces each request as one JSON object (what structured loggers write).
    const trace = { requestId: seed.toString(16), preprocess_ms: Number((latency / 3).toFixed(3)), postprocess_ms: Number((latency / 5).toFixed(3)), features: { count: 12 + (seed % 5), scaled: true } };
    return `${green('INFO')} kserve.trace: ${JSON.stringify(trace)}`;
  }
  if (dep.modelServer === 'TENSORFLOW_SERVING') {
    return `tensorflow_serving/model_servers/http_rest_api_handler.cc:127] POST /v1/models/${dep.modelName}:predict 200 ${latency.toFixed(1)}ms`;
  }
  return `${green('INFO')} uvicorn.access: ${client}:0 - "POST ${dep.modelServerInferencePath}:predict HTTP/1.1" 200 OK (${latency.toFixed(2)} ms)`;
}

function crashLines(dep: WireDeployment, component: LogComponent): string[] {
  const script = (component === 'predictor' ? dep.predictor : dep.transformer) ?? `${component}.py`;
  const failure =
    component === 'predictor'
      ? [
          `  File "/mnt/artifacts/${script}", line 14, in __init__`,
          `    self.model = joblib.load(os.environ["MODEL_FILES_PATH"] + "/model.pkl")`,
          '  File "/usr/local/lib/python3.10/site-packages/joblib/numpy_pickle.py", line 650, in load',
          "    with open(filename, 'rb') as f:",
          `FileNotFoundError: [Errno 2] No such file or directory: '/mnt/models/${dep.modelName}/${dep.modelVersion}/model.pkl'`,
        ]
      : [
          `  File "/mnt/artifacts/${script}", line 9, in <module>`,
          '    from feature_utils import scale_features',
          "ModuleNotFoundError: No module named 'feature_utils'",
        ];
  return [
    `${green('INFO')} kserve: Loading ${component} script /mnt/artifacts/${script}`,
    'Traceback (most recent call last):',
    '  File "/usr/local/lib/python3.10/site-packages/kserve/model_server.py", line 318, in start',
    '    self._load_user_script()',
    ...failure,
    `ERROR kserve: ${component} script /mnt/artifacts/${script} failed, exiting with code 1`,
  ];
}

export interface LogRequest {
  deployment: WireDeployment;
  component: LogComponent;
  instance: string;
  /** When this instance's model-server container started. */
  startedAt: number;
  /** Interval between request log lines, in ms. */
  linePeriodMs: number;
  /** The component crash-loops instead of serving. */
  crashing: boolean;
  /** Restart interval of a crash-looping container, in ms. */
  restartPeriodMs: number;
  now: number;
  tail: number;
}

const maxContentBytes = 50 * 1024;

/** The last `tail` lines of one instance's model-server container, capped at ~50 KB like the backend. */
export function instanceLogContent(request: LogRequest): string {
  const { deployment, component, instance, startedAt, now } = request;
  const elapsed = Math.max(0, now - startedAt);
  const lines: string[] = [];
  if (request.crashing) {
    const crash = crashLines(deployment, component);
    const restarts = Math.floor(elapsed / request.restartPeriodMs) + 1;
    for (let attempt = 0; attempt < restarts; attempt++) {
      const at = startedAt + attempt * request.restartPeriodMs;
      crash.forEach((line, index) => lines.push(`${timestamp(at + index * 3)} ${line}`));
    }
  } else {
    const startup = startupLines(deployment, component);
    startup.forEach((line, index) => {
      const at = startedAt + index * 150;
      if (at <= now) lines.push(`${timestamp(at)} ${line}`);
    });
    const served = Math.floor(elapsed / request.linePeriodMs);
    const first = Math.max(0, served - request.tail);
    for (let n = first; n < served; n++) {
      const seed = hash(`${instance}#${n}`);
      lines.push(`${timestamp(startedAt + (n + 1) * request.linePeriodMs)} ${requestLine(deployment, component, seed)}`);
    }
  }
  let content = lines.slice(-Math.max(0, request.tail)).join('\n');
  while (content.length > maxContentBytes) content = content.slice(content.indexOf('\n') + 1);
  return content;
}
