// Under Trusted Types (require-trusted-types-for 'script') tagged scripts still run after consent: through the
// `assent` policy when the site allows it, or through the site's own default policy. Every engine of the suite
// enforces them (Chromium 156, Firefox 153 ESR, WebKitGTK 2.50 were run): `enforced()` proves it in each test, so
// an engine that only exposes `window.trustedTypes` without enforcing the policy fails here instead of passing idly.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, settle, load, button, ran, waitFor } from "./helpers.mjs";
import { DEFAULT_CSP } from "../../examples/server.mjs";

// The CSP line the README gives a site: its script policy plus these two directives.
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types assent default";

let h;
before(async () => (h = await startHarness({ csp: `${DEFAULT_CSP}; ${TRUSTED_TYPES}` })));
after(() => h.close());

/** What the page's own plain-string assignment to a script's text does: "TypeError" where Trusted Types are enforced. */
const plainScriptText = (page) =>
  page.evaluate(() => {
    try {
      document.createElement("script").text = "window.plainStringRan = true";
      return "accepted";
    } catch (error) {
      return error.name;
    }
  });

async function ttPage(t) {
  const page = await h.newPage(t);
  h.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.sample}`));
  });
  return page;
}

for (const [fixture, label] of [
  ["/trusted-types.html", "with no default policy, through the assent policy"],
  ["/trusted-types.html?default", "through the site's own default policy"],
]) {
  test(`tagged scripts run in order after Accept all under Trusted Types, ${label}`, async (t) => {
    const page = await ttPage(t);
    const policy = (await fetch(h.url(fixture))).headers.get("content-security-policy");
    assert.match(policy, /require-trusted-types-for 'script'/);
    await load(page, h.url(fixture));
    assert.equal(await page.evaluate(() => typeof window.trustedTypes), "object", "this browser has Trusted Types");
    if (!fixture.includes("default")) {
      // Enforced, not only present: the same assignment Assent makes would throw without its policy.
      assert.equal(await plainScriptText(page), "TypeError", `${h.engine} enforces require-trusted-types-for`);
      await waitFor(async () => (await page.evaluate(() => window.violations)).length === 1, "the probe's own violation report");
      await page.evaluate(() => (window.violations = []));
    }
    await button(page, "Accept all").click();
    await waitFor(async () => (await ran(page)).length === 4, "four scripts");
    await settle(page);
    assert.deepEqual(await ran(page), ["inline", "external", "module", "after-module"]);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(await page.errors(), []);
    if (fixture.includes("default")) assert.ok((await page.evaluate(() => window.defaultPolicyCalls)) > 0);
  });
}

test("a returning visitor's tagged scripts run at page load under Trusted Types", async (t) => {
  const page = await ttPage(t);
  await load(page, h.url("/trusted-types.html"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 4, "four scripts");
  await page.reload();
  await waitFor(async () => (await ran(page)).length === 4, "four scripts after reload");
  assert.deepEqual(await ran(page), ["inline", "external", "module", "after-module"]);
  assert.deepEqual(await page.errors(), []);
});
