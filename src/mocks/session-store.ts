import type { PersistedState, StateStore } from './simulator/mock-backend';

const stateKey = 'model-serving-console:mock-state';

/** Keeps the simulated backend's state for the browser session, so it survives a reload. */
export const sessionStateStore: StateStore = {
  load() {
    try {
      const raw = sessionStorage.getItem(stateKey);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as PersistedState;
      return parsed.version === 1 && Array.isArray(parsed.deployments) ? parsed : null;
    } catch {
      return null;
    }
  },
  save(state) {
    try {
      sessionStorage.setItem(stateKey, JSON.stringify(state));
    } catch {
      // Storage full or disabled: the simulation goes on in memory.
    }
  },
};

export function clearSessionState(): void {
  sessionStorage.removeItem(stateKey);
}
