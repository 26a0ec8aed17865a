// The demo's React and Vue pages (examples/site/en/react.html, vue.html; apps in examples/apps/), bundled
// with esbuild from the built adapters: the gated video waits for consent, the components follow every
// choice, and each page has one Assent (the drop-in on the React page, the ES module on the Vue page).
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, EXAMPLE_SITE, load, button, shadowHostCount, waitFor } from "./helpers.mjs";
import { buildApps } from "../../examples/apps/build.mjs";

let h;
before(async () => {
  await buildApps();
  h = await startHarness({ siteRoot: EXAMPLE_SITE });
});
after(() => h && h.close());
beforeEach(() => h.servers.clearLog());

const videoRequests = () => h.thirdPartyPaths().filter((path) => path.startsWith("/embed.html"));
const consentShown = (page) => page.locator("[data-demo-consent]").innerText();

for (const [path, build] of [
  ["/en/react", "drop-in"],
  ["/en/vue", "ES module"],
]) {
  test(`${path}: the video waits for consent and the components follow every choice (${build})`, async (t) => {
    const page = await h.newPage(t);
    await load(page, h.url(path));
    await button(page, "Accept all").waitFor();
    assert.equal(await consentShown(page), "null: no choice yet");
    assert.equal(await page.locator("#app iframe").count(), 0, "no video before consent");
    assert.ok(await page.getByText("The fitting video is hosted by YouTube").isVisible(), "the fallback");
    assert.equal(await shadowHostCount(page), 1, "one Assent UI");

    await button(page, "Accept all").click();
    await waitFor(async () => (await consentShown(page)) === "necessary, functional, marketing", "the new choice");
    await page.locator("#app iframe").waitFor();
    await waitFor(() => videoRequests().length === 1, "the video loaded from the third party");

    await page.getByRole("button", { name: "Withdraw consent" }).click();
    await waitFor(async () => (await consentShown(page)) === "null: no choice yet", "the withdrawal");
    assert.equal(await page.locator("#app iframe").count(), 0, "the video is gone again");
    await button(page, "Reject all").click();
    await waitFor(async () => (await consentShown(page)) === "necessary", "the refusal");
    assert.equal(await page.locator("#app iframe").count(), 0);
    assert.equal(await page.evaluate(() => typeof window.Assent), build == "drop-in" ? "object" : "undefined");
    assert.deepEqual(await page.errors(), []);
  });
}

test("/en/react: a returning visitor gets the video at once, with no placeholder first", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/en/react"));
  await button(page, "Accept all").click();
  await page.locator("#app iframe").waitFor();
  // From the next page on: note whether a placeholder is ever put in the page, however briefly.
  h.addInitScript(() => {
    window.placeholderSeen = false;
    new MutationObserver(() => (window.placeholderSeen ||= !!document.querySelector(".video-placeholder"))).observe(document, {
      childList: true,
      subtree: true,
    });
  });
  await load(page, h.url("/en/react"));
  await page.locator("#app iframe").waitFor();
  assert.equal(await page.evaluate(() => window.placeholderSeen), false);
  assert.equal(await button(page, "Accept all").count(), 0, "no banner");
  assert.deepEqual(await page.errors(), []);
});
