import type { Consent } from "../types";
import type { NormalizedConfig } from "../core/config-defaults";
import { encodeConsent } from "../core/consent-codec";
import { expiryDays } from "../core/consent-rules";
import { readChoice, type StoredChoice } from "../core/read-choice";
import { eraseCookie, readCookies, writeCookie } from "./cookie-jar";
import { eraseDeclared } from "./erase-declared";

/** Where the page is: the choice cookies it can see may have been set for this host's parent domains and paths above it. */
export type Place = Pick<Location, "hostname" | "pathname">;

const DAY_SECONDS = 86400;

/**
 * Reads the visitor's choice from the choice cookie, by the same rule a server uses for the request's `Cookie`
 * header (src/core/read-choice.ts). When the page sees more than one cookie of that name (a stale one on a longer
 * path or a parent domain), the latest valid choice counts, and the others are erased where the page can reach them.
 */
export function readStoredChoice(doc: Document, config: NormalizedConfig, now: Date, place: Place): StoredChoice {
  const values = readCookies(doc, config.cookie.name);
  const stored = readChoice(values, config, now);
  if (values.length > 1) {
    eraseStoredChoice(doc, config, place);
    if (stored.consent) writeStoredChoice(doc, config, stored.consent, place, now);
  }
  return stored;
}

/**
 * Writes the choice cookie for the rest of its lifetime (a new choice: its whole lifetime, so every new choice renews
 * it). Other cookies of that name are erased first, so no stale one can outlive it.
 */
export function writeStoredChoice(
  doc: Document,
  config: NormalizedConfig,
  consent: Consent,
  place: Place,
  now = new Date(),
): void {
  if (readCookies(doc, config.cookie.name).length) eraseStoredChoice(doc, config, place);
  const age = Math.max(0, now.getTime() / 1000 - Date.parse(consent.updatedAt) / 1000);
  writeCookie(doc, config.cookie.name, encodeConsent(consent, config), {
    ...config.cookie,
    days: expiryDays(config, consent) - age / DAY_SECONDS,
    // `Secure` only where the page itself is https: on http it would make the browser drop the cookie.
    secure: doc.URL.startsWith("https:"),
  });
}

/** Erases the choice cookie (`reset()`): the one the config sets, and any other of that name the page can reach. */
export function eraseStoredChoice(doc: Document, config: NormalizedConfig, place: Place): void {
  eraseCookie(doc, config.cookie.name, config.cookie);
  const exactly = config.cookie.name.replace(/\*/g, "");
  if (exactly == config.cookie.name) eraseDeclared(doc, place.hostname, { cookies: [exactly], storage: [] }, [], place.pathname);
}
