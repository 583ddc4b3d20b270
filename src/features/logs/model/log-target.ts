/** What the logs feature needs to know about a deployment (the app maps a deployment onto it). */
export interface LogTarget {
  projectId: number;
  id: number;
  name: string;
  /** Why no instance runs right now (so there are no transient logs), or null. */
  noInstancesReason: string | null;
  /** The last start failed: history starts at its deployed time. */
  failed: boolean;
  hasTransformer: boolean;
  /** Epoch ms of the last deploy, when deployed. */
  deployedAt: number | undefined;
  /** Changing by itself (starting, updating…): follow the logs by default. */
  transitioning: boolean;
  /** The deployment's own script file names (predictor, transformer): their frames in a traceback are called out. */
  scripts: string[];
}

export type LogComponent = 'predictor' | 'transformer';

/** How often a followed log is read again (the newest Hopsworks UI tails every 2 seconds too). */
export const logFollowIntervalMs = 2000;
