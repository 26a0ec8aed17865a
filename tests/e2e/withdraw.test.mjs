// Withdrawing consent stops every tagged script that has not started: only a download already under way can run.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, settle, load, button, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

/** Whether the page asked the third party for its first tagged script, the one the server holds back 2 s. */
const slowRequested = () => h.servers.requests.some((r) => r.origin === "third" && r.path.startsWith("/mark.js"));

for (const withdraw of ["rejectAll", "reset"]) {
  test(`${withdraw}() while a slow tagged script downloads: nothing queued after it runs`, async (t) => {
    const page = await h.newPage(t);
    await load(page, h.url("/withdraw.html"));
    await button(page, "Accept all").click();
    // The content starts in the task after the click's (src/assent.ts, `rescan`): withdraw once the slow one downloads.
    await waitFor(() => slowRequested(), "the slow script's request");
    await page.evaluate((method) => window.Assent[method](), withdraw);
    assert.equal(await page.evaluate(() => window.Assent.allowed("functional")), false);
    // The slow script (2 s) was already downloading: it may still run; the inline, external and module after it not.
    await waitFor(async () => (await ran(page)).includes("slow"), "the slow script", 6000);
    await settle(page);
    await page.waitForTimeout(300);
    assert.deepEqual(await ran(page), ["slow"]);
    const blocked = await page.locator('script[type="text/plain"][data-category="functional"]').count();
    assert.equal(blocked, 3, "the three scripts that never started are still blocked");
  });
}

test("a later grant runs what a withdrawal skipped, once, in document order", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/withdraw.html"));
  await button(page, "Accept all").click();
  await waitFor(() => slowRequested(), "the slow script's request");
  await page.evaluate(() => window.Assent.rejectAll());
  await waitFor(async () => (await ran(page)).includes("slow"), "the slow script", 6000);
  await page.evaluate(() => window.Assent.acceptAll());
  await waitFor(async () => (await ran(page)).length === 4, "the scripts skipped before");
  await settle(page);
  assert.deepEqual(await ran(page), ["slow", "inline", "fast", "module"]);
});

test("a tagged inline module runs before the tagged classic script after it (document order)", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/module-order.html"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 4, "four scripts");
  assert.deepEqual(await ran(page), ["inline-module", "inline-classic", "external-module", "inline-classic-2"]);
  assert.deepEqual(await page.errors(), []);
});
