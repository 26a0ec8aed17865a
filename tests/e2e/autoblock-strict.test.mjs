// Auto-blocking under a strict CSP (scripts by nonce only) with Trusted Types enforced: the page's markup goes through
// its own policy exactly as without Assent, and what it holds is still held back.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_CSP } from "../../examples/server.mjs";
import { startHarness, settle, load, button, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness({ csp: DEFAULT_CSP + "; require-trusted-types-for 'script'" })));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

test("markup through a Trusted Types policy is held back; a plain string still fails as the browser makes it", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/autoblock-strict.html"));
  const supported = await page.evaluate(() => !!window.trustedTypes);
  if (!supported) return t.skip("this engine has no Trusted Types");
  const outcome = await page.evaluate((third) => {
    const policy = trustedTypes.createPolicy("page", { createHTML: (html) => html });
    const box = document.getElementById("box");
    box.innerHTML = policy.createHTML(`<iframe src="${third}/embed.html?via=trusted"></iframe>`);
    let error = null;
    try {
      box.insertAdjacentHTML("beforeend", `<iframe src="${third}/embed.html?via=string"></iframe>`);
    } catch (e) {
      error = e.name;
    }
    return { error, frames: box.querySelectorAll("iframe").length, held: box.querySelector("iframe").getAttribute("data-src") };
  }, h.servers.thirdPartyOrigin);
  assert.deepEqual(outcome, { error: "TypeError", frames: 1, held: h.servers.thirdPartyOrigin + "/embed.html?via=trusted" });
  await settle(page);
  assert.deepEqual(h.thirdPartyPaths(), []);
  await button(page, "Accept all").click();
  // WebKit may start the frame's request more than settle()'s quiet time after the click.
  await waitFor(() => h.thirdPartyPaths().some((path) => path.includes("via=trusted")), "the held frame's request");
  await settle(page);
  assert.deepEqual(
    h.thirdPartyPaths().filter((path) => path.includes("via=")),
    ["/embed.html?via=trusted"],
  );
});
