/** The URL query parameters of the transient log viewer, shared by every page that links to it. */
export const logViewParams = {
  component: 'logs',
  instance: 'instance',
  tail: 'tail',
  search: 'q',
  follow: 'follow',
  wrap: 'wrap',
  source: 'source',
  range: 'range',
} as const;

/** The id of the log viewer's section on the overview page. */
export const transientLogsAnchor = 'transient-logs';

/** The search string that opens the overview on a component's logs (keeps the page's other parameters). */
export function logViewSearch(current: URLSearchParams, component: 'predictor' | 'transformer'): string {
  const params = new URLSearchParams(current);
  params.set(logViewParams.component, component);
  params.delete(logViewParams.instance);
  return `?${params.toString()}`;
}
