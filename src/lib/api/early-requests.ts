/**
 * Requests the boot code starts before React renders — the first page's data, in parallel with
 * everything else the start does — handed to the first query that asks for them. A request that
 * failed, or that nobody took within `freshMs`, is not handed out: the query asks again itself.
 */

interface EarlyRequest {
  promise: Promise<unknown>;
  at: number;
}

const early = new Map<string, EarlyRequest>();

export function startEarly<T>(key: string, request: () => Promise<T>, now = Date.now()): Promise<T> {
  const promise = request();
  const entry: EarlyRequest = { promise, at: now };
  early.set(key, entry);
  // A failure is the taker's to see; untaken, it is forgotten (e.g. a 401 before the user signs in).
  entry.promise.catch(() => {
    if (early.get(key) === entry) early.delete(key);
  });
  return promise;
}

export function takeEarly<T>(key: string, freshMs = 10_000, now = Date.now()): Promise<T> | undefined {
  const entry = early.get(key);
  early.delete(key);
  if (!entry || now - entry.at > freshMs) return undefined;
  return entry.promise as Promise<T>;
}
