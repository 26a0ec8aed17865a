// The split drop-in (README "Loading"): dist/assent-core.js in <head>, the UI from dist/assent-ui.js only
// when something must be shown, under a strict CSP that allows scripts by nonce.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
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
  configWith,
} from "./helpers.mjs";

let h;
before(async () => (h = await startHarness({ csp: true })));
after(() => h.close());

/** The site's requests for the UI file since the last clearLog(). */
const uiRequests = () => h.servers.requests.filter((r) => r.origin === "site" && r.path.startsWith("/dist/assent-ui.js"));

test("first visit: the banner comes from the UI file, Accept all runs the tagged scripts in document order", async (t) => {
  const page = await h.newPage(t);
  h.servers.clearLog();
  await load(page, h.url("/split.html"));
  await button(page, "Accept all").waitFor();
  assert.equal(uiRequests().length, 1);
  assert.deepEqual(h.thirdPartyPaths(), []);
  assert.equal(await page.evaluate(() => typeof window.Assent.acceptAll), "function");
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3, "three scripts");
  assert.deepEqual(await ran(page), ["slow", "inline", "fast"]);
  assert.deepEqual(await page.errors(), []);
});

test("returning visit: scripts run from the stored choice, the UI file is not loaded and no UI is built", async (t) => {
  const page = await h.newPage(t);
  await acceptAllAndReturn(page, h.url("/split.html"), () => h.servers.clearLog());
  await settle(page);
  assert.deepEqual(await ran(page), ["slow", "inline", "fast"]);
  assert.equal(uiRequests().length, 0);
  assert.equal(await shadowHostCount(page), 0);
  assert.notEqual(await page.evaluate(() => window.Assent.getConsent()), null);
  assert.deepEqual(await page.errors(), []);
});

test("returning visit: the preference link loads the UI and opens the preference center", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/split.html"));
  await button(page, "Reject all").click();
  await page.reload();
  await settle(page);
  h.servers.clearLog();
  await page.getByRole("link", { name: "Cookie settings" }).click();
  await dialog(page).waitFor();
  assert.equal(uiRequests().length, 1);
  await button(dialog(page), "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3, "three scripts");
  assert.deepEqual(await page.errors(), []);
});

/** The site's requests for a file of dist/ since the last clearLog(). */
const distRequests = (file) => h.servers.requests.filter((r) => r.origin === "site" && r.path.startsWith(`/dist/${file}`));

test("banner first (data-ui names assent-banner.js): a German page's banner with the fetched strings, Customize brings assent-ui.js", async (t) => {
  // split.html with its core naming the banner-first UI, in German.
  h.route("/split.html", (original) => ({
    file: original.file,
    body: original.body
      .toString()
      .replace('<html lang="en">', '<html lang="de">')
      .replace('src="/dist/assent-core.js"', 'src="/dist/assent-core.js" data-ui="/dist/assent-banner.js"')
      .replace("{{CONSENT_JSON}}", () => configWith({ languages: ["en", "de"] }).replaceAll("<", "\\u003c")),
  }));
  const page = await h.newPage(t);
  h.servers.clearLog();
  await load(page, h.url("/split.html"));
  await button(page, "Alle akzeptieren").waitFor();
  assert.equal(distRequests("assent-banner.js").length, 1);
  assert.equal(distRequests("locales/de.json").length, 1);
  assert.equal(distRequests("assent-ui.js").length, 0);
  await button(page, "Anpassen").click();
  await dialog(page).waitFor();
  assert.equal(distRequests("assent-ui.js").length, 1);
  assert.equal(await shadowHostCount(page), 1);
  await button(dialog(page), "Alle akzeptieren").click();
  await waitFor(async () => (await ran(page)).length === 3, "three scripts");
  assert.deepEqual(await ran(page), ["slow", "inline", "fast"]);
  assert.deepEqual(await page.errors(), []);
});
