import { describe, expect, it } from 'vitest';
import { listSnippet, overviewSnippet, pythonString } from './python-snippets';

describe('the Python next to the clicks', () => {
  it('quotes any name as a Python string literal', () => {
    expect(pythonString('fraudmodel')).toBe('"fraudmodel"');
    expect(pythonString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it('the overview: connects, gets the deployment by name, describes state and resources, reads the logs chosen', () => {
    const code = overviewSnippet({ name: 'fraudmodel', status: 'Running', hasTransformer: true }, { component: 'transformer', tail: 50 });
    expect(code).toContain('import hopsworks\n\nproject = hopsworks.login()\nms = project.get_model_serving()\ndeployment = ms.get_deployment("fraudmodel")\n');
    expect(code).toContain('deployment.get_state().describe()');
    expect(code).toContain('deployment.resources.describe()\ndeployment.transformer.resources.describe()');
    expect(code).toContain('deployment.get_logs(component="transformer", tail=50)');
  });

  it('offers the action the status allows, with the client\'s own wait arguments', () => {
    const running = overviewSnippet({ name: 'm', status: 'Running', hasTransformer: false }, { component: 'predictor', tail: 10 });
    expect(running).toContain('deployment.stop(await_stopped=60)');
    expect(running).not.toContain('deployment.start(');
    expect(running).not.toContain('transformer.resources');
    const stopped = overviewSnippet({ name: 'm', status: 'Stopped', hasTransformer: false }, { component: 'predictor', tail: 10 });
    expect(stopped).toContain('deployment.start(await_running=60)');
    expect(stopped).not.toContain('deployment.stop(');
    const starting = overviewSnippet({ name: 'm', status: 'Starting', hasTransformer: false }, { component: 'predictor', tail: 10 });
    expect(starting).not.toMatch(/deployment\.(start|stop)\(/);
  });

  it('the list: every deployment with its status', () => {
    expect(listSnippet()).toContain('for deployment in ms.get_deployments():\n    print(deployment.name, deployment.get_state().status)');
  });
});
