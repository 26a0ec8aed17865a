import type { AssentConfig, Consent } from "../types";
import { normalizeConfig, type NormalizedConfig } from "./config-defaults";
import { decodeConsent } from "./consent-codec";
import { isConsentValid } from "./consent-rules";
import { findCookies } from "./cookie-header";
import { validateConfig } from "./validate-config";

/** What the choice cookie holds right now. */
export interface StoredChoice {
  /** The choice in force, or null while the visitor has to choose. */
  consent: Consent | null;
  /** An expired or outdated choice, kept only to pre-set the preference center. */
  previous: Consent | null;
}

/**
 * The choice the choice cookies hold. A missing, tampered or foreign value is
 * simply "no choice"; an expired one or one from an older `revision` becomes
 * `previous`, so the banner shows again with the old switches pre-set
 * (README "Where the choice is kept").
 *
 * There can be several cookies of that name (one left on a longer path or a parent domain by an older setting,
 * which the browser even lists first): the valid one with the latest choice counts.
 */
export function readChoice(values: Array<string | null> | string | null, config: NormalizedConfig, now: Date): StoredChoice {
  const stored = ([] as Array<string | null>)
    .concat(values)
    .map((value) => decodeConsent(value, config))
    .filter((consent): consent is Consent => !!consent)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  const valid = stored.find((consent) => isConsentValid(config, consent, now));
  return valid ? { consent: valid, previous: null } : { consent: null, previous: stored[0] || null };
}

/**
 * The visitor's choice as a server sees it, from a request's `Cookie` header:
 * exactly what `getConsent()` will answer in that visitor's browser, so a page
 * rendered on the server matches the page once Assent runs. `null` when there
 * is no valid choice: no cookie, an expired one, one from an older `revision`,
 * a tampered or foreign value, or a config that is not valid (the page's
 * Assent then blocks everything too). Never throws.
 *
 * `now` is the time to judge expiry by; the server's clock by default.
 */
export function consentFromCookies(
  cookieHeader: string | null | undefined,
  config: AssentConfig,
  now: Date = new Date(),
): Consent | null {
  try {
    if (typeof cookieHeader != "string" || validateConfig(config).length) return null;
    const normalized = normalizeConfig(config);
    return readChoice(findCookies(cookieHeader, normalized.cookie.name), normalized, now).consent;
  } catch {
    // Nothing above is known to throw; a server request must not fail on a cookie all the same.
    return null;
  }
}
