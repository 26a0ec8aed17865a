/**
 * `assent/react`: the page's Assent in React 18 and 19 — `useConsent()`, `useAllowed()` and
 * `<ConsentGate>`, re-rendered on every change. They use the page's one Assent (the drop-in's
 * `window.Assent` or the ES module's instance) and never start one: load Assent as usual.
 * On the server, and while hydrating, they render from `<AssentProvider consent config>`, so the
 * server's HTML and the first client render agree (README "React and Vue").
 */
import { createContext, createElement, Fragment, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { AssentConfig, Consent } from "../types";
import { initialAllowed, type InitialState } from "./initial-state";
import { pageState, type LiveState } from "./page-state";

export type { InitialState } from "./initial-state";

const InitialContext = createContext<InitialState>({});

/** Props of `<AssentProvider>`. */
export interface AssentProviderProps {
  /** The visitor's choice read by the server: `consentFromCookies(cookieHeader, config)`. */
  consent?: Consent | null;
  /** The site's Assent config; lets required categories render as allowed before any choice. */
  config?: AssentConfig;
  children?: ReactNode;
}

/**
 * Gives the hooks and gates below it the state to render before the page's Assent has reported
 * its own: on the server, and on the client until hydration is done. Optional without server rendering.
 */
export function AssentProvider({ consent = null, config, children }: AssentProviderProps) {
  const value = useMemo(() => ({ consent, config }), [consent, config]);
  return createElement(InitialContext.Provider, { value }, children);
}

const noSubscription = () => () => {};
const notYet = () => null;

/** The page's live state, or null on the server, while hydrating, and until Assent has started. */
function useLiveState(): LiveState | null {
  const page = typeof window == "undefined" ? null : pageState(window);
  // The server snapshot (null) is also what React renders while hydrating, so the first client render
  // matches the server's HTML; React renders again at once with the live state if it differs.
  return useSyncExternalStore(page ? page.subscribe : noSubscription, page ? page.get : notYet, notYet);
}

/** The visitor's current choice (`getConsent()`), or `null` while there is none. Re-renders on every change. */
export function useConsent(): Consent | null {
  const live = useLiveState();
  const initial = useContext(InitialContext);
  return live ? live.consent : initial.consent || null;
}

/** Whether this category (and service) is allowed now (`allowed()`), kept current. */
export function useAllowed(category: string, service?: string): boolean {
  const live = useLiveState();
  const initial = useContext(InitialContext);
  return live ? live.allowed(category, service) : initialAllowed(initial, category, service);
}

/** Props of `<ConsentGate>`. */
export interface ConsentGateProps {
  category: string;
  service?: string;
  /** Rendered while the category (and service) is not allowed. Default: nothing. */
  fallback?: ReactNode;
  children?: ReactNode;
}

/** Renders its children only while `category` (and `service`) is allowed, else `fallback`. */
export function ConsentGate({ category, service, fallback = null, children }: ConsentGateProps) {
  return createElement(Fragment, null, useAllowed(category, service) ? children : fallback);
}
