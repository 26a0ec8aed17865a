// Global Privacy Control: marketing (globalPrivacyControl.deny) stays off under Accept all.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, settle, load, button, dialog, categorySwitch, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

async function gpcPage(t) {
  const page = await h.newPage(t);
  h.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true, configurable: true }),
  );
  return page;
}

test("under GPC, Accept all grants functional but not marketing; nothing from marketing loads", async (t) => {
  const page = await gpcPage(t);
  await load(page, h.url("/tagged.html"));
  assert.equal(await page.evaluate(() => navigator.globalPrivacyControl), true);
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("functional-inline"), "functional scripts");
  await settle(page);
  const consent = await page.evaluate(() => window.Assent.getConsent());
  assert.deepEqual([...consent.categories].sort(), ["functional", "necessary"]);
  assert.deepEqual(await ran(page), ["necessary-inline", "analytics", "functional-inline", "no-marketing"]);
  assert.ok(
    h.thirdPartyPaths().every((p) => p.includes("name=analytics")),
    h.thirdPartyPaths().join(),
  );
  assert.equal(await page.locator("iframe").getAttribute("src"), null);
});

test("under GPC the preference center says the signal was honoured, and marketing can still be switched on", async (t) => {
  const page = await gpcPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Customize").click();
  const prefs = dialog(page);
  await prefs.waitFor();
  assert.match(await prefs.innerText(), /Global Privacy Control|GPC/i);
  const marketing = categorySwitch(prefs, "Marketing");
  assert.equal(await marketing.isChecked(), false);
  await marketing.click();
  await button(prefs, "Save choices").click();
  await waitFor(async () => (await ran(page)).includes("pardot"), "marketing scripts after an explicit choice");
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing")), true);
});

test("without GPC, Accept all grants marketing too", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("pardot"), "marketing scripts");
});
