// A stale choice cookie on a longer path (left by an older setting) never overrides a newer choice or a reset().
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, settle, load, button, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** Accepts all on /shop/page, then copies the choice cookie onto Path=/shop, as an older config would have set it. */
async function withStaleAccept(t) {
  const page = await h.newPage(t);
  await load(page, h.url("/shop/page"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("marketing"), "the marketing script");
  const [cookie] = (await page.cookies()).filter((c) => c.name === "assent");
  await page.setCookie({ ...cookie, path: "/shop" });
  const names = await page.evaluate(() => document.cookie.split("; ").filter((c) => c.startsWith("assent=")).length);
  assert.equal(names, 2, "the page sees two choice cookies");
  // A second later, so the new choice is the later one to the second the cookie keeps.
  await page.waitForTimeout(1100);
  return page;
}

test("Reject all then reload: the stale accept on Path=/shop does not bring marketing back", async (t) => {
  const page = await withStaleAccept(t);
  await page.evaluate(() => window.Assent.rejectAll());
  await page.reload();
  await settle(page);
  assert.deepEqual(await ran(page), []);
  assert.deepEqual(await page.evaluate(() => window.Assent.getConsent().categories), ["necessary"]);
  const cookies = (await page.cookies()).filter((c) => c.name === "assent");
  assert.deepEqual(
    cookies.map((c) => c.path),
    ["/"],
    "the stale cookie is erased",
  );
});

test("reset() then reload: no choice at all, the banner shows", async (t) => {
  const page = await withStaleAccept(t);
  await page.evaluate(() => window.Assent.reset());
  await page.reload();
  await button(page, "Accept all").waitFor();
  assert.equal(await page.evaluate(() => window.Assent.getConsent()), null);
  assert.deepEqual(await ran(page), []);
});
