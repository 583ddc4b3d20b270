import { useEffect, type ComponentType } from 'react';
import { deferredModule } from '@/lib/deferred-module';

/**
 * A component the first page never shows until the user acts (a dialog, a notification): loaded right
 * after the first paint, so the first click finds it there; it renders nothing until it has arrived.
 */
export function deferredComponent<P extends object>(importer: () => Promise<{ default: ComponentType<P> }>, name: string) {
  const module = deferredModule(importer);
  function Deferred(props: P) {
    const Loaded = module.useLoaded()?.default;
    const loaded = Loaded !== undefined;
    // After each render until it has arrived: a load that failed is tried again when the user acts.
    useEffect(() => {
      if (loaded) return undefined;
      const timer = setTimeout(() => void module.load().catch(() => undefined));
      return () => clearTimeout(timer);
    });
    return Loaded ? <Loaded {...props} /> : null;
  }
  Deferred.displayName = `Deferred(${name})`;
  return Deferred;
}
