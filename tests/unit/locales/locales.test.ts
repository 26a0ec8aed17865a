import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_LANGUAGES } from "../../../src/core/language";
import type { Locale } from "../../../src/core/list-titles";
import { UI_TEXT_KEYS, type UiTextKey } from "../../../src/core/ui-text-keys";
import { en } from "../../../src/locales/en";
import { ALL_LOCALES } from "../../../src/locales/all-locales";

const DIR = join(__dirname, "../../../src/locales");
const CODES = readdirSync(DIR)
  .filter((name) => /^[a-z]{2,3}\.ts$/.test(name))
  .map((name) => name.slice(0, -3));
const LOCALES: { [code: string]: Locale } = Object.fromEntries(
  await Promise.all(CODES.map(async (code) => [code, (await import(join(DIR, code + ".ts")))[code] as Locale])),
);

/**
 * Strings that are the same word in English and in the language (true loanwords and shared
 * words), so "left in English" does not apply to them. Anything else equal to English fails.
 */
const SAME_AS_ENGLISH: { [code: string]: UiTextKey[] } = {
  de: ["cookies", "cookieName"],
  fr: ["cookieService", "cookieDescription"],
  es: ["cookies"],
  pt: ["cookies"],
  nl: ["cookies"],
  da: ["cookies"],
  sv: ["cookies"],
  cs: ["cookies"],
  el: ["cookies"],
  mt: ["cookies"],
};

const tokens = (text: string) => (text.match(/\{\w+\}/g) || []).sort();

describe("built-in languages", () => {
  it("are the 30 languages of the README, one file each in src/locales, listed once in core/language.ts", () => {
    expect([...CODES].sort()).toEqual([...BUILT_IN_LANGUAGES].sort());
    expect(CODES).toHaveLength(30);
    expect(Object.keys(ALL_LOCALES).sort()).toEqual([...BUILT_IN_LANGUAGES].sort());
  });

  for (const code of CODES) {
    describe(code, () => {
      const { text } = LOCALES[code];

      it("has every key, each a non-empty string without stray spaces", () => {
        expect(Object.keys(text).sort()).toEqual([...UI_TEXT_KEYS].sort());
        for (const key of UI_TEXT_KEYS) expect(text[key], key).toMatch(/^\S(.*\S)?$/s);
      });

      it("keeps every token of the English string, and adds none", () => {
        for (const key of UI_TEXT_KEYS) expect(tokens(text[key]), key).toEqual(tokens(en.text[key]));
      });

      it("leaves no string in English where the language has its own word", () => {
        if (code == "en") return;
        const same = UI_TEXT_KEYS.filter((key) => text[key] == en.text[key]);
        expect(same).toEqual(SAME_AS_ENGLISH[code] || []);
      });

      it("uses the language's own quotation marks, not typewriter quotes, and no markup", () => {
        for (const key of UI_TEXT_KEYS) expect(text[key], key).not.toMatch(/["<>]/);
      });
    });
  }
});
