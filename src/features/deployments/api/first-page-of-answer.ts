import { forEachSliced } from '../../../lib/yield-to-main.ts';
import { pageOfView, type ListView } from '../model/list-view.ts';
import { listItemsSchema, readDeployment, readDeploymentListKeys, type Deployment, type DeploymentListKeys } from './deployment-schema.ts';

/**
 * The rows the list page shows for `view`, straight from the list's answer: every row read only for
 * what the view sorts and filters by, the shown rows read in full — the same rows as `pageOfView` over
 * `deploymentListSchema`'s deployments, at a fraction of the cost, so that they can be painted before
 * the rest of 2,000 rows is read. Undefined when the answer is not a list.
 */
export async function firstPageOfAnswer(answer: unknown, view: ListView): Promise<Deployment[] | undefined> {
  // A bare array, as Hopsworks sends it, needs no schema to say so.
  const items = Array.isArray(answer) ? { success: true as const, data: answer as unknown[] } : listItemsSchema.safeParse(answer);
  if (!items.success) return undefined;
  const rows = new Map<DeploymentListKeys, unknown>();
  const seen = new Set<number>();
  await forEachSliced(items.data, (item) => {
    const keys = readDeploymentListKeys(item);
    // As the list reads it: unreadable rows left out, and a second row with an id already listed.
    if (!keys || seen.has(keys.id)) return;
    seen.add(keys.id);
    rows.set(keys, item);
  });
  return pageOfView([...rows.keys()], view).rows.map((keys) => readDeployment(rows.get(keys))!);
}
