import type { NormalizedConfig } from "../core/config-defaults";
import type { Grammar, Locale } from "../core/list-titles";
import { resolveText } from "../core/text";
import type { Text, UiText } from "../types";

/** What every piece of the UI reads: the config, the UI strings and the language to show config texts in. */
export interface UiContext {
  config: NormalizedConfig;
  text: UiText;
  /** How the language names categories inside a sentence (src/core/list-titles.ts). */
  grammar: Grammar;
  language: string;
  /** A config text in the UI language (falling back to the site's first language). */
  local(text: Text | undefined): string;
}

/** Builds the context the components render from. */
export function createUiContext(config: NormalizedConfig, strings: Required<Locale>, language: string): UiContext {
  return { config, ...strings, language, local: (value) => resolveText(value, language, config.languages[0]) };
}
