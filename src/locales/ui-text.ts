import type { NormalizedConfig } from "../core/config-defaults";
import type { UiText, UiTextKey } from "../types";
import { en } from "./en";
import { sv } from "./sv";

const BUILT_IN: { [language: string]: UiText } = { en, sv };

/**
 * Every UI string in `language`: the built-in strings for it ("sv-SE" uses
 * Swedish), English for a language Assent has no strings for, then the
 * config's `text[language]` on top. Only known keys with string values
 * override, so a typo in the config can't blank a button.
 */
export function resolveUiText(config: NormalizedConfig, language: string): UiText {
  const text = { ...(BUILT_IN[language.toLowerCase().split(/[-_]/)[0]] || en) };
  const own = config.text[language] || {};
  for (const key in own) {
    const value = own[key as UiTextKey];
    if (key in en && typeof value == "string") text[key as UiTextKey] = value;
  }
  return text;
}
