// Proof of consent: one receipt per recorded choice, POSTed to consentLog.endpoint, with the contract's shape.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, load, button, dialog, categorySwitch, waitFor, configWith } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

const KEYS = ["action", "categories", "consentId", "language", "revision", "services", "source", "textHash", "timestamp", "url"];

async function receipt(n) {
  await waitFor(() => h.servers.receipts.length >= n, `receipt #${n}`);
  return h.servers.receipts[n - 1];
}

function assertShape(r) {
  assert.deepEqual(Object.keys(r).sort(), KEYS);
  assert.equal(typeof r.consentId, "string");
  assert.ok(r.consentId.length >= 8, "a random id");
  assert.equal(r.revision, 1);
  assert.ok(Array.isArray(r.categories) && Array.isArray(r.services));
  assert.match(r.textHash, /^[0-9a-f]{64}$/);
  assert.ok(!Number.isNaN(Date.parse(r.timestamp)) && /^\d{4}-\d\d-\d\dT/.test(r.timestamp), r.timestamp);
  assert.ok(Math.abs(Date.parse(r.timestamp) - Date.now()) < 60_000, "timestamp is now");
}

test("Accept all in the banner sends accept_all / banner with the page URL without query or fragment", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html?utm_source=test#top"));
  await button(page, "Accept all").click();
  const r = await receipt(1);
  assertShape(r);
  assert.equal(r.action, "accept_all");
  assert.equal(r.source, "banner");
  assert.equal(r.language, "en");
  assert.equal(r.url, h.url("/tagged.html"));
  assert.deepEqual([...r.categories].sort(), ["functional", "marketing", "necessary"]);
  const consent = await page.evaluate(() => window.Assent.getConsent());
  assert.equal(r.consentId, consent.id);
  assert.deepEqual([...r.services].sort(), [...consent.services].sort());
  const posts = h.servers.requests.filter((q) => q.path === "/consent-receipts");
  assert.equal(posts.length, 1, "one receipt per choice");
  assert.equal(posts[0].method, "POST");
});

test("later choices keep the consent id; reset() sends withdraw / api and the next choice gets a new id", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Reject all").click();
  const first = await receipt(1);
  assertShape(first);
  assert.equal(first.action, "reject_all");
  assert.deepEqual(first.categories, ["necessary"]);

  await page.getByRole("link", { name: "Cookie settings" }).click();
  await categorySwitch(dialog(page), "Functional and performance").click();
  await button(dialog(page), "Save choices").click();
  const second = await receipt(2);
  assertShape(second);
  assert.equal(second.action, "custom");
  assert.equal(second.source, "preferences");
  assert.equal(second.consentId, first.consentId);
  assert.deepEqual([...second.categories].sort(), ["functional", "necessary"]);

  await page.evaluate(() => window.Assent.reset());
  const third = await receipt(3);
  assertShape(third);
  assert.equal(third.action, "withdraw");
  assert.equal(third.source, "api");
  assert.equal(third.consentId, first.consentId);

  await button(page, "Accept all").click();
  const fourth = await receipt(4);
  assert.notEqual(fourth.consentId, first.consentId, "a new id after reset()");
  assert.equal(h.servers.receipts.length, 4);
});

test("a withdrawal that reloads the page (reloadOnWithdraw) still sends its receipt", async (t) => {
  const page = await h.newPage(t);
  h.route("/consent.json", () => ({ file: "consent.json", body: configWith({ reloadOnWithdraw: true }) }));
  await load(page, h.url("/tagged.html"));
  await button(page, "Accept all").click();
  await receipt(1);
  await page.evaluate(() => (window.beforeReload = true));
  await page.getByRole("link", { name: "Cookie settings" }).click();
  await button(dialog(page), "Reject all").click();
  // The reload happened (the page's own state is gone) and the withdrawal's receipt reached the server.
  const flag = () => page.evaluate(() => window.beforeReload).catch(() => "navigating");
  await waitFor(async () => (await flag()) === undefined, "the reload");
  const second = await receipt(2);
  assert.equal(second.action, "reject_all");
  assert.deepEqual(second.categories, ["necessary"]);
});

test("the placeholder's button sends custom / placeholder", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await page.getByRole("button", { name: /allow/i }).click();
  const r = await receipt(1);
  assertShape(r);
  assert.equal(r.action, "custom");
  assert.equal(r.source, "placeholder");
  // The button grants only the frame's service (README "Tagging third-party content"), not its category.
  assert.ok(r.services.includes("youtube") && !r.services.includes("pardot"), r.services.join());
  assert.deepEqual(r.categories, ["necessary"]);
});

test("the text hash changes with the texts shown (Swedish vs English)", async (t) => {
  const en = await h.newPage(t);
  await load(en, h.url("/tagged.html"));
  await button(en, "Accept all").click();
  const english = await receipt(1);
  await en.close(); // a fresh page with no stored choice (and WebKit runs one page at a time)
  const sv = await h.newPage(t);
  h.route("/tagged.html", (original) => ({
    ...original,
    body: original.body.toString().replace('<html lang="en">', '<html lang="sv">'),
  }));
  await load(sv, h.url("/tagged.html"));
  await button(sv, "Godkänn alla").click();
  const swedish = await receipt(2);
  assert.equal(swedish.language, "sv");
  assert.notEqual(swedish.textHash, english.textHash);
});
