// The receipt server (server/, `assent-receipts`) with the real drop-in in every engine: the receipt the page
// sends crosses origins with credentialed CORS, its textHash equals the server's own hash of that
// language's text, and the dashboard renders under its strict CSP with no console error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createServer } from "node:http";
import { startHarness, load, settle, button, waitFor, CONFIG, EXAMPLE_SITE, SCREENSHOTS } from "./helpers.mjs";

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
    assert.deepEqual(await page.errors(), [], "no CORS or other console error");
  });
}

/**
 * A front that adds the admin token to every request, as a reverse proxy in front of the dashboard would:
 * WebDriver has no way to add a request header, so this is how every engine opens the dashboard.
 */
async function withToken(t) {
  const front = createServer(async (req, res) => {
    const answer = await fetch(receiptOrigin + req.url, { headers: { authorization: `Bearer ${TOKEN}` } });
    res.writeHead(
      answer.status,
      Object.fromEntries(
        [...answer.headers].filter(([name]) => !/^(content-length|content-encoding|transfer-encoding|connection)$/.test(name)),
      ),
    );
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise((resolve) => front.listen(0, "127.0.0.1", resolve));
  t.after(() => new Promise((resolve) => (front.closeAllConnections(), front.close(resolve))));
  return `http://localhost:${front.address().port}`;
}

test("the dashboard shows 90 days of charts under its strict CSP", async (t) => {
  const dashboard = `${await withToken(t)}/dashboard`;
  const response = await fetch(dashboard);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-security-policy"), /default-src 'none'/);
  for (const [name, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 360, height: 800 }],
  ]) {
    const page = await h.newPage(t, { viewport });
    await page.goto(dashboard);
    // One bar per optional category (functional, marketing) and the chart of choices per day.
    assert.equal(await page.locator("svg").count(), 3);
    assert.equal(await page.locator("script").count(), 0);
    // The stylesheet applied (it is allowed by nonce): the legend's swatches have their colour.
    const swatch = await page.locator(".k-accept_all").evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(swatch, "rgb(46, 125, 50)");
    const bars = await page.locator("svg rect title").count();
    assert.ok(bars >= 90, `a bar per day and action (${bars})`);
    // Console errors are not observed here: the dashboard's CSP (rightly) refuses the test's error probe.
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot(join(SCREENSHOTS, `dashboard-${name}.png`), { fullPage: true });
    await page.close(); // WebKit runs one page at a time
  }
  const anonymous = await fetch(`${receiptOrigin}/dashboard`);
  assert.equal(anonymous.status, 401);
});

test("the demo (npm start) keeps receipts on the site's own origin and its answer renews the choice cookie", async (t) => {
  const { startServers } = await import("../../examples/server.mjs");
  const { startReceiptServer } = await import("../../examples/receipt-server.mjs");
  const receipts = await startReceiptServer();
  // The answers of the receipt endpoint, as the browser received them (status and Set-Cookie).
  const answers = [];
  const mount = async (req, res, path) => {
    if (path == "/consent-receipts") {
      const writeHead = res.writeHead;
      res.writeHead = function (status, ...rest) {
        const headers = rest.find((arg) => arg && typeof arg == "object") || {};
        const setCookie = Object.entries(headers).find(([name]) => name.toLowerCase() == "set-cookie");
        answers.push({ status, setCookie: setCookie ? setCookie[1] : res.getHeader("set-cookie") });
        return writeHead.call(this, status, ...rest);
      };
    }
    return receipts.mount(req, res, path);
  };
  const demo = await startServers({ siteRoot: EXAMPLE_SITE, mount });
  t.after(async () => {
    await demo.close();
    await receipts.close();
  });
  const page = await h.newPage(t);
  page.servers = demo; // the page comes from the demo's servers: settle() watches their requests
  await load(page, demo.siteOrigin + "/en/");
  await button(page, "Accept all").click();
  const [response] = await waitFor(() => answers.length && answers, "the receipt endpoint's answer");
  await settle(page);
  assert.equal(response.status, 204);
  const [cookie] = (await page.cookies()).filter((c) => c.name == "assent");
  assert.equal(response.setCookie, `assent=${cookie.value}; Max-Age=${365 * 86400}; Path=/; SameSite=Lax`);
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
