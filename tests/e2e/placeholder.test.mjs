// A tagged iframe: an in-place placeholder with a button that allows it; a stored choice loads it with no click.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, load, button, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

const allowButton = (page) => page.getByRole("button", { name: /allow/i });

test("the placeholder names the service; its button loads the frame and grants its category", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await allowButton(page).waitFor();
  assert.equal(await allowButton(page).count(), 1);
  const placeholder = page.getByText("YouTube").first();
  assert.ok(await placeholder.isVisible(), "the placeholder names the service");
  assert.deepEqual(h.thirdPartyPaths(), []);
  await allowButton(page).click();
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the frame to load");
  assert.match(await page.locator("iframe").getAttribute("src"), /\/embed\.html\?v=fixture$/);
  assert.equal(await allowButton(page).count(), 0, "the placeholder is gone");
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing")), true);
  await waitFor(() => h.thirdPartyPaths().some((p) => p.startsWith("/embed.html")), "the frame's request");
  await waitFor(async () => (await ran(page)).includes("pardot"), "the rest of marketing");
});

test("with a stored choice the frame loads at page load with no placeholder", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Accept all").click();
  await load(page, h.url("/tagged.html"));
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the frame to load");
  assert.equal(await allowButton(page).count(), 0);
});

test("Reject all keeps the placeholder", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Reject all").click();
  await load(page, h.url("/tagged.html"));
  await allowButton(page).waitFor();
  assert.equal(await page.locator("iframe").getAttribute("src"), null);
  assert.deepEqual(h.thirdPartyPaths(), []);
});
