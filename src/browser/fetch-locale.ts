import { builtInLanguage, BUNDLED_LANGUAGES } from "../core/language";
import type { Locale } from "../core/list-titles";
import { fetchJson } from "./fetch-json";

/** Gives the fetched strings of the page's language (at most one request), or undefined when they could not be had. */
export type LocaleSource = () => Promise<Locale | undefined>;

/**
 * Where the strings of `language` come from when they are not in the UI
 * bundle: `locales/<code>.json` next to `base` (the drop-in's own URL, or the
 * ES module's), fetched once, on the first call. Undefined for English and
 * Swedish (bundled) and for a language Assent has no strings for (English under
 * the config's `text`): a page pays for the language it shows and for no other
 * (README, "Languages"). A failed fetch is reported and the UI speaks English.
 * The file is JSON, read as data: nothing in it runs, and its strings are shown
 * as text, never as HTML.
 */
export function localeSource(
  win: Window,
  base: string | undefined,
  language: string,
  report: (error: unknown) => void,
): LocaleSource | undefined {
  const code = builtInLanguage(language);
  if (!code || BUNDLED_LANGUAGES.includes(code)) return;
  let pending: Promise<Locale | undefined> | undefined;
  // Without a base (a drop-in pasted inline, with no URL of its own) `new URL` throws, so `load` rejects: English then.
  const load = async () => fetchJson(win, new URL(`locales/${code}.json`, base).href, "the strings") as Promise<Locale>;
  return () => (pending ||= load().catch((error) => void report(error)));
}
