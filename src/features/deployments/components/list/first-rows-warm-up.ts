import { firstPageOfAnswer } from '../../api/first-page-of-answer.ts';
import type { ListView } from '../../model/list-view.ts';
import { knownStatuses } from '../../model/status.ts';
import { firstRowsBodyHtml } from './first-rows-html.ts';

/** A list answer of made-up rows with every field the list reads, more than a page of them. */
function sampleAnswer(rowCount: number): unknown[] {
  const amounts = { cores: 1, memory: 1024, gpus: 0 };
  const resources = { requests: amounts, limits: amounts };
  return Array.from({ length: rowCount }, (_, index) => ({
    id: index + 1,
    name: `sample${index}`,
    modelName: `model${index % 7}`,
    modelVersion: index,
    created: '2026-01-01T00:00:00.000Z',
    deployed: index % 5 === 0 ? undefined : '2026-01-01T00:00:00.000Z',
    predictor: 'predictor.py',
    transformer: index % 2 === 0 ? 'transformer.py' : undefined,
    status: knownStatuses[index % knownStatuses.length],
    condition: { type: 'READY', status: true, reason: 'Deployment is ready' },
    availableInstances: 1,
    requestedInstances: 1,
    availableTransformerInstances: 1,
    requestedTransformerInstances: 1,
    predictorResources: resources,
    transformerResources: resources,
    predictorScalingConfig: { scaleMetric: 'CONCURRENCY', target: 100, minInstances: 0, maxInstances: 1 },
  }));
}

/**
 * Runs the first rows' code — pick the page from an answer, read its rows, build their HTML — over
 * made-up rows while the real list is on its way: its first real run then is not its first run, which
 * compiles it and loads the collation and date data (about a tenth of data → rows at 2,000 deployments).
 * Touches nothing: returns the HTML it built.
 */
export async function warmUpFirstRows(view: ListView): Promise<string> {
  const rows = await firstPageOfAnswer(sampleAnswer(view.pageSize * 2), { ...view, query: '', statuses: [], page: 0 });
  return firstRowsBodyHtml(0, rows ?? [], Date.now());
}
