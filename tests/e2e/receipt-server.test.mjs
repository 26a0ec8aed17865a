// The receipt server (server/, `assent-receipts`) with the real drop-in in Chromium: the receipt the page
// sends crosses origins with credentialed CORS, its textHash equals the server's own hash of that
// language's text, and the dashboard renders under its strict CSP with no console error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { startHarness, load, button, waitFor, watchErrors, CONFIG, EXAMPLE_SITE, SCREENSHOTS } from "./helpers.mjs";

const CONFIG_FILE = fileURLToPath(new URL("../../examples/consent.json", import.meta.url));
const TOKEN = "e2e-token";
const DAY = 86400000;
let h, app, receiptServer, receiptOrigin, dataDir, registry;

before(async () => {
  await import("../../server/build.mjs"); // the server runs the SDK's modules from server/dist/sdk.mjs
  const { createReceiptServer } = await import("../../server/lib/server.mjs");
  const { loadConfigs, shownTexts } = await import("../../server/lib/configs.mjs");
  h = await startHarness();
  dataDir = mkdtempSync(join(tmpdir(), "assent-e2e-receipts-"));
  seedNinetyDays(join(dataDir, "spool"));
  app = await createReceiptServer({
    configs: [CONFIG_FILE],
    origins: [h.servers.siteOrigin],
    dataDir,
    retentionDays: 1461,
    rateLimit: 0,
    token: TOKEN,
    controllerName: "Kedjeverket AB",
  });
  receiptServer = await app.listen(0, "127.0.0.1");
  // Another origin than the site's (its own port), so the receipts cross origins with credentialed CORS.
  receiptOrigin = `http://localhost:${receiptServer.address().port}`;
  registry = new Map(shownTexts(loadConfigs([CONFIG_FILE])).map((t) => [t.language, t.hash]));
});
after(async () => {
  await h.close();
  await new Promise((resolve) => receiptServer.close(resolve));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Three months of earlier receipts, so the dashboard has something to draw (replayed from the spool at start). */
function seedNinetyDays(spool) {
  mkdirSync(spool, { recursive: true });
  const choices = [
    ["accept_all", ["necessary", "functional", "marketing"]],
    ["reject_all", ["necessary"]],
    ["custom", ["necessary", "functional"]],
    ["custom", ["necessary", "marketing"]],
  ];
  const rows = [];
  for (let day = 89; day >= 0; day--) {
    for (let i = 0; i < 8 + ((day * 7) % 11); i++) {
      const [action, categories] = i % 13 == 12 ? ["withdraw", ["necessary"]] : choices[(day + i * 3) % (i % 2 ? 4 : 3)];
      const at = Date.now() - day * DAY - i * 60000;
      rows.push({
        id: randomUUID(),
        consent_id: `seed-${day}-${i}`,
        revision: CONFIG.revision,
        categories: JSON.stringify(categories),
        services: "[]",
        action,
        source: "banner",
        language: "sv",
        text_hash: "",
        text_known: 0,
        url: "https://www.kedjeverket.se/",
        client_time: new Date(at).toISOString(),
        received_at: at,
      });
    }
  }
  writeFileSync(join(spool, "0-seed.ndjson"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
}

async function receiptsOf(consentId) {
  const res = await fetch(`${receiptOrigin}/receipts/${consentId}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return (await res.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

for (const [lang, acceptAll] of [
  ["en", "Accept all"],
  ["sv", "Godkänn alla"],
]) {
  test(`${lang}: the drop-in's receipt is stored by the server, and its textHash is the server's hash of the ${lang} text`, async (t) => {
    const page = await h.newPage(t);
    // Served by the site's server, not by page.route(): Chromium treats a page without an address as public and
    // then refuses its requests to loopback (Local Network Access), which a real site on a real host never meets.
    await load(page, h.url(`/receipt-server.html?lang=${lang}&endpoint=${encodeURIComponent(receiptOrigin + "/receipts")}`));
    await button(page, acceptAll).click();
    const consent = await page.evaluate(() => window.Assent.getConsent());
    const [stored] = await waitFor(async () => {
      const found = await receiptsOf(consent.id);
      return found.length ? found : null;
    }, "the receipt in the server's export");
    assert.equal(stored.language, lang);
    assert.equal(stored.action, "accept_all");
    assert.equal(stored.textHash, registry.get(lang), "the browser's textHash equals the server's hash of the same text");
    assert.equal(stored.textKnown, true);
    assert.ok(stored.text.length > 100, "the export carries the text the visitor read");
    assert.deepEqual(page.errors, [], "no CORS or other console error");
  });
}

test("the dashboard shows 90 days of charts under its strict CSP, without a console error", async (t) => {
  for (const [name, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 360, height: 800 }],
  ]) {
    const page = await h.newPage(t, { viewport, extraHTTPHeaders: { authorization: `Bearer ${TOKEN}` } });
    const response = await page.goto(`${receiptOrigin}/dashboard`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()["content-security-policy"], /default-src 'none'/);
    // One bar per optional category (functional, marketing) and the chart of choices per day.
    assert.equal(await page.locator("svg").count(), 3);
    assert.equal(await page.locator("script").count(), 0);
    // The stylesheet applied (it is allowed by nonce): the legend's swatches have their colour.
    const swatch = await page.locator(".k-accept_all").evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(swatch, "rgb(46, 125, 50)");
    const bars = await page.locator("svg rect title").count();
    assert.ok(bars >= 90, `a bar per day and action (${bars})`);
    assert.deepEqual(page.errors, []);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${name}.png`), fullPage: true });
  }
  const anonymous = await fetch(`${receiptOrigin}/dashboard`);
  assert.equal(anonymous.status, 401);
});

test("the demo (npm start) keeps receipts on the site's own origin and its answer renews the choice cookie", async (t) => {
  const { startServers } = await import("../../examples/server.mjs");
  const { startReceiptServer } = await import("../../examples/receipt-server.mjs");
  const receipts = await startReceiptServer();
  const demo = await startServers({ siteRoot: EXAMPLE_SITE, mount: receipts.mount });
  t.after(async () => {
    await demo.close();
    await receipts.close();
  });
  const context = await h.browser.newContext();
  t.after(() => context.close());
  const page = watchErrors(await context.newPage());
  await load(page, demo.siteOrigin + "/en/");
  const answer = page.waitForResponse((response) => response.url().endsWith("/consent-receipts"));
  await button(page, "Accept all").click();
  const response = await answer;
  assert.equal(response.status(), 204);
  const [cookie] = (await context.cookies()).filter((c) => c.name == "assent");
  const setCookie = await response.headerValue("set-cookie");
  assert.equal(setCookie, `assent=${cookie.value}; Max-Age=${365 * 86400}; Path=/; SameSite=Lax`);
  const consent = await page.evaluate(() => window.Assent.getConsent());
  const exported = await fetch(`${demo.siteOrigin}/receipts/${consent.id}`, {
    headers: { authorization: `Bearer ${receipts.token}` },
  });
  const [stored] = (await exported.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.equal(stored.textKnown, true);
});
