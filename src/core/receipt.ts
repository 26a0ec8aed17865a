import type { Consent, ConsentAction, ConsentReceipt, ConsentSource, UiText, UiTextKey } from "../types";
import type { NormalizedConfig } from "./config-defaults";
import { resolveText } from "./text";

/**
 * The receipt sent to `consentLog.endpoint` for one recorded choice (README "Proof of consent").
 * `href` is the page's address (`location.href`); its query string and fragment
 * are left out, since they may carry personal data (search terms, tokens).
 */
export function buildReceipt(input: {
  consent: Consent;
  action: ConsentAction;
  source: ConsentSource;
  language: string;
  textHash: string;
  href: string;
  now: Date;
}): ConsentReceipt {
  const { consent } = input;
  return {
    consentId: consent.id,
    revision: consent.revision,
    categories: consent.categories.slice(),
    services: consent.services.slice(),
    action: input.action,
    source: input.source,
    language: input.language,
    textHash: input.textHash,
    url: stripQueryAndHash(input.href),
    timestamp: input.now.toISOString(),
  };
}

/** `https://shop.example/cart?q=1#top` → `https://shop.example/cart`. */
export function stripQueryAndHash(href: string): string {
  return href.split(/[?#]/)[0];
}

/**
 * Every text the visitor was shown in `language`, as one deterministic string
 * whose SHA-256 is the receipt's `textHash`: the UI strings (`ui`, the table
 * the UI actually rendered, with the config's `text` overrides applied; in
 * sorted key order), then per category its title and description, its
 * services' titles and descriptions, and their cookies' name, host, duration
 * and description. The same config and language always give the same string;
 * any change to a shown text gives a different one.
 */
export function shownText(config: NormalizedConfig, ui: UiText, language: string): string {
  const fallback = config.languages[0];
  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, language, fallback);
  return JSON.stringify([
    (Object.keys(ui) as UiTextKey[]).sort().map((key) => [key, ui[key]]),
    config.categories.map((category) => [
      category.id,
      text(category.title),
      text(category.description),
      (category.services || []).map((service) => [
        service.id,
        text(service.title),
        text(service.description),
        (service.cookies || []).map((cookie) => [
          cookie.name,
          cookie.host || "",
          text(cookie.duration),
          text(cookie.description),
        ]),
      ]),
    ]),
  ]);
}
