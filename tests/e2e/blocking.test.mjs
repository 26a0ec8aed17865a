// Tagged content: nothing before consent; Accept all / Reject all / Customize run exactly what was granted.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, settle, load, button, dialog, categorySwitch, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

test("nothing tagged is requested or run before a choice; required content runs at once", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Accept all").waitFor();
  assert.deepEqual(h.thirdPartyPaths(), [], "no request may reach the third-party origin");
  assert.deepEqual(await ran(page), ["necessary-inline"]);
  assert.equal(await page.evaluate(() => window.pageScriptRan), true, "the page's own script runs");
  assert.equal(await page.locator("iframe").getAttribute("src"), null);
  assert.equal(await page.locator("img").getAttribute("src"), null);
  assert.equal(await page.evaluate(() => window.Assent.getConsent()), null);
  assert.equal(await page.evaluate(() => window.Assent.allowed("necessary")), true);
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing")), false);
});

test("Accept all runs every tagged script exactly once, loads the frame and the pixel", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("pardot"), "marketing scripts");
  await settle(page);
  assert.deepEqual(await ran(page), ["necessary-inline", "analytics", "functional-inline", "albacross", "pardot"]);
  assert.match(await page.locator("iframe").getAttribute("src"), /\/embed\.html\?v=fixture$/);
  assert.match(await page.locator("img").getAttribute("src"), /\/pixel\.gif\?from=doubleclick$/);
  const paths = h.thirdPartyPaths();
  for (const name of ["analytics", "albacross", "pardot"]) {
    assert.equal(paths.filter((p) => p.includes(`name=${name}`)).length, 1, `${name} fetched once`);
  }
  await assert.rejects(button(page, "Accept all").waitFor({ timeout: 1 }), "the banner is gone");
  const consent = await page.evaluate(() => window.Assent.getConsent());
  assert.deepEqual([...consent.categories].sort(), ["functional", "marketing", "necessary"]);
  // Calling it again must not run anything twice.
  await page.evaluate(() => window.Assent.acceptAll());
  await settle(page);
  assert.equal((await ran(page)).length, 5);
});

test("Reject all runs nothing that needs consent, but runs !marketing content", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Reject all").click();
  await waitFor(async () => (await ran(page)).includes("no-marketing"), "the !marketing script");
  await settle(page);
  assert.deepEqual(await ran(page), ["necessary-inline", "no-marketing"]);
  assert.deepEqual(h.thirdPartyPaths(), []);
  const consent = await page.evaluate(() => window.Assent.getConsent());
  assert.deepEqual(consent.categories, ["necessary"]);
  assert.equal(await page.locator("iframe").getAttribute("src"), null);
});

test("Customize → switch one category on → Save choices runs only that category", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Customize").click();
  const prefs = dialog(page);
  await prefs.waitFor();
  assert.equal(await prefs.getAttribute("aria-modal"), "true");
  const necessary = categorySwitch(prefs, "Strictly necessary");
  assert.equal(await necessary.isChecked(), true, "required category shown on");
  assert.equal(await necessary.isDisabled(), true, "required category can't be switched off");
  const functional = categorySwitch(prefs, "Functional and performance");
  const marketing = categorySwitch(prefs, "Marketing");
  assert.equal(await functional.isChecked(), false, "no choice is pre-made");
  assert.equal(await marketing.isChecked(), false, "no choice is pre-made");
  await functional.click();
  assert.equal(await functional.isChecked(), true);
  await button(prefs, "Save choices").click();
  await prefs.waitFor({ state: "hidden" });
  await waitFor(async () => (await ran(page)).includes("functional-inline"), "functional scripts");
  await settle(page);
  assert.deepEqual(await ran(page), ["necessary-inline", "analytics", "functional-inline", "no-marketing"]);
  assert.ok(
    h.thirdPartyPaths().every((p) => p.includes("name=analytics")),
    "only the analytics script was fetched",
  );
  const consent = await page.evaluate(() => window.Assent.getConsent());
  assert.deepEqual([...consent.categories].sort(), ["functional", "necessary"]);
  assert.equal(await page.evaluate(() => window.Assent.allowed("functional", "google-analytics")), true);
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing", "albacross")), false);
});

test("content tagged after load waits for consent, then runs", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.type = "text/plain";
    script.dataset.category = "functional";
    script.textContent = '(window.thirdPartyRan = window.thirdPartyRan || []).push("late")';
    document.body.append(script);
  });
  await page.evaluate(() => new Promise(requestAnimationFrame)); // the MutationObserver has had its turn
  assert.ok(!(await ran(page)).includes("late"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("late"), "the late script");
  // Inserted after the choice: runs straight away.
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.dataset.category = "marketing";
    frame.dataset.src = document.querySelector("iframe").src.replace("fixture", "late");
    frame.title = "Late video";
    document.body.append(frame);
  });
  await waitFor(() => page.locator('iframe[title="Late video"]').getAttribute("src"), "the late frame to load");
});
