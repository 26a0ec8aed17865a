import type { Text } from "../types";

/**
 * The string of a config text in `language`: the text itself when it is a plain
 * string, else the language's entry, else the fallback language's, else the
 * first entry, else "". Never throws on odd input.
 */
export function resolveText(text: Text | undefined, language: string, fallback?: string): string {
  if (typeof text === "string") return text;
  if (!text || typeof text !== "object") return "";
  const found = text[language] ?? (fallback !== undefined ? text[fallback] : undefined);
  if (typeof found === "string") return found;
  for (const key in text) if (typeof text[key] === "string") return text[key];
  return "";
}
