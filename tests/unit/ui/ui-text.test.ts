import { describe, expect, it } from "vitest";
import { en } from "../../../src/locales/en";
import { sv } from "../../../src/locales/sv";
import { resolveUiText } from "../../../src/locales/ui-text";
import { listTitles } from "../../../src/ui/text-tokens";
import { makeConfig } from "./ui-fixture";

describe("built-in strings", () => {
  it("has every string in English and Swedish", () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, sv]) for (const value of Object.values(table)) expect(value.trim()).not.toBe("");
  });

  it("keeps the same tokens in both languages", () => {
    const tokens = (text: string) => (text.match(/\{\w+\}/g) || []).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) expect(tokens(sv[key])).toEqual(tokens(en[key]));
  });
});

describe("resolveUiText", () => {
  it("uses the language's strings, falling back to English", () => {
    const config = makeConfig();
    expect(resolveUiText(config, "sv").save).toBe("Spara val");
    expect(resolveUiText(config, "sv-SE").rejectAll).toBe("Avvisa alla");
    expect(resolveUiText(config, "de").acceptAll).toBe("Accept all");
  });

  it("lets the config override strings per language, ignoring unknown keys and non-strings", () => {
    const config = makeConfig({ text: { sv: { bannerTitle: "Kakor", nonsense: "x", save: 5 } as never } });
    const text = resolveUiText(config, "sv");
    expect(text.bannerTitle).toBe("Kakor");
    expect(text.save).toBe("Spara val");
    expect("nonsense" in text).toBe(false);
    expect(resolveUiText(config, "en").bannerTitle).toBe(en.bannerTitle);
  });
});

describe("listTitles", () => {
  it("reads category titles inside a sentence", () => {
    expect(listTitles(["Analytics", "Marketing"], "en", "and")).toBe("analytics and marketing");
    expect(listTitles(["Statistik", "Marknadsföring", "Funktion"], "sv", "och")).toBe("statistik, marknadsföring och funktion");
    expect(listTitles(["YouTube", "Google Ads"], "en", "and")).toBe("YouTube and Google Ads");
    expect(listTitles(["Marketing"], "en", "and")).toBe("marketing");
    expect(listTitles([], "en", "and")).toBe("");
  });
});
