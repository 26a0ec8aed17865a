import type { AssentConfig, Consent } from "../types";
import { normalizeConfig, type NormalizedConfig } from "../core/config-defaults";
import { isGranted } from "../core/consent-rules";

/**
 * What the adapters render before the page's Assent has reported its state — on the server, and on
 * the client until hydration is done: the visitor's choice as `consentFromCookies` read it from the
 * request, and the site's config.
 */
export interface InitialState {
  /** `consentFromCookies(cookieHeader, config)`; `null` or absent: no choice yet. */
  consent?: Consent | null;
  /**
   * The config Assent runs with. Optional; with it, required categories count as allowed before
   * any choice and `toggleServices` is honoured, exactly as `allowed()` does.
   */
  config?: AssentConfig;
}

const normalized = new WeakMap<AssentConfig, NormalizedConfig>();

/**
 * `allowed(category, service)` as the page's Assent will answer it for this initial state. The
 * config is trusted to be the valid one the page runs with (the adapters leave validating to
 * Assent, to stay small); one that breaks the rules allows nothing.
 */
export function initialAllowed(initial: InitialState, category: string, service?: string): boolean {
  const consent = initial.consent || null;
  const config = initial.config;
  if (config) {
    try {
      if (!normalized.has(config)) normalized.set(config, normalizeConfig(config));
      return isGranted(normalized.get(config)!, consent, category, service);
    } catch {
      return false;
    }
  }
  // Without the config: a stored choice lists every granted category and every granted service
  // (all of a granted category's, or one a placeholder allowed alone).
  return !!consent && (service === undefined ? consent.categories.includes(category) : consent.services.includes(service));
}
