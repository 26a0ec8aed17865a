import { describe, expect, it } from "vitest";
import { validateConfig, type ConfigProblem } from "../../../src/core/validate-config";
import { decodeConsent, encodeConsent, maxEncodedLength } from "../../../src/core/consent-codec";

/** A small valid config to break one key at a time. */
const base = (): any => ({
  categories: [
    { id: "necessary", required: true, title: "Necessary" },
    { id: "analytics", title: { en: "Analytics" }, services: [{ id: "ga", title: "Google Analytics" }] },
  ],
});

const problemsOf = (edit: (config: any) => void): ConfigProblem[] => {
  const config = base();
  edit(config);
  return validateConfig(config);
};
const messageAt = (problems: ConfigProblem[], path: string) => problems.find((p) => p.path == path)?.message;

describe("validateConfig: language tags", () => {
  it('accepts BCP 47 tags and "auto"', () => {
    for (const languages of [["en"], ["sv-SE", "en-GB"], ["zh-Hant-TW"], ["pt-BR", "nb"]])
      expect(problemsOf((c) => (c.languages = languages))).toEqual([]);
    expect(problemsOf((c) => (c.language = "auto"))).toEqual([]);
    expect(problemsOf((c) => (c.language = "sv-SE"))).toEqual([]);
  });

  it("rejects sv_SE and suggests sv-SE, in languages, language and text keys", () => {
    expect(
      messageAt(
        problemsOf((c) => (c.languages = ["en", "sv_SE"])),
        "languages[1]",
      ),
    ).toContain('"sv-SE"');
    expect(
      messageAt(
        problemsOf((c) => (c.language = "sv_SE")),
        "language",
      ),
    ).toContain('did you mean "sv-SE"');
    expect(
      messageAt(
        problemsOf((c) => (c.text = { sv_SE: { acceptAll: "Ja" } })),
        "text.sv_SE",
      ),
    ).toContain('"sv-SE"');
    expect(
      messageAt(
        problemsOf((c) => (c.categories[1].title = { sv_SE: "Statistik" })),
        "categories[1].title.sv_SE",
      ),
    ).toContain('"sv-SE"');
  });

  it("rejects garbage and Object.prototype names as language tags", () => {
    for (const tag of ["", "e", "english!", "en-", "en--GB", "en-a", "constructor", "__proto__", "toString", "1234", "en GB"])
      expect(pathsOf(problemsOf((c) => (c.languages = [tag]))), tag).toEqual(["languages[0]"]);
    expect(pathsOf(problemsOf((c) => (c.language = "constructor")))).toEqual(["language"]);
    expect(pathsOf(problemsOf((c) => (c.text = JSON.parse('{"constructor": {}}'))))).toEqual(["text.constructor"]);
  });
});

const pathsOf = (problems: ConfigProblem[]) => problems.map((p) => p.path);

describe("validateConfig: what the cookie can hold", () => {
  it("rejects ids over 64 characters, clearly, and takes 64", () => {
    expect(problemsOf((c) => (c.categories[1].id = "a".repeat(64)))).toEqual([]);
    expect(
      messageAt(
        problemsOf((c) => (c.categories[1].id = "a".repeat(65))),
        "categories[1].id",
      ),
    ).toContain("at most 64 characters");
    expect(pathsOf(problemsOf((c) => (c.categories[1].services[0].id = "s".repeat(65))))).toEqual([
      "categories[1].services[0].id",
    ]);
  });

  it("rejects a config whose cookie could exceed 400 bytes", () => {
    const services = (n: number) => Array.from({ length: n }, (_, i) => ({ id: "s" + i, title: "S" }));
    const fits = base();
    fits.categories[1].services = services(500);
    expect(maxEncodedLength(fits)).toBeLessThanOrEqual(400);
    expect(validateConfig(fits)).toEqual([]);
    const tooMany = base();
    tooMany.categories[1].services = services(2000);
    expect(maxEncodedLength(tooMany)).toBeGreaterThan(400);
    expect(messageAt(validateConfig(tooMany), "categories")).toMatch(/consent cookie could take \d+ bytes, over the 400/);
  });
});

describe("validateConfig: cookie settings that would lose the choice", () => {
  it("rejects ; , and spaces in domain and path, and a path not starting with /", () => {
    for (const domain of ["evil.example; Path=/x", "a b", "a,b"])
      expect(pathsOf(problemsOf((c) => (c.cookie = { domain }))), domain).toEqual(["cookie.domain"]);
    for (const path of ["/; Path=/elsewhere", "shop", "/a b", ""])
      expect(pathsOf(problemsOf((c) => (c.cookie = { path }))), path).toEqual(["cookie.path"]);
    expect(problemsOf((c) => (c.cookie = { domain: ".example.com", path: "/shop" }))).toEqual([]);
  });

  it("keeps expiresDays between 1 and 3650 days, as a number or accept/reject", () => {
    for (const expiresDays of [1, 180, 3650, { accept: 365, reject: 1 }])
      expect(problemsOf((c) => (c.cookie = { expiresDays }))).toEqual([]);
    for (const expiresDays of [1e-6, 0.5, 3651, 1e308, Infinity, NaN, -1])
      expect(pathsOf(problemsOf((c) => (c.cookie = { expiresDays }))), String(expiresDays)).toEqual(["cookie.expiresDays"]);
    expect(pathsOf(problemsOf((c) => (c.cookie = { expiresDays: { accept: 1e308, reject: 1e-6 } })))).toEqual([
      "cookie.expiresDays.accept",
      "cookie.expiresDays.reject",
    ]);
  });

  it("takes only revisions that survive the cookie's round trip", () => {
    const consent = (revision: number) => ({
      id: "AAAAAAAAAAAAAAAAAAAAAA",
      revision,
      categories: ["necessary"],
      services: [],
      createdAt: "2025-01-01T00:00:00.000Z",
      updatedAt: "2025-01-01T00:00:00.000Z",
    });
    const largest = Number.MAX_SAFE_INTEGER;
    expect(problemsOf((c) => (c.revision = largest))).toEqual([]);
    expect(decodeConsent(encodeConsent(consent(largest), base()), base())?.revision).toBe(largest);
    for (const revision of [largest + 1, 5e17, 1e308, 1.5, 0])
      expect(pathsOf(problemsOf((c) => (c.revision = revision))), String(revision)).toEqual(["revision"]);
  });
});
