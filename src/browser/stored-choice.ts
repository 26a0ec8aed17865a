import type { Consent } from "../types";
import type { NormalizedConfig } from "../core/config-defaults";
import { decodeConsent, encodeConsent } from "../core/consent-codec";
import { expiryDays, isConsentValid } from "../core/consent-rules";
import { eraseCookie, readCookie, writeCookie } from "./cookie-jar";

/** What the choice cookie holds right now. */
export interface StoredChoice {
  /** The choice in force, or null while the visitor has to choose. */
  consent: Consent | null;
  /** An expired or outdated choice, kept only to pre-set the preference center. */
  previous: Consent | null;
}

/**
 * Reads the visitor's choice. A missing, tampered or foreign cookie is simply
 * "no choice" (CONTRACT §6); an expired one or one from an older `revision`
 * becomes `previous`, so the banner shows again with the old switches pre-set.
 */
export function readStoredChoice(doc: Document, config: NormalizedConfig, now: Date): StoredChoice {
  const stored = decodeConsent(readCookie(doc, config.cookie.name));
  return stored && isConsentValid(config, stored, now)
    ? { consent: stored, previous: null }
    : { consent: null, previous: stored };
}

/** Writes the choice cookie; every new choice renews its lifetime. */
export function writeStoredChoice(doc: Document, config: NormalizedConfig, consent: Consent): void {
  writeCookie(doc, config.cookie.name, encodeConsent(consent), {
    ...config.cookie,
    days: expiryDays(config, consent),
    // `Secure` only where the page itself is https: on http it would make the browser drop the cookie.
    secure: doc.URL.startsWith("https:"),
  });
}

/** Erases the choice cookie (`reset()`). */
export function eraseStoredChoice(doc: Document, config: NormalizedConfig): void {
  eraseCookie(doc, config.cookie.name, config.cookie);
}
