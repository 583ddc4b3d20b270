import { actionAvailability } from './actions';
import type { DeploymentStatus } from './status';

/**
 * "The code next to the clicks": the Python that does what a page of the console does, with the
 * Hopsworks client (`hopsworks` / hsml): `project.get_model_serving()`, `ms.get_deployment(name)`,
 * `deployment.get_state().describe()`, `deployment.resources.describe()`,
 * `deployment.get_logs(component=…, tail=…)`, `deployment.start(await_running=…)`, `.stop(await_stopped=…)`.
 */

/** A Python string literal for any text (names are plain in practice; quotes and backslashes still escaped). */
export function pythonString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

const connect = ['import hopsworks', '', 'project = hopsworks.login()', 'ms = project.get_model_serving()'];

export interface SnippetDeployment {
  name: string;
  status: DeploymentStatus;
  hasTransformer: boolean;
}

export interface LogChoice {
  component: 'predictor' | 'transformer';
  tail: number;
}

/** The overview of one deployment: its state, resources, the log view chosen, and the action its status allows. */
export function overviewSnippet(deployment: SnippetDeployment, logs: LogChoice): string {
  const lines = [...connect, `deployment = ms.get_deployment(${pythonString(deployment.name)})`, ''];
  lines.push('# Status and condition', 'deployment.get_state().describe()', '');
  lines.push('# Resource allocation', 'deployment.resources.describe()');
  if (deployment.hasTransformer) lines.push('deployment.transformer.resources.describe()');
  lines.push('', `# Transient logs: the last ${logs.tail} lines of each ${logs.component} instance`);
  lines.push(`deployment.get_logs(component=${pythonString(logs.component)}, tail=${logs.tail})`);
  const canStart = actionAvailability('START', deployment.status).allowed;
  const canStop = actionAvailability('STOP', deployment.status).allowed;
  if (canStart) lines.push('', '# Start, waiting up to 60 s for it to run', 'deployment.start(await_running=60)');
  if (canStop) lines.push('', '# Stop, waiting up to 60 s for it to stop', 'deployment.stop(await_stopped=60)');
  return `${lines.join('\n')}\n`;
}

/** The list: every deployment of the project with its status. */
export function listSnippet(): string {
  return `${[...connect, '', 'for deployment in ms.get_deployments():', '    print(deployment.name, deployment.get_state().status)'].join('\n')}\n`;
}
