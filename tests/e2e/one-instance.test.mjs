// One Assent per page, whatever mix is loaded: the drop-in and the ES module share one instance,
// so the visitor sees one banner and the choice is one cookie.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, load, button, cookieNames, shadowHostCount, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

for (const [fixture, ready] of [
  ["/drop-in-and-module.html", () => window.esModule],
  ["/module-and-drop-in.html", () => window.esModule && window.dropInLoaded],
]) {
  test(`${fixture}: one banner, one cookie, one consent`, async (t) => {
    const page = await h.newPage(t);
    await load(page, h.url(fixture));
    await page.waitForFunction(ready);
    await button(page, "Accept all").waitFor();
    assert.equal(await shadowHostCount(page), 1, "one UI root");
    assert.equal(await page.getByRole("region").count(), 1, "one banner");

    await button(page, "Accept all").click();
    await waitFor(() => page.evaluate(() => window.Assent.getConsent()), "the choice");
    assert.deepEqual(await cookieNames(page), ["assent"]);
    const [fromWindow, fromModule] = await page.evaluate(() => [window.Assent.getConsent().id, window.esModule.getConsent().id]);
    assert.equal(fromModule, fromWindow, "the module answers for the same instance");
    assert.equal(await page.getByRole("region").count(), 0, "the banner is gone");
    assert.deepEqual(await page.errors(), []);
  });
}
