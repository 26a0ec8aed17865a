import type { Text } from "../types";
import { hasOwn } from "./checks";

/**
 * The string of a config text in `language`: the text itself when it is a plain
 * string, else the language's entry, else the fallback language's, else the
 * first entry, else "". Never throws on odd input.
 */
export function resolveText(text: Text | undefined, language: string, fallback?: string): string {
  if (typeof text == "string" || !text) return text || "";
  for (const key of [language, fallback, ...Object.keys(text)])
    if (key != null && hasOwn(text, key) && typeof text[key] == "string") return text[key];
  return "";
}
