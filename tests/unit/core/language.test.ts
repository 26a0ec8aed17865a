import { describe, expect, it } from "vitest";
import { builtInLanguage, pickLanguage, primarySubtag, textDirection } from "../../../src/core/language";

describe("pickLanguage", () => {
  it("uses a language the config names when the site offers it", () => {
    expect(pickLanguage("sv", ["en", "sv"], "en", ["en-US"])).toBe("sv");
  });

  it("falls back to the first language when the named one is not offered", () => {
    expect(pickLanguage("de", ["en", "sv"], "de", ["de"])).toBe("en");
  });

  it("matches a named regional code to the site's language", () => {
    expect(pickLanguage("sv-SE", ["en", "sv"], null, [])).toBe("sv");
  });

  it("auto: prefers <html lang> over the browser's languages", () => {
    expect(pickLanguage("auto", ["en", "sv"], "sv", ["en-US", "en"])).toBe("sv");
  });

  it("auto: takes the browser's languages in order when <html lang> is missing or not offered", () => {
    expect(pickLanguage("auto", ["en", "sv", "fi"], null, ["de-DE", "fi-FI", "sv"])).toBe("fi");
    expect(pickLanguage("auto", ["en", "sv"], "", ["sv-SE"])).toBe("sv");
    expect(pickLanguage("auto", ["en", "sv"], "de", ["sv"])).toBe("sv");
  });

  it("auto: falls back to the first language", () => {
    expect(pickLanguage("auto", ["sv", "en"], "de", ["fr-FR", "de"])).toBe("sv");
    expect(pickLanguage("auto", ["sv", "en"], undefined, [])).toBe("sv");
  });

  it("matches by primary subtag both ways, and returns the site's spelling", () => {
    expect(pickLanguage("auto", ["en", "sv"], "sv-SE", [])).toBe("sv");
    expect(pickLanguage("auto", ["en-GB", "sv"], "en", [])).toBe("en-GB");
    expect(pickLanguage("auto", ["en-GB", "sv"], "EN_us", [])).toBe("en-GB");
  });

  it("prefers an exact regional match over a primary-subtag one", () => {
    expect(pickLanguage("auto", ["pt-BR", "pt-PT"], "pt-PT", [])).toBe("pt-PT");
    expect(pickLanguage("auto", ["pt", "pt-BR"], "pt-br", [])).toBe("pt-BR");
  });

  it("lets an earlier candidate's primary-subtag match beat a later exact one", () => {
    expect(pickLanguage("auto", ["en", "sv-SE"], "sv", ["en"])).toBe("sv-SE");
  });
});

describe("matching region and script subtags", () => {
  it("reads a regional or scripted code as its language", () => {
    const site = ["en", "pt", "nb", "de", "sr"];
    expect(pickLanguage("auto", site, "pt-BR", [])).toBe("pt");
    expect(pickLanguage("auto", site, "nb-NO", [])).toBe("nb");
    expect(pickLanguage("auto", site, "de-AT", [])).toBe("de");
    expect(pickLanguage("auto", site, "sr-Latn-RS", [])).toBe("sr");
    expect(pickLanguage("auto", site, null, ["de-CH", "en"])).toBe("de");
  });

  it("reads Norwegian `no` as Bokmål, both ways", () => {
    expect(pickLanguage("auto", ["en", "nb"], "no", [])).toBe("nb");
    expect(pickLanguage("auto", ["en", "no"], "nb-NO", [])).toBe("no");
    expect(pickLanguage("auto", ["en", "nb", "nn"], "nn-NO", [])).toBe("nn");
  });
});

describe("built-in languages", () => {
  it("finds the strings that serve a code", () => {
    expect(builtInLanguage("de-AT")).toBe("de");
    expect(builtInLanguage("no")).toBe("nb");
    expect(builtInLanguage("PT_br")).toBe("pt");
    expect(builtInLanguage("ja")).toBeUndefined();
  });

  it("knows the direction a language is written in", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ar-EG")).toBe("rtl");
    expect(textDirection("he")).toBe("rtl");
    expect(textDirection("de")).toBe("ltr");
    expect(textDirection("en")).toBe("ltr");
  });

  it("reads the primary subtag", () => {
    expect(primarySubtag("sv_SE")).toBe("sv");
    expect(primarySubtag("zh-Hant-TW")).toBe("zh");
  });
});
