import type { CategoryConfig } from "../types";
import { listTitles } from "../core/list-titles";
import type { UiContext } from "./ui-context";

/**
 * Replaces `{name}` tokens with their values; an unknown token stays as written,
 * so a typo in the config shows up instead of vanishing.
 */
export function fillTokens(text: string, values: { [token: string]: string }): string {
  return text.replace(/\{(\w+)\}/g, (token, name: string) => (name in values ? values[name] : token));
}

/** The titles of the categories that pass `test`, as they read inside a sentence (see `listTitles`); "" for none. */
export function listCategories(ctx: UiContext, test: (category: CategoryConfig) => unknown): string {
  return listTitles(
    ctx.config.categories.filter(test).map((category) => ctx.local(category.title)),
    ctx.language,
    ctx.text.and,
    ctx.grammar,
  );
}
