import { attempt } from "./report";

/** A minimal typed event emitter; a listener that throws never stops the others or the caller. */
export interface Emitter<Events> {
  /** Subscribes; returns the unsubscribe function. */
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void;
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
}

/** Creates an emitter; `report` receives whatever a listener throws. */
export function createEmitter<Events>(report: (error: unknown) => void): Emitter<Events> {
  const listeners: { [E in keyof Events]?: Array<(payload: Events[E]) => void> } = {};
  return {
    on(event, listener) {
      (listeners[event] ||= []).push(listener);
      return () => {
        listeners[event] = listeners[event]!.filter((l) => l !== listener);
      };
    },
    emit(event, payload) {
      // Copy first: a listener may unsubscribe while we iterate.
      for (const listener of (listeners[event] || []).slice()) attempt(() => listener(payload), report);
    },
  };
}
