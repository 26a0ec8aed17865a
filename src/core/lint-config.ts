import type { AssentConfig } from "../types";
import { isObject, type ConfigProblem } from "./validate-config";
import { lintUrlPatterns } from "./url-patterns";
import { builtInLanguage } from "./language";
import { UI_TEXT_KEYS } from "./ui-text-keys";

/**
 * The longest a stored choice should last: the French CNIL's cookie guidance
 * (since 2013) asks that consent be renewed at least every 13 months, and
 * 13 months ≈ 13 × 30.4 ≈ 395 days.
 */
export const MAX_CONSENT_DAYS = 395;

const asList = (value: unknown): any[] => (Array.isArray(value) ? value : []);

/**
 * Compliance warnings about a config: things that are valid but that a
 * regulator or a visitor would object to. `assent validate` prints them
 * without failing. They are:
 * - the choice kept longer than 13 months (`cookie.expiresDays` over 395),
 * - an optional category switched on by default (consent must be opt-in),
 * - a category with no description, a declared cookie with no duration
 *   (visitors must be told what and for how long),
 * - a text that lacks one of `languages`, and a language with neither
 *   built-in UI strings nor a `text` entry (or one that lacks some strings),
 * - a `services[].urls` pattern that can never match, or that overlaps
 *   another service's.
 * Safe on any input: an invalid config gets the warnings that still apply.
 */
export function lintConfig(config: AssentConfig): ConfigProblem[] {
  const warnings: ConfigProblem[] = [];
  const warn = (path: string, message: string) => warnings.push({ path, message });
  if (!isObject(config)) return warnings;
  const languages = asList(config.languages).filter((language) => typeof language == "string");
  if (!languages.length) languages.push("en");

  /** A text given as a map from language to string should have every language of the site. */
  const lintText = (text: unknown, path: string) => {
    if (isObject(text))
      for (const language of languages)
        if (typeof text[language] != "string")
          warn(path, `no "${language}" text: visitors in "${language}" see another language`);
  };

  const days: unknown = isObject(config.cookie) ? config.cookie.expiresDays : undefined;
  const lintDays = (value: unknown, path: string) => {
    if (typeof value == "number" && value > MAX_CONSENT_DAYS)
      warn(path, `keeps the choice ${value} days: ask again within 13 months (${MAX_CONSENT_DAYS} days)`);
  };
  lintDays(days, "cookie.expiresDays");
  if (isObject(days)) for (const key of ["accept", "reject"]) lintDays(days[key], "cookie.expiresDays." + key);

  lintText(config.policyUrl, "policyUrl");
  asList(config.categories).forEach((category, i) => {
    if (!isObject(category)) return;
    const path = `categories[${i}]`;
    if (category.default === true && category.required !== true)
      warn(path + ".default", "on by default though not required: consent must be an opt-in");
    if (category.description === undefined) warn(path + ".description", "no description: say what the category is for");
    lintText(category.title, path + ".title");
    lintText(category.description, path + ".description");
    asList(category.services).forEach((service, j) => {
      if (!isObject(service)) return;
      const servicePath = `${path}.services[${j}]`;
      for (const key of ["title", "description", "policyUrl"]) lintText(service[key], `${servicePath}.${key}`);
      asList(service.cookies).forEach((cookie, k) => {
        if (!isObject(cookie)) return;
        const cookiePath = `${servicePath}.cookies[${k}]`;
        if (cookie.duration === undefined) warn(cookiePath + ".duration", "no duration: say how long the cookie lives");
        lintText(cookie.duration, cookiePath + ".duration");
        lintText(cookie.description, cookiePath + ".description");
      });
    });
  });

  const text = isObject(config.text) ? config.text : {};
  languages.forEach((language, i) => {
    if (builtInLanguage(language)) return;
    const strings = text[language];
    if (!isObject(strings)) warn(`languages[${i}]`, `no built-in UI strings for "${language}": add them under text.${language}`);
    else {
      const missing = UI_TEXT_KEYS.filter((key) => typeof strings[key] != "string");
      if (missing.length)
        warn(`text.${language}`, `no built-in UI strings for "${language}", and these are missing: ${missing.join(", ")}`);
    }
  });
  return [...warnings, ...lintUrlPatterns(config)];
}
