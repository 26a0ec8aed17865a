import type { CategoryConfig } from "../types";
import type { UiContext } from "./ui-context";

/**
 * Replaces `{name}` tokens with their values; an unknown token stays as written,
 * so a typo in the config shows up instead of vanishing.
 */
export function fillTokens(text: string, values: { [token: string]: string }): string {
  return text.replace(/\{(\w+)\}/g, (token, name: string) => (name in values ? values[name] : token));
}

/**
 * Category titles as they read inside a sentence: "Analytics", "Marketing" →
 * "analytics and marketing" (Swedish: "statistik och marknadsföring", with the `and` string). Only a
 * capital that starts an otherwise lower-case title is lowered, so names such
 * as "YouTube" or "Google Ads" keep their spelling.
 */
export function listTitles(titles: string[], language: string, and: string): string {
  const words = titles.map((title) =>
    /^\p{Lu}\P{Lu}*$/u.test(title) ? title[0].toLocaleLowerCase(language) + title.slice(1) : title,
  );
  // Not Intl.ListFormat: its first use loads locale data, 12–30 ms of main thread before the banner
  // can paint (bench/profile.mjs), to say what the `and` string says.
  const last = words.pop();
  return words.length ? `${words.join(", ")} ${and} ${last}` : last || "";
}

/** The titles of the categories that pass `test`, as they read inside a sentence (see `listTitles`); "" for none. */
export function listCategories(ctx: UiContext, test: (category: CategoryConfig) => unknown): string {
  return listTitles(
    ctx.config.categories.filter(test).map((category) => ctx.local(category.title)),
    ctx.language,
    ctx.text.and,
  );
}
