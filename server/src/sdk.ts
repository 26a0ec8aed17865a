/**
 * The parts of the Assent SDK the receipt server runs, taken from the SDK's own
 * source so that the server can never drift from what the drop-in does: the
 * config validator and defaults, the receipt builder, the shown-text function,
 * the built-in UI strings and the cookie codec. `npm run build` in server/
 * bundles this file (with the SDK modules it imports) into dist/sdk.mjs.
 */
import type { AssentConfig, ConsentAction, ConsentSource } from "../../src/types";
import { normalizeConfig } from "../../src/core/config-defaults";
import { buildReceipt, shownText } from "../../src/core/receipt";
import { resolveUiText } from "../../src/locales/ui-text";
import { ALL_LOCALES } from "../../src/locales/all-locales";
import { builtInLanguage } from "../../src/core/language";

export { validateConfig } from "../../src/core/validate-config";
export { normalizeConfig } from "../../src/core/config-defaults";
export { decodeConsent } from "../../src/core/consent-codec";
export { findCookies } from "../../src/core/cookie-header";
export { expiryDays, isConsentValid } from "../../src/core/consent-rules";
export { resolveText } from "../../src/core/text";

/**
 * Every action a receipt may name; typed against the SDK, so a new action fails the build until added.
 * In the order the dashboard stacks and lists them.
 */
const ACTIONS: Record<ConsentAction, true> = { accept_all: true, custom: true, reject_all: true, withdraw: true };
/** Every source a receipt may name, kept equal to the SDK's type the same way. */
const SOURCES: Record<ConsentSource, true> = { banner: true, preferences: true, placeholder: true, api: true };
export const RECEIPT_ACTIONS = Object.keys(ACTIONS) as ConsentAction[];
export const RECEIPT_SOURCES = Object.keys(SOURCES) as ConsentSource[];

/** The keys of a receipt, read from what the SDK's own `buildReceipt` returns. */
export const RECEIPT_KEYS = Object.keys(
  buildReceipt({
    consent: { id: "x", revision: 1, categories: [], services: [], createdAt: "", updatedAt: "" },
    action: "custom",
    source: "api",
    language: "en",
    textHash: "",
    href: "https://example.com/",
    now: new Date(0),
  }),
).sort();

/**
 * The exact text a visitor is shown in `language` by a valid config — the
 * string whose SHA-256 the drop-in sends as `textHash`.
 */
export function textShownIn(config: AssentConfig, language: string): string {
  const normalized = normalizeConfig(config);
  // The built-in strings of every language (a page fetches its own; the server has them all).
  const { text } = resolveUiText(normalized, language, ALL_LOCALES[builtInLanguage(language) || "en"]);
  return shownText(normalized, text, language);
}
