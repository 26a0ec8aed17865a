import type { Consent } from "../types";

/** Which piece of UI is open. */
export type View = "none" | "banner" | "preferences";

/** Everything the UI renders from. The store holds plain data; actions change it. */
export interface AssentState {
  /** The valid stored choice, or null while the visitor has to choose. */
  consent: Consent | null;
  /** An expired, outdated or earlier choice, used to pre-set the preference center; null if none. */
  previous: Consent | null;
  view: View;
}

export interface Store {
  get(): AssentState;
  set(patch: Partial<AssentState>): void;
  /** Called after every `set`; returns the unsubscribe function. */
  subscribe(listener: (state: AssentState) => void): () => void;
}

export function createStore(initial: AssentState): Store {
  let state = initial;
  let listeners: Array<(state: AssentState) => void> = [];
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners.slice()) listener(state);
    },
    subscribe(listener) {
      listeners.push(listener);
      return () => {
        listeners = listeners.filter((l) => l !== listener);
      };
    },
  };
}
