/**
 * Replaces `{name}` tokens with their values; an unknown token stays as written,
 * so a typo in the config shows up instead of vanishing.
 */
export function fillTokens(text: string, values: { [token: string]: string }): string {
  return text.replace(/\{(\w+)\}/g, (token, name: string) => (name in values ? values[name] : token));
}

/**
 * Category titles as they read inside a sentence: "Analytics", "Marketing" →
 * "analytics and marketing" (Swedish: "statistik och marknadsföring"). Only a
 * capital that starts an otherwise lower-case title is lowered, so names such
 * as "YouTube" or "Google Ads" keep their spelling.
 */
export function listTitles(titles: string[], language: string): string {
  const words = titles.map((title) => (/^\p{Lu}\P{Lu}*$/u.test(title) ? title[0].toLocaleLowerCase(language) + title.slice(1) : title));
  // Intl.ListFormat (ES2021) joins with the language's own "and"; older browsers get commas.
  const ListFormat = (Intl as { ListFormat?: new (language: string) => { format(list: string[]): string } }).ListFormat;
  try {
    if (ListFormat) return new ListFormat(language).format(words);
  } catch {
    // An unknown language tag: fall through to commas.
  }
  return words.join(", ");
}
