import { join } from "node:path";
import type { AssentConfig } from "../types";
import { normalizeConfig } from "../core/config-defaults";
import { builtInLanguage } from "../core/language";
import { listUrlPatterns } from "../core/url-patterns";
import { validateFile, type CliIo } from "./validate";

/** What `assent build` needs besides the terminal: where the prebuilt variants are, and a way to write. */
export interface BuildIo extends CliIo {
  /** Writes a UTF-8 file, making its folder when needed. */
  writeFile(path: string, text: string): void;
  /** The package's dist/ folder: dist/site/*.js (rollup.config.mjs) and dist/locales/*.json. */
  distDir: string;
}

export const BUILD_USAGE = "Usage: assent build FILE.json [--out DIR]";

/** Where the built files go without `--out`. */
export const DEFAULT_OUT = "assent-site";

/** The names rollup.config.mjs gives the prebuilt variants' placeholders (src/auto-core.ts, src/locales/ui-text.ts). */
const CONFIG_PLACEHOLDER = "ASSENT_SITE_CONFIG";
const LOCALES_PLACEHOLDER = "ASSENT_SITE_LOCALES";

/**
 * The prebuilt core (dist/site/<name>.js, named in rollup.config.mjs) for a config: auto-blocking only
 * when a service lists `urls` (and `autoBlock` is not false), Google Consent Mode only when a category
 * maps a consent type, receipts only with a `consentLog` endpoint, the check that the cookie's place
 * covers the page only when the config sets a `cookie.domain` or a `cookie.path` other than "/".
 */
export function pickCoreVariant(config: AssentConfig): string {
  const normalized = normalizeConfig(config);
  const autoBlock = config.autoBlock !== false && listUrlPatterns(normalized).length > 0;
  const consentMode = normalized.categories.some((category) => (category.googleConsent || []).length > 0);
  const cookiePlace = !!normalized.cookie.domain || normalized.cookie.path != "/";
  return ["core", autoBlock && "autoblock", consentMode && "gcm", config.consentLog && "receipts", cookiePlace && "cookieplace"]
    .filter(Boolean)
    .join("-");
}

/**
 * The built-in languages whose strings the site's UI carries: the one each of the config's
 * `languages` uses ("de-AT" → "de"), and English when some language has no built-in strings
 * (its text starts from English, then the config's `text`; src/locales/ui-text.ts).
 */
export function siteLanguages(config: AssentConfig): string[] {
  const codes = normalizeConfig(config).languages.map((language) => builtInLanguage(language) || "en");
  return [...new Set(codes)].sort();
}

/**
 * A JSON value as JavaScript that is safe inside an inline `<script>` (the recommended setup inlines
 * the core): "<" can't end the element, and U+2028/U+2029 stay escaped for older parsers.
 */
const scriptLiteral = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

/** `text` with its one `placeholder` replaced by `value`; throws when the file is not such a variant. */
function fillPlaceholder(file: string, text: string, placeholder: string, value: unknown): string {
  const parts = text.split(placeholder);
  if (parts.length != 2) throw Error(`${file} is not a prebuilt Assent variant (run npm run build)`);
  return parts[0] + scriptLiteral(value) + parts[1];
}

const kB = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`;

/**
 * `assent build FILE.json [--out DIR]`: checks the config as `assent validate`
 * does (and stops, exit 1, on any error), then writes the site's own split
 * drop-in to DIR: assent-core.js with the config inlined (validated and filled
 * here, so the page does no lookup, no validation and no parsing of a config)
 * and without the parts the config doesn't use, assent-banner.js (the banner
 * without Preact, ui/banner-first.ts) and assent-ui.js, both with the
 * strings of exactly the config's languages (nothing fetched). Returns the
 * exit code: 0 when written, 1 for a broken config or a failed read/write, 2
 * for a usage error.
 */
export function runBuild(args: string[], io: BuildIo): number {
  const at = args.indexOf("--out");
  const out = at < 0 ? DEFAULT_OUT : args[at + 1];
  const rest = at < 0 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
  const option = rest.find((arg) => arg.startsWith("-"));
  if (rest.length != 1 || option || !out || out.startsWith("-")) {
    io.err(
      option
        ? `assent build: unknown option ${option}`
        : !out || out.startsWith("-")
          ? "assent build: --out needs a folder"
          : `assent build: give one config file (got ${rest.length})`,
    );
    io.err(BUILD_USAGE);
    return 2;
  }
  const config = validateFile(rest[0], io);
  if (!config) {
    io.err(`assent build: ${rest[0]} has errors: nothing written`);
    return 1;
  }
  try {
    const variant = pickCoreVariant(config);
    const languages = siteLanguages(config);
    const coreFile = join(io.distDir, "site", `${variant}.js`);
    const uiFile = join(io.distDir, "site", "ui.js");
    const bannerFile = join(io.distDir, "site", "banner.js");
    // The site's config as the page would have it after validation: defaults filled, the editor's `$schema` dropped.
    const { $schema, ...normalized } = normalizeConfig(config) as ReturnType<typeof normalizeConfig> & { $schema?: string };
    void $schema;
    const core = fillPlaceholder(coreFile, io.readFile(coreFile), CONFIG_PLACEHOLDER, normalized);
    const locales = Object.fromEntries(
      languages.map((code) => [code, JSON.parse(io.readFile(join(io.distDir, "locales", `${code}.json`)))]),
    );
    const ui = fillPlaceholder(uiFile, io.readFile(uiFile), LOCALES_PLACEHOLDER, locales);
    const banner = fillPlaceholder(bannerFile, io.readFile(bannerFile), LOCALES_PLACEHOLDER, locales);
    io.writeFile(join(out, "assent-core.js"), core);
    io.writeFile(join(out, "assent-banner.js"), banner);
    io.writeFile(join(out, "assent-ui.js"), ui);
    io.out(`${join(out, "assent-core.js")}: ${kB(core)} (${variant}: the config inlined)`);
    io.out(`${join(out, "assent-banner.js")}: ${kB(banner)} (the banner, languages: ${languages.join(", ")})`);
    io.out(`${join(out, "assent-ui.js")}: ${kB(ui)} (languages: ${languages.join(", ")})`);
    return 0;
  } catch (error) {
    io.err(`assent build: ${(error as Error).message || String(error)}`);
    return 1;
  }
}
