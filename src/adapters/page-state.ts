import type { AssentApi, Consent } from "../types";

/** What the adapters render from once the page's Assent has started. */
export interface LiveState {
  /** `getConsent()` as last reported. */
  consent: Consent | null;
  /** `allowed()` of the page's Assent. */
  allowed(category: string, service?: string): boolean;
}

/** The page's Assent state, shared by every hook and gate on the page. */
export interface PageState {
  /**
   * The state once the page's Assent has reported it; `null` until then. Same object until it changes.
   * The first call connects to the page's Assent.
   */
  get(): LiveState | null;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** What every Assent dispatches on `document` with each state report (README "React and Vue"). */
const STATE_EVENT = "assent:state";

/**
 * The page's one Assent, whichever build made it: the drop-in's `window.Assent`, or the instance an
 * ES module copy keeps under `Symbol.for("assent")` (src/assent.ts). The adapters never create one.
 */
export function findAssent(win: Window): AssentApi | undefined {
  return win.Assent || (Reflect.get(win, Symbol.for("assent")) as AssentApi | undefined);
}

const pages = new WeakMap<Window, PageState>();

/** The state of this window's Assent: one connection per page, however many components use it. */
export function pageState(win: Window): PageState {
  let page = pages.get(win);
  if (!page) pages.set(win, (page = watchPage(win)));
  return page;
}

function watchPage(win: Window): PageState {
  let live: LiveState | null = null;
  let connected = false;
  const listeners = new Set<() => void>();

  const attach = (assent: AssentApi) =>
    assent.subscribe((consent) => {
      live = { consent, allowed: (category, service) => assent.allowed(category, service) };
      for (const listener of [...listeners]) listener();
    });

  function connect(): void {
    connected = true;
    const assent = findAssent(win);
    if (assent) return void attach(assent);
    // Not on the page yet: the ES module makes its instance on first use (often in an effect that runs
    // after the children's). Its first report, at start, is also dispatched on document.
    const onState = () => {
      const found = findAssent(win);
      if (!found) return;
      win.document.removeEventListener(STATE_EVENT, onState);
      attach(found);
    };
    win.document.addEventListener(STATE_EVENT, onState);
  }

  return {
    get() {
      // Connecting here rather than on the first subscribe lets a component's very first render show
      // the state of an Assent that has already started: no fallback flashes before the children.
      if (!connected) connect();
      return live;
    },
    subscribe(listener) {
      listeners.add(listener);
      // The connection stays for the page's life: one subscription, kept current for the next mount.
      if (!connected) connect();
      return () => void listeners.delete(listener);
    },
  };
}
