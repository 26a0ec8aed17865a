// The site build (README "Loading"): `assent build` makes a site's own split drop-in — the config
// inlined in the core, the UI with the config's languages only — which must behave as the drop-in with
// the same config. The files are built here with the packaged command (bin/assent.mjs, dist/cli.mjs),
// the core inlined in <head> as the README recommends, under a strict CSP (scripts by nonce).
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  startHarness,
  settle,
  load,
  button,
  dialog,
  ran,
  shadowHostCount,
  waitFor,
  acceptAllAndReturn,
  CONFIG,
} from "./helpers.mjs";

const ASSENT = fileURLToPath(new URL("../../bin/assent.mjs", import.meta.url));
const SITE = mkdtempSync(join(tmpdir(), "assent-site-build-"));

/** The tagged content of the page: three scripts in document order and a frame with a placeholder. */
const BODY = `
    <h1>Site build</h1>
    <p><a href="#" data-assent-preferences>Cookie settings</a></p>
    <script type="text/plain" data-category="functional" src="{{THIRD_PARTY}}/mark.js?name=slow&delay=150"></script>
    <script type="text/plain" data-category="functional" nonce="{{NONCE}}">
      (window.thirdPartyRan = window.thirdPartyRan || []).push("inline");
    </script>
    <script type="text/plain" data-category="functional" src="{{THIRD_PARTY}}/mark.js?name=fast"></script>
    <iframe data-category="marketing" data-service="youtube" data-src="{{THIRD_PARTY}}/embed.html?v=fixture" title="Fitting video"></iframe>`;

/** Writes SITE/<page>.html in `lang` with the core built into SITE/<name>/ inlined; `extra` ends the body. */
function writePage(page, name, lang, extra = "") {
  const core = readFileSync(join(SITE, name, "assent-core.js"), "utf8");
  writeFileSync(
    join(SITE, `${page}.html`),
    `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Site build</title>
    <script nonce="{{NONCE}}" data-ui="/${name}/assent-ui.js">${core}</script>
  </head>
  <body>${BODY}${extra}
  </body>
</html>
`,
  );
}

/** Builds `config` into SITE/<name>/ with `assent build`; returns what the command printed. */
function buildSite(name, config) {
  const file = join(SITE, `${name}.json`);
  writeFileSync(file, JSON.stringify(config));
  return execFileSync(process.execPath, [ASSENT, "build", file, "--out", join(SITE, name)], { encoding: "utf8" });
}

/** The example config without its receipt endpoint: the leanest core (no auto-blocking, no receipts). */
const { consentLog, ...lean } = CONFIG;
void consentLog;
/** The example config with its receipts and one service's urls: the core with every part. */
const full = {
  ...CONFIG,
  categories: CONFIG.categories.map((c) =>
    c.id == "marketing"
      ? { ...c, services: [...c.services, { id: "tp", title: "Third party", urls: ["127.0.0.1/mark.js"] }] }
      : c,
  ),
};
const outputs = {};

let h;
before(async () => {
  outputs.lean = buildSite("lean", lean);
  outputs.full = buildSite("full", full);
  writePage("lean", "lean", "en");
  writePage("lean-sv", "lean", "sv");
  // Untagged, inserted by a page script: auto-blocking holds it until marketing is allowed.
  const inserted = `
    <script nonce="{{NONCE}}">
      const s = document.createElement("script");
      s.src = "{{THIRD_PARTY}}/mark.js?name=dynamic";
      document.body.appendChild(s);
    </script>`;
  writePage("full", "full", "en", inserted);
  h = await startHarness({ siteRoot: SITE, csp: true });
});
after(async () => {
  await h.close();
  rmSync(SITE, { recursive: true, force: true });
});
beforeEach(() => h.servers.clearLog());

/** The site's requests for a built UI file since the last clearLog(). */
const uiRequests = () => h.servers.requests.filter((r) => r.origin === "site" && /assent-ui\.js/.test(r.path));
/** Requests for anything of the packaged dist/: a site build needs none (no config, no language file). */
const distRequests = () => h.servers.requests.filter((r) => r.origin === "site" && r.path.startsWith("/dist/"));

