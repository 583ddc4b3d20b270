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
  timeZone: 'tz',
  show: 'show',
  context: 'ctx',
  matchCase: 'case',
  levels: 'level',
} as const;

/** The `instance` value of the Live view that merges every instance's lines (no pod name contains it). */
export const allInstancesValue = '*';

export const defaultTail = 100;
/** A shared link may ask for any tail up to this. */
export const maxTail = 100_000;

/** The component and tail a log view's URL asks for (the log viewer's and the Python snippet's one reading). */
export function readLogComponentAndTail(params: URLSearchParams, hasTransformer: boolean): { component: 'predictor' | 'transformer'; tail: number } {
  const tail = Number(params.get(logViewParams.tail));
  return {
    component: params.get(logViewParams.component) === 'transformer' && hasTransformer ? 'transformer' : 'predictor',
    tail: Number.isInteger(tail) && tail > 0 && tail <= maxTail ? tail : defaultTail,
  };
}

/** The id of the log viewer's section on the overview page. */
export const transientLogsAnchor = 'transient-logs';

/** The search string that opens the overview on a component's logs (keeps the page's other parameters). */
export function logViewSearch(current: URLSearchParams, component: 'predictor' | 'transformer'): string {
  const params = new URLSearchParams(current);
  params.set(logViewParams.component, component);
  params.delete(logViewParams.instance);
  return `?${params.toString()}`;
}
