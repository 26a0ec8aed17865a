import type { NormalizedConfig } from "../core/config-defaults";
import { hasOwn } from "../core/checks";
import { builtInLanguage } from "../core/language";
import type { Locale } from "../core/list-titles";
import type { UiTextKey } from "../core/ui-text-keys";
import { PREBUILT_CONFIG } from "../core/build-flags";
import { en } from "./en";
import { sv } from "./sv";

/**
 * In a site build's UI, `assent build` writes the built-in strings of the config's languages in place
 * of this name (src/cli/site-build.ts); the other builds never read it.
 */
declare const ASSENT_SITE_LOCALES: { [code: string]: Locale };

/**
 * The languages inside the UI bundle: English and Swedish in the drop-in (every other built-in one is
 * fetched, browser/fetch-locale.ts), exactly the config's own in a site build.
 */
export const BUNDLED_LOCALES: { [code: string]: Locale } = PREBUILT_CONFIG ? ASSENT_SITE_LOCALES : { en, sv };

/**
 * Every UI string in `language`: the built-in `locale` (English when there is
 * none), then the config's `text[language]` on top. Only known keys with
 * string values override, so a typo in the config can't blank a button.
 */
export function resolveUiText(config: NormalizedConfig, language: string, locale?: Locale): Required<Locale> {
  // A fetched file that is not a locale (a proxy's error page served as JSON, say) counts as none.
  const base = (locale && locale.text && locale) || BUNDLED_LOCALES[builtInLanguage(language) || "en"] || BUNDLED_LOCALES.en;
  const text = { ...base.text };
  // Every built-in language has every key; English may be missing from a site build's UI.
  const keys = PREBUILT_CONFIG ? base.text : en.text;
  const own = (hasOwn(config.text, language) && config.text[language]) || {};
  for (const key of Object.keys(own)) {
    const value = own[key as UiTextKey];
    if (hasOwn(keys, key) && typeof value == "string") text[key as UiTextKey] = value;
  }
  return { text, grammar: base.grammar || {} };
}
