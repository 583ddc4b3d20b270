import { useSyncExternalStore } from 'react';

/**
 * A module the first page does not need, loaded once after it is shown (or on first use): components
 * render without it until it arrives, then every user of it re-renders together. A failed load (a chunk
 * gone after a redeploy, offline) is tried again on the next `load()` and when the browser is back online.
 */
export interface DeferredModule<T> {
  load: () => Promise<T>;
  /** The module once loaded, else undefined; re-renders when it arrives. */
  useLoaded: () => T | undefined;
  /** Called when the module arrives, before React renders with it. */
  subscribe: (listener: () => void) => () => void;
}

export function deferredModule<T>(importer: () => Promise<T>): DeferredModule<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  let retryWhenOnline = false;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const snapshot = () => loaded;
  const load = () =>
    (pending ??= importer().then(
      (module) => {
        loaded = module;
        for (const listener of listeners) listener();
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        // Offline when it was asked for: asked again once the browser is back online (one listener, however
        // many attempts failed meanwhile).
        if (!retryWhenOnline) {
          retryWhenOnline = true;
          globalThis.addEventListener?.(
            'online',
            () => {
              retryWhenOnline = false;
              void load().catch(() => undefined);
            },
            { once: true },
          );
        }
        throw error;
      },
    ));
  return { load, subscribe, useLoaded: () => useSyncExternalStore(subscribe, snapshot, snapshot) };
}
