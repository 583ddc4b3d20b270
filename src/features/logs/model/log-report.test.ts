import { describe, expect, it } from 'vitest';
import { logsReport } from './log-report';

const crash = [
  '2026-11-24 10:00:00,000 INFO kserve: Loading transformer script /mnt/artifacts/transformer.py',
  'Traceback (most recent call last):',
  '  File "/mnt/artifacts/transformer.py", line 9, in <module>',
  '    from feature_utils import scale_features',
  "ModuleNotFoundError: No module named 'feature_utils'",
  '\u001b[31mERROR\u001b[0m kserve: transformer script failed, exiting with code 1',
  '',
].join('\n');

describe('logsReport', () => {
  const report = logsReport({
    components: [
      { component: 'predictor', source: 'live', instances: [{ instanceName: 'm-predictor-a', content: Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') }] },
      { component: 'transformer', source: 'history', instances: [{ instanceName: 'm-transformer-b', content: crash }] },
    ],
    scripts: ['transformer.py'],
    seeLogsUrl: 'https://osd.example/app/discover#/?_a=()',
  });

  it('opens with the first Python error: the exception, where, the next step and the block as printed', () => {
    expect(report.startsWith("### First error: ModuleNotFoundError: No module named 'feature\\_utils'")).toBe(true);
    expect(report).toContain('In the transformer (m-transformer-b, history since the last start).');
    expect(report).toContain('In the deployment’s script /mnt/artifacts/transformer.py, line 9.');
    expect(report).toContain('**The package “feature\\_utils” is missing from the deployment’s environment.**');
    expect(report).toContain("```text\nTraceback (most recent call last):\n  File \"/mnt/artifacts/transformer.py\", line 9, in <module>\n    from feature_utils import scale_features\nModuleNotFoundError: No module named 'feature_utils'\n```");
  });

  it('gives the last lines of each instance without colour codes, and the OpenSearch link', () => {
    expect(report).toContain('### Last 20 lines of m-predictor-a (predictor, live lines)');
    expect(report).toContain('```text\nline 11\n');
    expect(report).not.toContain('line 10\n');
    expect(report).toContain('### Last 6 lines of m-transformer-b (transformer, history since the last start)');
    expect(report).toContain('ERROR kserve: transformer script failed');
    expect(report).not.toContain('\u001b[');
    expect(report.endsWith('Historical logs in OpenSearch Dashboards: https://osd.example/app/discover#/?_a=()')).toBe(true);
  });

  it('says why a component has no lines', () => {
    const unavailable = logsReport({ components: [{ component: 'predictor', source: 'live', instances: [], unavailable: 'Could not read the predictor logs: HTTP 500' }], scripts: [] });
    expect(unavailable).toBe('### predictor logs\n\nCould not read the predictor logs: HTTP 500');
  });
});
