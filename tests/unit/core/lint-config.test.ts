import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lintConfig, MAX_CONSENT_DAYS } from "../../../src/core/lint-config";
import { UI_TEXT_KEYS } from "../../../src/core/ui-text-keys";
import { BUILT_IN_LANGUAGES } from "../../../src/core/language";
import type { AssentConfig } from "../../../src/types";

/** A config with nothing to warn about. */
const clean = (): AssentConfig => ({
  languages: ["en", "sv"],
  categories: [
    { id: "necessary", required: true, default: true, title: { en: "Necessary", sv: "Nödvändiga" }, description: "Needed." },
    {
      id: "analytics",
      title: "Analytics",
      description: { en: "Counts visits.", sv: "Räknar besök." },
      services: [{ id: "ga", title: "Google Analytics", cookies: [{ name: "_ga", duration: "2 years" }] }],
    },
  ],
});

const lint = (edit: (config: any) => void) => {
  const config: any = clean();
  edit(config);
  return lintConfig(config);
};

describe("lintConfig", () => {
  it("has nothing to say about a careful config", () => {
    expect(lintConfig(clean())).toEqual([]);
  });

  it("warns when the choice is kept over 13 months, for a consent or a refusal", () => {
    expect(lint((config) => (config.cookie = { expiresDays: MAX_CONSENT_DAYS }))).toEqual([]);
    expect(lint((config) => (config.cookie = { expiresDays: 730 }))).toEqual([
      { path: "cookie.expiresDays", message: "keeps the choice 730 days: ask again within 13 months (395 days)" },
    ]);
    expect(lint((config) => (config.cookie = { expiresDays: { accept: 400, reject: 396 } })).map((w) => w.path)).toEqual([
      "cookie.expiresDays.accept",
      "cookie.expiresDays.reject",
    ]);
    expect(lint((config) => (config.cookie = { expiresDays: { accept: 365, reject: 180 } }))).toEqual([]);
  });

  it("warns about an optional category that is on by default, not a required one", () => {
    expect(lint((config) => (config.categories[1].default = true))).toEqual([
      { path: "categories[1].default", message: "on by default though not required: consent must be an opt-in" },
    ]);
    expect(lint((config) => (config.categories[1].default = false))).toEqual([]);
  });

  it("warns about a category with no description", () => {
    expect(lint((config) => delete config.categories[0].description)).toEqual([
      { path: "categories[0].description", message: "no description: say what the category is for" },
    ]);
  });

  it("warns about a declared cookie with no duration", () => {
    expect(lint((config) => config.categories[1].services[0].cookies.push({ name: "_gid" }))).toEqual([
      { path: "categories[1].services[0].cookies[1].duration", message: "no duration: say how long the cookie lives" },
    ]);
  });

  it("warns about every text that lacks one of the site's languages", () => {
    const warnings = lint((config) => {
      config.policyUrl = { en: "/privacy" };
      config.categories[1].title = { sv: "Statistik" };
      config.categories[1].services[0].cookies[0].duration = { en: "2 years" };
      config.categories[1].services[0].policyUrl = { en: "https://policies.google.com" };
    });
    expect(warnings).toEqual([
      { path: "policyUrl", message: 'no "sv" text: visitors in "sv" see another language' },
      { path: "categories[1].title", message: 'no "en" text: visitors in "en" see another language' },
      { path: "categories[1].services[0].policyUrl", message: 'no "sv" text: visitors in "sv" see another language' },
      { path: "categories[1].services[0].cookies[0].duration", message: 'no "sv" text: visitors in "sv" see another language' },
    ]);
  });

  it("takes English as the only language when the config names none", () => {
    const warnings = lint((config) => {
      delete config.languages;
      config.categories[1].title = { sv: "Statistik" };
    });
    expect(warnings.map((w) => w.message)).toEqual(['no "en" text: visitors in "en" see another language']);
  });

  it("warns about a language with no built-in UI strings and no text entry", () => {
    expect(
      lint((config) => {
        config.languages = ["en", "ja"];
        config.categories = [{ id: "a", title: "A", description: "All." }];
      }),
    ).toEqual([{ path: "languages[1]", message: 'no built-in UI strings for "ja": add them under text.ja' }]);
  });

  it("treats each of the 30 built-in languages, and a regional variant of one, as built in", () => {
    expect(
      lint(
        (config) => (
          (config.languages = ["en-GB", "sv-SE", "de-AT", "pt-BR", "no", ...BUILT_IN_LANGUAGES]),
          (config.categories = [{ id: "a", title: "A", description: "All." }])
        ),
      ),
    ).toEqual([]);
  });

  it("names the UI strings a language without built-in ones still lacks", () => {
    const all = Object.fromEntries(UI_TEXT_KEYS.map((key) => [key, "x"]));
    const base = (config: any) => {
      config.languages = ["ja"];
      config.categories = [{ id: "a", title: "A", description: "All." }];
    };
    expect(lint((config) => (base(config), (config.text = { ja: all })))).toEqual([]);
    const { acceptAll, rejectAll, ...partial } = all;
    expect(lint((config) => (base(config), (config.text = { ja: partial })))).toEqual([
      { path: "text.ja", message: 'no built-in UI strings for "ja", and these are missing: acceptAll, rejectAll' },
    ]);
  });

  it("never throws, even on configs that are not valid", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(Array.isArray(lintConfig(value as AssentConfig))).toBe(true);
      }),
    );
    expect(lintConfig({ categories: [null, { services: [3, { cookies: "x" }] }], cookie: { expiresDays: "x" } } as any)).toEqual([
      { path: "categories[1].description", message: "no description: say what the category is for" },
    ]);
  });
});
