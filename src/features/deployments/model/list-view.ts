import type { Deployment, DeploymentListKeys } from '../api/deployment-schema.ts';
import { knownStatuses, statusTable, type DeploymentStatus } from './status.ts';
import { runningOfRequested } from './instance-counts.ts';

/** The list page's view state (search, status filter, sort, page), read from and written to the URL. */

export const sortColumns = ['name', 'status', 'condition', 'model', 'instances', 'deployed'] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'asc' | 'desc';

export const pageSizes = [25, 50, 100] as const;

export interface ListView {
  query: string;
  statuses: DeploymentStatus[];
  sort: SortColumn;
  direction: SortDirection;
  page: number;
  pageSize: number;
}

export const defaultListView: ListView = { query: '', statuses: [], sort: 'name', direction: 'asc', page: 0, pageSize: 50 };

const filterableStatuses: readonly DeploymentStatus[] = [...knownStatuses, 'Unknown'];

export function readListView(params: URLSearchParams): ListView {
  const statuses = params
    .getAll('status')
    .flatMap((value) => value.split(','))
    .map((value) => filterableStatuses.find((status) => status.toLowerCase() === value.trim().toLowerCase()))
    .filter((status): status is DeploymentStatus => status !== undefined);
  const sort = sortColumns.find((column) => column === params.get('sort')) ?? defaultListView.sort;
  const direction = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const page = Math.max(0, Math.floor(Number(params.get('page')) || 0));
  const sizeParam = Number(params.get('size'));
  const pageSize = (pageSizes as readonly number[]).includes(sizeParam) ? sizeParam : defaultListView.pageSize;
  return { query: params.get('q') ?? '', statuses: [...new Set(statuses)], sort, direction, page, pageSize };
}

/** Writes the view into the URL parameters, leaving defaults out and other parameters as they are. */
export function writeListView(view: ListView, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['q', 'status', 'sort', 'dir', 'page', 'size']) params.delete(key);
  if (view.query) params.set('q', view.query);
  if (view.statuses.length > 0) params.set('status', view.statuses.join(','));
  if (view.sort !== defaultListView.sort || view.direction !== defaultListView.direction) {
    params.set('sort', view.sort);
    params.set('dir', view.direction);
  }
  if (view.page > 0) params.set('page', String(view.page));
  if (view.pageSize !== defaultListView.pageSize) params.set('size', String(view.pageSize));
  return params;
}

export function instancesLabel(deployment: Deployment): string {
  const predictor = runningOfRequested(deployment.predictor);
  return deployment.transformer ? `${predictor} · ${runningOfRequested(deployment.transformer)}` : predictor;
}

function matchesQuery(deployment: DeploymentListKeys, needle: string): boolean {
  return deployment.name.toLowerCase().includes(needle) || (deployment.modelName?.toLowerCase().includes(needle) ?? false);
}

const statusOrder = new Map<DeploymentStatus, number>([...filterableStatuses].map((status, index) => [status, index]));

// A collator compares much faster than String#localeCompare, which matters for 2,000 rows.
const collator = new Intl.Collator('en', { numeric: true });
const compareText = collator.compare;

/** Missing or unreadable times sort as the oldest (NaN would break the sort). */
const sortableInstant = (epochMs: number | undefined) => (epochMs !== undefined && Number.isFinite(epochMs) ? epochMs : -Infinity);

const comparators: Record<SortColumn, (a: DeploymentListKeys, b: DeploymentListKeys) => number> = {
  name: (a, b) => compareText(a.name, b.name),
  status: (a, b) => (statusOrder.get(a.status) ?? 0) - (statusOrder.get(b.status) ?? 0),
  condition: (a, b) => compareText(a.condition?.reason ?? '', b.condition?.reason ?? ''),
  model: (a, b) => compareText(a.modelName ?? '', b.modelName ?? '') || (a.modelVersion ?? 0) - (b.modelVersion ?? 0),
  instances: (a, b) => a.predictor.running - b.predictor.running || a.predictor.requested - b.predictor.requested,
  deployed: (a, b) => sortableInstant(a.deployed) - sortableInstant(b.deployed),
};

