// A choice over time: the returning visit, withdrawal, a revision bump, a tampered cookie.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import {
  startHarness,
  settle,
  load,
  button,
  dialog,
  categorySwitch,
  ran,
  cookieNames,
  shadowHostCount,
  waitFor,
  configWith,
} from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

async function acceptAll(page) {
  await load(page, h.url("/tagged.html"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("pardot"), "marketing scripts");
  await settle(page);
}

/** Reloads the tagged page and checks it asks again as on a first visit: banner, no choice, nothing tagged ran or loaded. */
async function reloadAskedAgain(page) {
  h.servers.clearLog();
  await load(page, h.url("/tagged.html"));
  await button(page, "Accept all").waitFor();
  assert.equal(await page.evaluate(() => window.Assent.getConsent()), null);
  assert.deepEqual(await ran(page), ["necessary-inline"]);
  assert.deepEqual(h.thirdPartyPaths(), []);
}

test("the choice is one first-party cookie: Path=/, SameSite=Lax, about a year, small and URL-safe", async (t) => {
  const page = await h.newPage(t);
  await acceptAll(page);
  const cookie = (await page.cookies()).find((c) => c.name === "assent");
  assert.ok(cookie, "an `assent` cookie");
  assert.equal(cookie.path, "/");
  assert.equal(cookie.sameSite, "Lax");
  assert.equal(cookie.httpOnly, false);
  const days = (cookie.expires * 1000 - Date.now()) / 86_400_000;
  assert.ok(days > 364 && days <= 365.01, `expires in ${days} days`);
  assert.ok(cookie.value.length < 400, "under 400 bytes");
  assert.match(cookie.value, /^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/, "URL-safe");
});

test("a returning visit runs tagged content from the stored choice, with no banner and no UI in the DOM", async (t) => {
  const page = await h.newPage(t);
  await acceptAll(page);
  h.servers.clearLog();
  await load(page, h.url("/tagged.html"));
  await waitFor(async () => (await ran(page)).includes("pardot"), "scripts from the stored choice");
  assert.deepEqual(await ran(page), ["necessary-inline", "analytics", "functional-inline", "albacross", "pardot"]);
  assert.match(await page.locator("iframe").getAttribute("src"), /embed\.html/);
  assert.equal(await button(page, "Accept all").count(), 0);
  assert.equal(await shadowHostCount(page), 0, "no UI host until it is needed");
  const consent = await page.evaluate(() => window.Assent.getConsent());
  assert.deepEqual([...consent.categories].sort(), ["functional", "marketing", "necessary"]);
});

test("the stored choice is used without flashing the banner after a refusal, and rejects keep content blocked", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Reject all").click();
  h.servers.clearLog();
  await load(page, h.url("/tagged.html"));
  assert.equal(await button(page, "Accept all").count(), 0);
  assert.deepEqual(await ran(page), ["necessary-inline", "no-marketing"]);
  assert.deepEqual(h.thirdPartyPaths(), []);
});

test("reset() erases the declared cookies and the choice, leaves the site's own cookie, and shows the banner", async (t) => {
  const page = await h.newPage(t);
  await acceptAll(page);
  const before = await cookieNames(page);
  for (const name of ["assent", "_ga", "nQ_cookieId", "visitor_id4711", "site_pref"]) assert.ok(before.includes(name), name);
  const changes = await page.evaluate(() => {
    const seen = [];
    window.Assent.on("change", (change) => seen.push(change));
    window.Assent.reset();
    return seen;
  });
  assert.deepEqual(await cookieNames(page), ["site_pref"]);
  await button(page, "Accept all").waitFor();
  assert.equal(await page.evaluate(() => window.Assent.getConsent()), null);
  assert.equal(await page.evaluate(() => window.Assent.allowed("functional")), false);
  assert.ok(changes.length <= 1);
  if (changes.length) assert.deepEqual([...changes[0].revoked].sort(), ["functional", "marketing"]);
});

test("switching marketing off in the preference center erases only marketing's cookies", async (t) => {
  const page = await h.newPage(t);
  await acceptAll(page);
  await page.getByRole("link", { name: "Cookie settings" }).click();
  const prefs = dialog(page);
  await prefs.waitFor();
  const marketing = categorySwitch(prefs, "Marketing");
  assert.equal(await marketing.isChecked(), true, "the stored choice is pre-set");
  const change = page.evaluate(
    () => new Promise((resolve) => document.addEventListener("assent:change", (e) => resolve(e.detail), { once: true })),
  );
  await marketing.click();
  await button(prefs, "Save choices").click();
  assert.deepEqual(await change, { granted: [], revoked: ["marketing"] });
  const names = await cookieNames(page);
  assert.ok(names.includes("_ga") && names.includes("assent") && names.includes("site_pref"), names.join());
  assert.ok(!names.includes("nQ_cookieId") && !names.includes("visitor_id4711"), names.join());
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing")), false);
});

test("a higher revision asks again: banner, getConsent() null, nothing tagged, old choices pre-set", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Customize").click();
  await categorySwitch(dialog(page), "Functional and performance").click();
  await button(dialog(page), "Save choices").click();
  await waitFor(async () => (await ran(page)).includes("analytics"), "analytics");

  h.route("/consent.json", () => ({ file: "consent.json", body: configWith({ revision: 2 }) }));
  await reloadAskedAgain(page);
  await button(page, "Customize").click();
  assert.equal(await categorySwitch(dialog(page), "Functional and performance").isChecked(), true);
  assert.equal(await categorySwitch(dialog(page), "Marketing").isChecked(), false);
  await button(dialog(page), "Save choices").click();
  assert.equal(await page.evaluate(() => window.Assent.getConsent().revision), 2);
});

for (const [label, spoil] of [
  ["garbage", () => "not-a-consent"],
  ["one character changed", (value) => value.slice(0, 10) + (value[10] === "A" ? "B" : "A") + value.slice(11)],
]) {
  test(`a tampered choice cookie (${label}) shows the banner again and runs nothing`, async (t) => {
    const page = await h.newPage(t);
    await acceptAll(page);
    const cookie = (await page.cookies()).find((c) => c.name === "assent");
    await page.setCookie({ ...cookie, value: spoil(cookie.value) });
    await reloadAskedAgain(page);
    assert.deepEqual(
      (await page.errors()).filter((e) => e.startsWith("pageerror")),
      [],
      "a bad cookie never throws",
    );
  });
}
