/**
 * Writes the bench site to bench/.site/: the contenders' pages, their
 * libraries copied from node_modules (so the server needs only one root),
 * and the stand-in third-party scripts, and serves it. Also says which files
 * each contender ships, for the byte counts.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServers } from "../examples/server.mjs";
import { SCRIPTS, standInScript } from "./fixture.mjs";
import { buildPages } from "./pages.mjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const SITE_ROOT = join(ROOT, "bench", ".site");
export const ASSENT_DIST = join(ROOT, "dist", "assent.js");

/** The library files each tool's page loads (what the visitor downloads for the tool itself). */
export const VENDOR = {
  cookieconsent: ["vanilla-cookieconsent/dist/cookieconsent.umd.js", "vanilla-cookieconsent/dist/cookieconsent.css"],
  klaro: ["klaro/dist/klaro.js"],
  orejime: ["orejime/dist/orejime-standard-en.js", "orejime/dist/orejime-standard.css"],
};

/** Builds the site; returns `{ siteRoot, files }` where `files[contender]` are absolute paths. */
export function writeSite({ adversarialDelayMs }) {
  if (!existsSync(ASSENT_DIST)) throw new Error(`${ASSENT_DIST} is missing: run npm run build (npm run bench does)`);
  rmSync(SITE_ROOT, { recursive: true, force: true });
  mkdirSync(join(SITE_ROOT, "vendor"), { recursive: true });
  mkdirSync(join(SITE_ROOT, "third"), { recursive: true });
  const files = { assent: [ASSENT_DIST] };
  for (const [tool, paths] of Object.entries(VENDOR)) {
    // The peers are the bench workspace's own dependencies; npm may hoist them to the root's node_modules.
    files[tool] = paths.map((p) => [join(ROOT, "bench", "node_modules", p), join(ROOT, "node_modules", p)].find(existsSync) || p);
    for (const file of files[tool]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run npm install`);
      copyFileSync(file, join(SITE_ROOT, "vendor", file.split("/").pop()));
    }
  }
  for (const [name, html] of Object.entries(buildPages({ assentSrc: "/dist/assent.js", adversarialDelayMs }))) {
    writeFileSync(join(SITE_ROOT, name), html);
  }
  for (const script of SCRIPTS) writeFileSync(join(SITE_ROOT, "third", script.file), standInScript(script));
  writeFileSync(join(SITE_ROOT, "privacy.html"), "<!doctype html><title>Privacy</title><p>Privacy policy.</p>");
  return { siteRoot: SITE_ROOT, files };
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
