import type { Consent } from "../types";
import type { NormalizedConfig } from "../core/config-defaults";
import { encodeConsent } from "../core/consent-codec";
import { expiryDays } from "../core/consent-rules";
import { readChoice, type StoredChoice } from "../core/read-choice";
import { eraseCookie, readCookie, writeCookie } from "./cookie-jar";

/**
 * Reads the visitor's choice from the choice cookie, by the same rule a server
 * uses for the request's `Cookie` header (src/core/read-choice.ts).
 */
export function readStoredChoice(doc: Document, config: NormalizedConfig, now: Date): StoredChoice {
  return readChoice(readCookie(doc, config.cookie.name), config, now);
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
