/**
 * Writes the bench site to bench/.site/: the contenders' pages, their
 * libraries copied from node_modules (so the server needs only one root),
 * and the stand-in third-party scripts, and serves it. Also says which files
 * each contender ships, for the byte counts.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServers } from "../examples/server.mjs";
import { SCRIPTS, standInScript } from "./fixture.mjs";
import { assentConfig, buildPages } from "./pages.mjs";
import { measureBytes } from "./bytes.mjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const SITE_ROOT = join(ROOT, "bench", ".site");
export const ASSENT_DIST = join(ROOT, "dist", "assent.js");
const CORE = join(ROOT, "dist", "assent-core.js");
const UI = join(ROOT, "dist", "assent-ui.js");
const BANNER = join(ROOT, "dist", "assent-banner.js");
/** Where the site build goes: under /vendor/, which the journeys count as the tool's own files. */
const SITE_BUILD = "vendor/assent-site";
const ASSENT_CLI = join(ROOT, "bin", "assent.mjs");

/** The library files each tool's page loads (what the visitor downloads for the tool itself). */
export const VENDOR = {
  cookieconsent: ["vanilla-cookieconsent/dist/cookieconsent.umd.js", "vanilla-cookieconsent/dist/cookieconsent.css"],
  klaro: ["klaro/dist/klaro.js"],
  orejime: ["orejime/dist/orejime-standard-en.js", "orejime/dist/orejime-standard.css"],
};

/**
 * Builds the site; returns `{ siteRoot, files, inlineBytes }`: `files[contender]` are absolute paths,
 * `inlineBytes[contender]` the brotli bytes of a tool inlined in its pages (counted with its files).
 */
export function writeSite({ adversarialDelayMs }) {
  for (const file of [ASSENT_DIST, CORE, UI, BANNER])
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (npm run bench does)`);
  rmSync(SITE_ROOT, { recursive: true, force: true });
  mkdirSync(join(SITE_ROOT, "vendor"), { recursive: true });
  mkdirSync(join(SITE_ROOT, "third"), { recursive: true });
  // The inline setup: the core's text in every page, the banner-first UI as a file (assent-ui.js comes only for
  // the preference center: ui/banner-first.ts).
  const files = { assent: [ASSENT_DIST], "assent-split": [CORE, UI], "assent-inline": [CORE, BANNER] };
  // The site build: `assent build` run on the page's config, as a site would at deploy time.
  const siteDir = join(SITE_ROOT, SITE_BUILD);
  const configFile = join(SITE_ROOT, "assent-config.json");
  writeFileSync(configFile, JSON.stringify(assentConfig()));
  const built = execFileSync(process.execPath, [ASSENT_CLI, "build", configFile, "--out", siteDir], { encoding: "utf8" });
  const siteCore = join(siteDir, "assent-core.js");
  // The prebuilt core `assent build` picked ("… (core: the config inlined)"): Assent's own code, without the
  // config, which is the page's own (the other setups carry it as JSON, uncounted).
  const siteCode = join(ROOT, "dist", "site", `${/\((core[\w-]*): the config inlined\)/.exec(built)[1]}.js`);
  files["assent-site"] = [siteCode, join(siteDir, "assent-banner.js")];
  // What an inline core adds to every page, compressed on its own (the page is sent brotli-compressed).
  const inlineBytes = { "assent-inline": measureBytes([CORE]).brotli, "assent-site": measureBytes([siteCode]).brotli };
  for (const [tool, paths] of Object.entries(VENDOR)) {
    // The peers are the bench workspace's own dependencies; npm may hoist them to the root's node_modules.
    files[tool] = paths.map((p) => [join(ROOT, "bench", "node_modules", p), join(ROOT, "node_modules", p)].find(existsSync) || p);
    for (const file of files[tool]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run npm install`);
      copyFileSync(file, join(SITE_ROOT, "vendor", file.split("/").pop()));
    }
  }
  const coreText = readFileSync(CORE, "utf8");
  const pages = buildPages({
    assentSrc: "/dist/assent.js",
    adversarialDelayMs,
    coreText,
    siteCoreText: readFileSync(siteCore, "utf8"),
    siteBannerSrc: `/${SITE_BUILD}/assent-banner.js`,
  });
  for (const [name, html] of Object.entries(pages)) {
    writeFileSync(join(SITE_ROOT, name), html);
  }
  for (const script of SCRIPTS) writeFileSync(join(SITE_ROOT, "third", script.file), standInScript(script));
  writeFileSync(join(SITE_ROOT, "privacy.html"), "<!doctype html><title>Privacy</title><p>Privacy policy.</p>");
  return { siteRoot: SITE_ROOT, files, inlineBytes };
}

/**
 * Serves `siteRoot` with examples/server.mjs on two origins; the stand-in tags
 * (`{{THIRD_PARTY}}/third/…`) come from the second. The site's own files (the
 * tools) may be cached for an hour, as on any CDN, so a returning visit reads
 * them from cache; third-party responses stay `no-store`, so a returning visit
 * fetches the tags again and `?delay=` applies on every visit. The site's files and pages are sent
 * brotli-compressed, as a real site sends them.
 */
export function serveSite(siteRoot = SITE_ROOT) {
  return startServers({ siteRoot, thirdPartyRoot: siteRoot, cache: { site: "max-age=3600" }, compress: true });
}