test("the command picks the lean core for a config without urls or consentLog, the full one with both", () => {
  assert.match(outputs.lean, /assent-core\.js: [\d.]+ KiB \(core: the config inlined\)/);
  assert.match(outputs.lean, /assent-ui\.js: [\d.]+ KiB \(languages: en, sv\)/);
  assert.match(outputs.full, /\(core-autoblock-receipts: the config inlined\)/);
});

test("first visit: the banner in the page's language, Accept all runs the tagged scripts in document order", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/lean.html"));
  await button(page, "Accept all").waitFor();
  assert.equal(uiRequests().length, 1);
  assert.deepEqual(distRequests(), []);
  assert.deepEqual(h.thirdPartyPaths(), []);
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3, "three scripts");
  assert.deepEqual(await ran(page), ["slow", "inline", "fast"]);
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the frame to load");
  assert.deepEqual(await page.evaluate(() => window.Assent.getConsent().categories), ["necessary", "functional", "marketing"]);
  assert.deepEqual(await page.errors(), []);
});

test("returning visit: scripts run from the stored choice, no UI file is loaded and no UI is built", async (t) => {
  const page = await h.newPage(t);
  await acceptAllAndReturn(page, h.url("/lean.html"), () => h.servers.clearLog());
  await settle(page);
  assert.deepEqual(await ran(page), ["slow", "inline", "fast"]);
  assert.equal(uiRequests().length, 0);
  assert.equal(await shadowHostCount(page), 0);
  await waitFor(() => h.thirdPartyPaths().includes("/embed.js"), "the frame's content");
  // Firefox 153 reports an `error` event on the frame revived while the page is parsed, though the frame
  // loads (its page, stylesheet and script are requested, above); seen only with this faster core.
  const frameNoise = /^Failed to load resource: <iframe> .*\/embed\.html\?v=fixture$/;
  assert.deepEqual(
    (await page.errors()).filter((e) => !(h.engine == "firefox" && frameNoise.test(e))),
    [],
  );
});

test("Reject all: nothing from the third party; the frame's placeholder allows it alone; the link reopens the preference center", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/lean.html"));
  await button(page, "Reject all").click();
  await settle(page);
  assert.deepEqual(h.thirdPartyPaths(), []);
  await page.reload();
  await settle(page);
  const allow = page.getByRole("button", { name: /allow/i });
  await allow.waitFor();
  await allow.click();
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the frame to load");
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing", "youtube")), true);
  assert.equal(await page.evaluate(() => window.Assent.allowed("functional")), false);
  assert.deepEqual(await ran(page), []);
  await page.getByRole("link", { name: "Cookie settings" }).click();
  await dialog(page).waitFor();
  await button(dialog(page), "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3, "three scripts");
  assert.deepEqual(await page.errors(), []);
});

test("a Swedish page gets the Swedish banner from the built UI, with nothing fetched", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/lean-sv.html"));
  await button(page, "Godkänn alla").waitFor();
  assert.deepEqual(distRequests(), []);
  assert.equal(uiRequests().length, 1);
  assert.deepEqual(await page.errors(), []);
});

test("full core: an untagged script from a listed URL waits for consent; receipts are sent", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/full.html"));
  await button(page, "Accept all").waitFor();
  assert.deepEqual(h.thirdPartyPaths(), []);
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("dynamic"), "the held-back script");
  await waitFor(async () => (await ran(page)).length === 4, "four scripts");
  assert.deepEqual(
    (await ran(page)).filter((name) => name != "dynamic"),
    ["slow", "inline", "fast"],
  );
  await waitFor(
    () => h.servers.requests.some((r) => r.origin === "site" && r.path === "/consent-receipts" && r.method === "POST"),
    "the receipt",
  );
  assert.deepEqual(await page.errors(), []);
});
