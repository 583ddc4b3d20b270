/** The JSON the Hopsworks backend speaks (docs/hopsworks-serving-api.md), as the simulator emits it. */

export type WireStatus =
  | 'Creating'
  | 'Created'
  | 'Starting'
  | 'Running'
  | 'Idle'
  | 'Failed'
  | 'Updating'
  | 'Stopping'
  | 'Stopped';

export type WireConditionType = 'STOPPED' | 'SCHEDULED' | 'INITIALIZED' | 'STARTED' | 'READY';

export interface WireCondition {
  type: WireConditionType;
  status?: boolean;
  reason: string;
}

export interface WireResources {
  requests: { cores: number; memory: number; gpus: number };
  limits: { cores: number; memory: number; gpus: number };
}

export interface WireScalingConfig {
  scaleMetric: 'CONCURRENCY' | 'RPS';
  target: number;
  minInstances: number;
  maxInstances: number;
  scaleToZeroRetentionSeconds?: number;
}

export interface WireDeployment {
  id: number;
  name: string;
  description?: string;
  modelName: string;
  modelVersion: number;
  modelFramework: 'PYTHON' | 'SKLEARN' | 'TENSORFLOW' | 'TORCH' | 'LLM';
  modelServer: 'PYTHON' | 'TENSORFLOW_SERVING' | 'VLLM';
  servingTool: 'KSERVE' | 'DEFAULT';
  creator: string;
  /** ISO-8601, as the server sends it: "2025-07-22T07:02:04.000Z". */
  created: string;
  predictor?: string;
  transformer?: string;
  status: WireStatus;
  condition: WireCondition;
  /** ISO-8601; absent when not deployed. */
  deployed?: string;
  revision?: string;
  availableInstances: number;
  availableTransformerInstances?: number;
  requestedInstances: number;
  requestedTransformerInstances?: number;
  predictorResources: WireResources;
  transformerResources?: WireResources;
  predictorScalingConfig?: WireScalingConfig;
  hopsworksInferencePath: string;
  modelServerInferencePath: string;
  inferenceLogging?: 'PREDICTIONS' | 'MODEL_INPUTS' | 'ALL';
  apiProtocol: 'REST' | 'GRPC';
}

export interface WireLogEntry {
  instanceName: string;
  content: string;
}

/** One line of historical logs (`source=opensearch`, newer servers). */
export interface WireHistoryEntry extends WireLogEntry {
  /** ISO-8601. */
  timestamp: string;
  docId: string;
}

export interface WireError {
  errorCode: number;
  errorMsg: string;
  usrMsg?: string;
}

/** The backend's own words (reason strings and refusal messages). */
export const reasons = {
  preparing: 'Deployment is being prepared',
  notRunning: 'Deployment is not running',
  stopping: 'Stopping deployment',
  waitingScheduled: 'Waiting for being scheduled',
  waitingUnscheduled: 'Waiting for being unscheduled',
  initializing: 'Initializing deployment',
  starting: 'Deployment is starting',
  settingUpConnectivity: 'Setting up connectivity',
  ready: 'Deployment is ready',
  idle: 'Deployment is ready, but idle. Higher latencies are expected in the first predictions',
  failedScheduled: (message: string) => `Failed to be scheduled: ${message}`,
  failedInitialized: 'Failed to initialize: storage initializer finished unsuccessfully',
  failedStarted: (component: 'predictor' | 'transformer') => `Failed to run: ${component} terminated unsuccessfully`,
  failedReady: (message: string) => `Failed to setup connectivity: ${message}`,
} as const;

/** The exact `usrMsg` of each 240003 refusal (the contract's "Refusals"). */
export const refusals = {
  busy: 'Deployment is busy. Please, try later.',
  preparing: 'Deployment is being prepared. Please, try later.',
  alreadyStarted: 'Deployment is already started.',
  failedCannotStart: 'Deployment is in a failed state and cannot be started.',
  starting: 'Deployment is starting. Please, try later.',
  updating: 'Deployment is updating. Please, try later.',
  stopping: 'Deployment is stopping. Please, try later.',
  alreadyStopped: 'Deployment is already stopped.',
} as const;

export const errorCodes = {
  notFound: 240000,
  lifecycleConflict: 240003,
  logsUnavailable: 240027,
  projectNotFound: 150004,
  unauthorized: 200003,
  forbidden: 150068,
  internal: 120000,
  illegalArgument: 120001,
  instanceBusy: 240004,
} as const;
