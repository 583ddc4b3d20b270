import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

export type SearchParamsChange = (current: URLSearchParams) => URLSearchParams;

/**
 * `useSearchParams` whose updates compose. React Router hands a functional update the params of the
 * last render, so two changes made before the URL re-renders (a click, then typing, on a busy page) lose
 * the first. Here each change starts from the previous change that is still on its way; a URL change
 * from elsewhere (back button, a link) drops whatever was on its way.
 */
export function useSearchParamsUpdate(): [URLSearchParams, (change: SearchParamsChange, options?: NavigateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const committed = useRef(params);
  const onTheirWay = useRef<string[]>([]);

  useLayoutEffect(() => {
    committed.current = params;
    const arrived = onTheirWay.current.indexOf(params.toString());
    onTheirWay.current = arrived === -1 ? [] : onTheirWay.current.slice(arrived + 1);
  }, [params]);

  const update = useCallback(
    (change: SearchParamsChange, options?: NavigateOptions) => {
      const latest = onTheirWay.current.at(-1);
      const next = change(new URLSearchParams(latest ?? committed.current));
      onTheirWay.current = [...onTheirWay.current.slice(-50), next.toString()];
      setParams(next, options);
    },
    [setParams],
  );
  return [params, update];
}
