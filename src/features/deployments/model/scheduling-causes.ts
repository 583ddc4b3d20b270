/**
 * Why Kubernetes could not schedule a deployment's instances, read from the scheduler's message that
 * Hopsworks passes on ("Failed to be scheduled: 0/3 nodes are available: 3 Insufficient cpu."). One
 * message can name several causes, one per group of nodes.
 */

export type SchedulingCauseKind = 'resources' | 'taints' | 'placement' | 'quota' | 'unrecognised';

export interface SchedulingCause {
  kind: SchedulingCauseKind;
  /** For `resources`: which ones ran short, as Kubernetes names them (cpu, memory, nvidia.com/gpu). */
  resources?: string[];
}

const patterns: { kind: Exclude<SchedulingCauseKind, 'unrecognised' | 'resources'>; pattern: RegExp }[] = [
  { kind: 'taints', pattern: /untolerated taint|had taints? .*(didn't|did not) tolerate|had taints?\b/i },
  { kind: 'placement', pattern: /didn't match (pod's )?node (affinity|selector)|did not match (pod's )?node (affinity|selector)|node affinity|node selector|didn't match pod (anti-)?affinity|topology spread/i },
  { kind: 'quota', pattern: /exceeded quota|forbidden: .*quota|resourcequota/i },
];

export function schedulingCauses(reason: string): SchedulingCause[] {
  const causes: SchedulingCause[] = [];
  const resources = [...reason.matchAll(/Insufficient ([\w./-]+)/gi)].map((match) => match[1]!.replace(/[.,;]+$/, ''));
  if (resources.length) causes.push({ kind: 'resources', resources: [...new Set(resources)] });
  for (const { kind, pattern } of patterns) if (pattern.test(reason)) causes.push({ kind });
  return causes.length ? causes : [{ kind: 'unrecognised' }];
}

const resourceWords: Record<string, string> = { cpu: 'cores', memory: 'memory', 'nvidia.com/gpu': 'GPUs', 'amd.com/gpu': 'GPUs', gpu: 'GPUs' };

export function resourceNames(resources: readonly string[]): string {
  return [...new Set(resources.map((resource) => resourceWords[resource.toLowerCase()] ?? resource))].join(', ');
}
