import type { NormalizedConfig } from "../core/config-defaults";
import { hasOwn } from "../core/checks";
import { builtInLanguage } from "../core/language";
import type { Locale } from "../core/list-titles";
import type { UiTextKey } from "../core/ui-text-keys";
import { en } from "./en";
import { sv } from "./sv";

/** The languages inside the drop-in; every other built-in one is fetched (src/locales/text-loader.ts). */
export const BUNDLED_LOCALES: { [code: string]: Locale } = { en, sv };

/**
 * Every UI string in `language`: the built-in `locale` (English when there is
 * none), then the config's `text[language]` on top. Only known keys with
 * string values override, so a typo in the config can't blank a button.
 */
export function resolveUiText(config: NormalizedConfig, language: string, locale?: Locale): Required<Locale> {
  // A fetched file that is not a locale (a proxy's error page served as JSON, say) counts as none.
  const base = (locale && locale.text && locale) || BUNDLED_LOCALES[builtInLanguage(language) || "en"] || en;
  const text = { ...base.text };
  const own = (hasOwn(config.text, language) && config.text[language]) || {};
  for (const key of Object.keys(own)) {
    const value = own[key as UiTextKey];
    if (hasOwn(en.text, key) && typeof value == "string") text[key as UiTextKey] = value;
  }
  return { text, grammar: base.grammar || {} };
}
