import { formatCores, formatDuration, formatGpus, formatLimit, formatMemory } from '@/lib/format';
import { mdInline, mdTable } from '@/lib/markdown';
import type { Deployment } from '../api/deployment-schema';
import { conditionSteps } from './condition-steps';
import { timeInCondition, type Transition } from './observations';

/**
 * The deployment's half of "Copy diagnostics": what a colleague needs to read the failure without
 * opening the console — state, steps with their times, what this page saw change, resources, and a
 * console URL that reopens the same view. Only what the page shows; no credential is part of it.
 */

const iso = (epochMs: number | undefined) => (epochMs !== undefined && Number.isFinite(epochMs) ? new Date(epochMs).toISOString() : 'unknown');

const conditionText = (type: string | null, status: boolean | null) =>
  type ? `${type} ${status === null ? '(in progress)' : status ? '(true)' : '(false)'}` : 'no condition';

function resourceRows(deployment: Deployment): string[][] {
  const components = [
    { name: 'predictor', allocation: deployment.predictor },
    ...(deployment.transformer ? [{ name: 'transformer', allocation: deployment.transformer }] : []),
  ];
  return components.map(({ name, allocation }) => {
    const requests = allocation.resources?.requests;
    const limits = allocation.resources?.limits;
    return [
      name,
      `${allocation.running} of ${allocation.requested}`,
      `${formatCores(requests?.cores)}, ${formatMemory(requests?.memory)}, ${formatGpus(requests?.gpus)} GPU`,
      `${formatLimit(limits?.cores, formatCores)}, ${formatLimit(limits?.memory, formatMemory)}, ${formatLimit(limits?.gpus, formatGpus)} GPU`,
    ];
  });
}

export interface DeploymentReportInput {
  deployment: Deployment;
  transitions: readonly Transition[];
  now: number;
  /** The console's address of this view (the log view's options included). */
  consoleUrl: string;
}

export function deploymentReport({ deployment, transitions, now, consoleUrl }: DeploymentReportInput): string {
  const condition = deployment.condition;
  const lines = [
    `## Deployment ${mdInline(deployment.name)}: ${mdInline(deployment.status)}`,
    '',
    `- Status: **${mdInline(deployment.status)}** (Hopsworks: ${mdInline(deployment.rawStatus || 'none')}); condition ${mdInline(conditionText(condition?.type ?? null, condition?.status ?? null))}`,
    ...(condition?.reason ? [`- Reason: ${mdInline(condition.reason)}`] : []),
    `- Model: ${mdInline(deployment.modelName ?? 'unknown')} version ${deployment.modelVersion ?? 'unknown'} (${mdInline([deployment.modelFramework, deployment.modelServer].filter(Boolean).join(', ') || 'unknown')})`,
    `- Deployed: ${iso(deployment.deployed)}; created: ${iso(deployment.created)}`,
    `- Console: ${consoleUrl}`,
    `- Report made: ${iso(now)}`,
  ];

  const progress = conditionSteps(deployment.status, deployment.condition);
  if (progress.steps.length > 0) {
    const times = timeInCondition(transitions, now);
    const rows = progress.steps.map((step) => {
      const time = times.get(step.type);
      const seenSinceOpen = time && time.since !== transitions[0]?.at;
      return [step.label, step.state, time ? `${formatDuration(time.duration)}${seenSinceOpen ? '' : '+'}` : ''];
    });
    lines.push('', `### ${progress.flow === 'stop' ? 'Stop' : 'Start'} steps`, '', mdTable(['Step', 'State', 'Time seen'], rows));
  } else if (progress.note) {
    lines.push('', `### Steps`, '', mdInline(progress.note));
  }

  if (transitions.length > 0) {
    const rows = transitions.map((transition) => [iso(transition.at), transition.status, conditionText(transition.conditionType, transition.conditionStatus), transition.reason]);
    lines.push('', '### Status history (seen while the console was open)', '', mdTable(['Time (UTC)', 'Status', 'Condition', 'Reason'], rows));
  }

  lines.push('', '### Resources (per instance)', '', mdTable(['Component', 'Instances running', 'Requests', 'Limits'], resourceRows(deployment)));
  return lines.join('\n');
}
