import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { pickCoreVariant, siteLanguages, type BuildIo } from "../../../src/cli/site-build";
import { runCommand } from "../../../src/cli/command";
import type { AssentConfig } from "../../../src/types";

const config: AssentConfig = {
  languages: ["en"],
  categories: [
    { id: "necessary", required: true, title: "Necessary", description: "Needed." },
    { id: "analytics", title: "Analytics", description: "Counts visits.", services: [{ id: "ga", title: "GA" }] },
  ],
};

/**
 * A dist/ in memory: each prebuilt variant is a stand-in whose text names it and holds the placeholder
 * as rollup leaves it (a global name), and each locale file names its language.
 */
function fakeDist(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ["core", "core-autoblock", "core-gcm", "core-receipts", "core-autoblock-gcm", "core-autoblock-gcm-receipts"])
    files[join("dist", "site", `${name}.js`)] = `/*${name}*/!function(){start(ASSENT_SITE_CONFIG)}();`;
  files[join("dist", "site", "ui.js")] = "/*ui*/!function(){use(ASSENT_SITE_LOCALES)}();";
  files[join("dist", "site", "banner.js")] = "/*banner*/!function(){use(ASSENT_SITE_LOCALES)}();";
  for (const code of ["en", "sv", "de", "fr", "ar"])
    files[join("dist", "locales", `${code}.json`)] = JSON.stringify({ text: { bannerTitle: `title in ${code}` } });
  return files;
}

