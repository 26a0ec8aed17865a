import type { UiText } from "../types";

/**
 * How a language names categories inside a sentence ("cookies for analytics
 * and marketing"), where it differs from the English rule: lower-case a
 * title that is capitalised only because it is a title, and join with ", "
 * and ` ${and} `. Plain data, so a locale file stays JSON (dist/locales).
 */
export interface Grammar {
  /** Keep each title's capitals: German writes every noun with one ("Statistik und Marketing"). */
  keepCase?: boolean;
  /** Put `and` before every title after the first instead of ", " (Arabic: "أ وب وج"). */
  andEach?: boolean;
  /** Write `and` straight onto the next word, with no space (Arabic "و" is a prefix: "والتسويق"). */
  andJoins?: boolean;
  /** `[pattern, word]`: the `and` to use before a title matching the pattern (Spanish "y" → "e" before an "i" sound). */
  andBefore?: [string, string];
}

/** A language's built-in UI strings and its grammar, as in src/locales/<code>.ts and dist/locales/<code>.json. */
export interface Locale {
  text: UiText;
  grammar?: Grammar;
}

/**
 * Category titles as they read inside a sentence: "Analytics", "Marketing" →
 * "analytics and marketing" (Swedish "statistik och marknadsföring", German
 * "Statistik und Marketing"). Only a capital that starts an otherwise
 * lower-case title is lowered, so names such as "YouTube" or "Google Ads"
 * keep their spelling.
 */
export function listTitles(titles: string[], language: string, and: string, grammar: Grammar = {}): string {
  const { keepCase, andEach, andJoins, andBefore } = grammar;
  // Not Intl.ListFormat: its first use loads locale data, 12–30 ms of main thread before the banner
  // can paint (bench/profile.mjs), to say what the `and` string says.
  return titles
    .map((title, i) => {
      const word = !keepCase && /^\p{Lu}\P{Lu}*$/u.test(title) ? lowerFirst(title, language) : title;
      if (!i) return word;
      if (i < titles.length - 1 && !andEach) return ", " + word;
      const link = andBefore && new RegExp(andBefore[0], "iu").test(word) ? andBefore[1] : and;
      return ` ${link}${andJoins ? "" : " "}${word}`;
    })
    .join("");
}

/** The title with its first letter lowered in `language`; a tag Intl rejects (RangeError) lowers it plainly. */
function lowerFirst(title: string, language: string): string {
  try {
    return title[0].toLocaleLowerCase(language) + title.slice(1);
  } catch {
    return title[0].toLowerCase() + title.slice(1);
  }
}
