// The README's "Real tags" recipes, run exactly as written there: each vendor's host is served by a local stand-in
// (examples/third-party/<host>/…), and nothing may reach it before consent; after Accept all everything loads.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHarness, settle, load, button, ran, waitFor } from "./helpers.mjs";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const STAND_INS = new URL("../../examples/third-party/", import.meta.url);
const section = README.split("\n## Real tags\n")[1].split("\n## ")[0];
const recipes = section
  .split("\n### ")
  .slice(1)
  .map((text) => ({
    name: text.split("\n")[0],
    json: [...text.matchAll(/```json\n([\s\S]*?)```/g)].flatMap((m) => [JSON.parse(m[1])].flat()),
    html: [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).join("\n"),
  }));

const ANALYTICS = ["google-analytics", "tag-manager", "hotjar"];
// What each recipe must show, by its heading: what ran and was requested after consent, and what (if anything) the
// third party may serve before consent.
const EXPECTED = {
  "Google tag (gtag.js)": { ran: ["gtag.js"] },
  "Google Tag Manager, held until consent": { ran: ["gtm.js", "hotjar"] },
  "Google Tag Manager, loaded at once with Consent Mode": {
    ranBefore: ["gtm.js"],
    requestedBefore: ["/www.googletagmanager.com/gtm.js?id=GTM-XXXXXXX"],
    ran: ["gtm.js", "hotjar"],
    requested: ["/www.facebook.com/tr?id=0&ev=PageView&from=gtm"],
  },
  "Meta Pixel and snippets like it": { ran: ["fbevents.js"] },
  Hotjar: { ran: ["hotjar"] },
  "LinkedIn Insight Tag": { ran: ["insight"] },
  "YouTube, Vimeo and Google Maps embeds": {
    ran: [],
    requested: ["/www.youtube.com/embed/VIDEO_ID", "/player.vimeo.com/video/76979871", "/www.google.com/maps/embed?pb=!1m18"],
  },
};

/** The vendor hosts the stand-ins serve, e.g. `static.hotjar.com`. */
const standInHosts = readdirSync(STAND_INS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * A README pattern for the stand-ins, which serve each vendor host under a path of their own origin:
 * `connect.facebook.net` → `127.0.0.1/connect.facebook.net`, and `*.hotjar.com/x` → `127.0.0.1/static.hotjar.com/x`
 * for each known host it covers.
 */
function localPatterns(pattern, hosts) {
  const [host, ...path] = pattern.split("/");
  const local = (h) => ["127.0.0.1", h, ...path].join("/");
  if (!host.startsWith("*.")) return [local(host)];
  return hosts.filter((h) => h == host.slice(2) || h.endsWith(host.slice(1))).map(local);
}

/** The recipe as a page: its services in a config (analytics or marketing), its snippets as written, vendor URLs local. */
function recipePage(recipe) {
  const hosts = [...new Set([...standInHosts, ...[...recipe.html.matchAll(/https:\/\/([a-z0-9.-]+)\//g)].map((m) => m[1])])];
  const services = recipe.json.map((service) => ({ ...service, urls: service.urls.flatMap((p) => localPatterns(p, hosts)) }));
  const config = {
    categories: [
      { id: "necessary", required: true, title: "Necessary" },
      { id: "analytics", title: "Analytics", services: services.filter((s) => ANALYTICS.includes(s.id)) },
      { id: "marketing", title: "Marketing", services: services.filter((s) => !ANALYTICS.includes(s.id)) },
    ],
  };
  const html = recipe.html.replace(/https:\/\/([a-z0-9.-]+)\//g, "{{THIRD_PARTY}}/$1/");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${recipe.name}</title>
<script>window.assentConfig = ${JSON.stringify(config)};</script>
<script src="/dist/assent.js"></script>
</head><body><h1>${recipe.name}</h1>
${html}
</body></html>`;
}

const root = mkdtempSync(join(tmpdir(), "assent-recipes-"));
recipes.forEach((recipe, i) => writeFileSync(join(root, `recipe-${i}.html`), recipePage(recipe)));

let h;
before(async () => (h = await startHarness({ siteRoot: root })));
after(async () => {
  await h.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => h.servers.clearLog());

test("every recipe in the README has its expectations here", () => {
  assert.deepEqual(recipes.map((r) => r.name).sort(), Object.keys(EXPECTED).sort());
});

recipes.forEach((recipe, i) => {
  test(`recipe "${recipe.name}": nothing from the vendor before consent, everything after`, async (t) => {
    const expected = EXPECTED[recipe.name];
    assert.ok(expected, "expectations for this recipe");
    const page = await h.newPage(t);
    await load(page, h.url(`/recipe-${i}.html`));
    await button(page, "Accept all").waitFor();
    assert.deepEqual(h.thirdPartyPaths(), expected.requestedBefore || [], "requests before consent");
    assert.deepEqual(await ran(page), expected.ranBefore || [], "scripts that ran before consent");
    await button(page, "Accept all").click();
    await waitFor(async () => (await ran(page)).length === expected.ran.length, expected.ran.join(", ") || "consent");
    await settle(page);
    assert.deepEqual([...(await ran(page))].sort(), [...expected.ran].sort());
    // Frames are released in tasks after the scripts' (src/browser/tagged-content.ts): wait for each request.
    for (const path of expected.requested || [])
      await waitFor(() => h.thirdPartyPaths().includes(path), `${path} requested after consent`);
  });
});