/** Runs `assent build` over `files` (the config files and the fake dist/); what it printed and wrote. */
function build(args: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: BuildIo = {
    readFile(path) {
      if (!(path in files)) throw Object.assign(Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return files[path];
    },
    writeFile: (path, text) => void (written[path] = text),
    distDir: "dist",
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { code: runCommand(["build", ...args], io), out, err, written };
}

/** The value `assent build` wrote in place of `placeholder` (it must be a JavaScript literal of JSON). */
function filledValue(text: string, before: string, after: string): unknown {
  const start = text.indexOf(before) + before.length;
  return JSON.parse(text.slice(start, text.lastIndexOf(after)));
}

describe("assent build", () => {
  it("refuses a broken config with the validator's errors, exit 1, and writes nothing", () => {
    const broken = { ...config, categories: [{ id: "bad id!", title: "X" }], layout: "popup" };
    const { code, out, err, written } = build(["site.json"], { ...fakeDist(), "site.json": JSON.stringify(broken) });
    expect(code).toBe(1);
    expect(out).toContain('error  layout: expected "bar" or "box"');
    expect(out.some((line) => line.startsWith("error  categories[0].id: expected letters, digits"))).toBe(true);
    expect(err).toEqual(["assent build: site.json has errors: nothing written"]);
    expect(written).toEqual({});
  });

  it("refuses a file that is not JSON, with its line and column", () => {
    const { code, out, written } = build(["site.json"], { ...fakeDist(), "site.json": '{\n  "languages": ["en"],,\n}' });
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^error {2}site\.json:2:\d+: invalid JSON/);
    expect(written).toEqual({});
  });

  it("exits 2 for a missing file argument, an unknown option or --out without a folder", () => {
    expect(build([], fakeDist())).toMatchObject({
      code: 2,
      err: ["assent build: give one config file (got 0)", expect.any(String)],
    });
    expect(build(["a.json", "--minify"], fakeDist()).err[0]).toBe("assent build: unknown option --minify");
    expect(build(["a.json", "--out"], fakeDist()).err[0]).toBe("assent build: --out needs a folder");
  });

  it("writes the core with the config inlined, validated and with its defaults filled", () => {
    const { code, written } = build(["site.json", "--out", "public/assent"], {
      ...fakeDist(),
      "site.json": JSON.stringify({ $schema: "./config.schema.json", ...config }),
    });
    expect(code).toBe(0);
    const core = written[join("public/assent", "assent-core.js")];
    expect(core.startsWith("/*core*/")).toBe(true);
    expect(core).not.toContain("ASSENT_SITE_CONFIG");
    const inlined = filledValue(core, "start(", ")}();") as Record<string, unknown>;
    expect(inlined).toMatchObject({ languages: ["en"], layout: "bar", cookie: { name: "assent", expiresDays: { accept: 365 } } });
    expect(inlined).not.toHaveProperty("$schema");
  });

  it("keeps the inlined config from ending an inline <script>", () => {
    const sneaky = { ...config, policyUrl: "/privacy</script><script>alert(1)</script>" };
    const { written } = build(["site.json"], { ...fakeDist(), "site.json": JSON.stringify(sneaky) });
    const core = written[join("assent-site", "assent-core.js")];
    expect(core).not.toMatch(/<\/script/i);
    expect(filledValue(core, "start(", ")}();")).toMatchObject({ policyUrl: sneaky.policyUrl });
  });

  it("picks the core that leaves out auto-blocking without urls, Consent Mode without googleConsent and receipts without consentLog", () => {
    const withUrls = {
      ...config,
      categories: [
        config.categories[0],
        { ...config.categories[1], services: [{ id: "ga", title: "GA", urls: ["www.googletagmanager.com"] }] },
      ],
    };
    const mapped = {
      ...withUrls,
      categories: [config.categories[0], { ...withUrls.categories[1], googleConsent: ["analytics_storage" as const] }],
    };
    expect(pickCoreVariant(config)).toBe("core");
    expect(pickCoreVariant(withUrls)).toBe("core-autoblock");
    expect(pickCoreVariant({ ...withUrls, autoBlock: false })).toBe("core");
    expect(pickCoreVariant({ ...config, consentLog: { endpoint: "/receipts" } })).toBe("core-receipts");
    expect(pickCoreVariant(mapped)).toBe("core-autoblock-gcm");
    expect(pickCoreVariant({ ...mapped, consentLog: { endpoint: "/receipts" } })).toBe("core-autoblock-gcm-receipts");
    // googleConsentMode's options alone map nothing: no command would ever be given.
    expect(pickCoreVariant({ ...config, googleConsentMode: { waitForUpdate: 800 } })).toBe("core");
    // The cookie's place is checked on the page only where the config sets one: the default can't miss any page.
    expect(pickCoreVariant({ ...config, cookie: { domain: ".example.com" } })).toBe("core-cookieplace");
    expect(pickCoreVariant({ ...config, cookie: { path: "/shop" } })).toBe("core-cookieplace");
    expect(pickCoreVariant({ ...config, cookie: { path: "/", expiresDays: 30 } })).toBe("core");
    expect(pickCoreVariant({ ...mapped, consentLog: { endpoint: "/r" }, cookie: { domain: "example.com" } })).toBe(
      "core-autoblock-gcm-receipts-cookieplace",
    );
    const { written } = build(["site.json"], { ...fakeDist(), "site.json": JSON.stringify(mapped) });
    expect(written[join("assent-site", "assent-core.js")].startsWith("/*core-autoblock-gcm*/")).toBe(true);
  });

  it("puts exactly the config's languages in the banner file and in the UI", () => {
    const site = { ...config, languages: ["de-AT", "fr", "de"], language: "fr" };
    const { written, out } = build(["site.json"], { ...fakeDist(), "site.json": JSON.stringify(site) });
    for (const [file, variant] of [
      ["assent-ui.js", "/*ui*/"],
      ["assent-banner.js", "/*banner*/"],
    ]) {
      const text = written[join("assent-site", file)];
      expect(text.startsWith(variant)).toBe(true);
      expect(text).not.toContain("ASSENT_SITE_LOCALES");
      const locales = filledValue(text, "use(", ")}();") as Record<string, { text: { bannerTitle: string } }>;
      expect(Object.keys(locales).sort()).toEqual(["de", "fr"]);
      expect(locales.de.text.bannerTitle).toBe("title in de");
    }
    expect(out).toContain(`${join("assent-site", "assent-ui.js")}: 0.1 KiB (languages: de, fr)`);
    expect(out).toContain(`${join("assent-site", "assent-banner.js")}: 0.1 KiB (the banner, languages: de, fr)`);
  });

  it("adds English for a language without built-in strings (its text starts from English)", () => {
    expect(siteLanguages({ ...config, languages: ["sv", "x-klingon"] })).toEqual(["en", "sv"]);
    expect(siteLanguages({ ...config, languages: ["ar"] })).toEqual(["ar"]);
  });

  it("says so when dist/ holds no prebuilt variant", () => {
    const files: Record<string, string> = { ...fakeDist(), "site.json": JSON.stringify(config) };
    files[join("dist", "site", "core.js")] = "!function(){}();";
    const { code, err, written } = build(["site.json"], files);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/core\.js is not a prebuilt Assent variant/);
    expect(written).toEqual({});
  });

  it("is in the help", () => {
    const { code, out } = build(["--help"], fakeDist());
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/assent build FILE\.json \[--out DIR\]/);
  });
});