function rowOrder(view: Pick<ListView, 'sort' | 'direction'>): (a: DeploymentListKeys, b: DeploymentListKeys) => number {
  const compare = comparators[view.sort];
  const sign = view.direction === 'asc' ? 1 : -1;
  return (a, b) => sign * compare(a, b) || compareText(a.name, b.name);
}

/** Sorts by a column (ties broken by name). Sort once, then filter on each keystroke: filtering keeps the order. */
export function sortDeployments(deployments: readonly Deployment[], view: Pick<ListView, 'sort' | 'direction'>): Deployment[] {
  return [...deployments].sort(rowOrder(view));
}

/** Keeps the deployments matching the search text (deployment or model name) and the statuses. */
export function filterDeployments<T extends DeploymentListKeys>(deployments: readonly T[], view: Pick<ListView, 'query' | 'statuses'>): T[] {
  const needle = view.query.trim().toLowerCase();
  const wanted = new Set(view.statuses);
  if (needle === '' && wanted.size === 0) return deployments as T[];
  return deployments.filter(
    (deployment) => (wanted.size === 0 || wanted.has(deployment.status)) && (needle === '' || matchesQuery(deployment, needle)),
  );
}

export function applyListView(deployments: readonly Deployment[], view: Pick<ListView, 'query' | 'statuses' | 'sort' | 'direction'>): Deployment[] {
  return filterDeployments(sortDeployments(deployments, view), view);
}

/** The view's page, or the last one when the list has become shorter. */
function shownPage(rowCount: number, view: Pick<ListView, 'page' | 'pageSize'>): number {
  return Math.min(view.page, Math.max(0, Math.ceil(rowCount / view.pageSize) - 1));
}

/** The page of `rows` the view shows: the view's page, or the last one when the list has become shorter. */
export function pageOf<T>(rows: readonly T[], view: Pick<ListView, 'page' | 'pageSize'>): { page: number; rows: T[] } {
  const page = shownPage(rows.length, view);
  return { page, rows: rows.slice(page * view.pageSize, (page + 1) * view.pageSize) };
}

/**
 * The page the view shows — the same rows as `pageOf(applyListView(deployments, view), view)` — without
 * sorting every deployment: one pass keeps the rows up to the page's end in order (the list's first
 * paint needs 50 rows of 2,000). Rows that compare equal keep the list's order, as in the stable sort.
 * It reads only the fields the view sorts and filters by, so the rows may be read no further than that.
 */
export function pageOfView<T extends DeploymentListKeys>(deployments: readonly T[], view: ListView): { page: number; rows: T[] } {
  const shown = filterDeployments(deployments, view);
  const page = shownPage(shown.length, view);
  const end = (page + 1) * view.pageSize;
  const order = rowOrder(view);
  const first: T[] = [];
  for (const deployment of shown) {
    if (first.length === end && order(deployment, first[end - 1]!) >= 0) continue;
    // After every row it does not come before (binary search), so that equal rows keep their order.
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (order(deployment, first[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    first.splice(low, 0, deployment);
    if (first.length > end) first.pop();
  }
  return { page, rows: first.slice(page * view.pageSize) };
}

/** How many deployments are in each status, in the status table's order; statuses with none left out. */
export function countByStatus(deployments: readonly Deployment[]): { status: DeploymentStatus; count: number }[] {
  const counts = new Map<DeploymentStatus, number>();
  for (const deployment of deployments) counts.set(deployment.status, (counts.get(deployment.status) ?? 0) + 1);
  return filterableStatuses.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status)! }));
}

export function countLabel(status: DeploymentStatus, count: number): string {
  return `${count.toLocaleString('en')} ${statusTable[status].label.toLowerCase()}`;
}
