// Under a strict CSP (no 'unsafe-inline', scripts by nonce) Assent renders, styles itself and revives nonce'd scripts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, settle, load, button, dialog, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness({ csp: true })));
after(() => h.close());

async function cspPage(t) {
  const page = await h.newPage(t);
  h.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample || ""})`),
    );
  });
  return page;
}

/** Whether the element, or an ancestor across shadow boundaries, is position: fixed (i.e. the stylesheet applied). */
function isPinned(locator) {
  return locator.evaluate((el) => {
    for (let node = el; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
      if (getComputedStyle(node).position === "fixed") return true;
    }
    return false;
  });
}

test("the page is really served with a strict policy", async (t) => {
  const page = await cspPage(t);
  // The header as the browser receives it (a browser-neutral fetch of the same URL), then the page
  // itself: an inline script without the nonce is refused and reported.
  const policy = (await fetch(h.url("/csp.html"))).headers.get("content-security-policy");
  assert.match(policy, /script-src 'nonce-[^']+'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  await load(page, h.url("/csp.html"));
  const blocked = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.inlineRan = true";
    const violation = new Promise((resolve) => document.addEventListener("securitypolicyviolation", resolve, { once: true }));
    document.head.append(script);
    await Promise.race([violation, new Promise((resolve) => setTimeout(resolve, 1000))]);
    return { ran: window.inlineRan === true, violations: window.cspViolations.length };
  });
  assert.deepEqual(blocked, { ran: false, violations: 1 });
});

test("banner and preference center render styled, with no CSP violation", async (t) => {
  const page = await cspPage(t);
  await load(page, h.url("/csp.html"));
  const accept = button(page, "Accept all");
  await accept.waitFor();
  assert.ok(await isPinned(accept), "the banner's stylesheet applied (it sits fixed over the page)");
  await button(page, "Customize").click();
  await dialog(page).waitFor();
  assert.ok(await isPinned(dialog(page)), "the dialog's stylesheet applied");
  await page.press("Escape");
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(await page.errors(), []);
});

test("Accept all revives nonce'd inline and external scripts and the frame, with no CSP violation", async (t) => {
  const page = await cspPage(t);
  await load(page, h.url("/csp.html"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3, "three scripts");
  assert.deepEqual(await ran(page), ["inline-with-nonce", "external-with-nonce", "marketing-inline"]);
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the frame");
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(await page.errors(), []);
});

test("a returning visit under CSP runs the scripts from the stored choice", async (t) => {
  const page = await cspPage(t);
  await load(page, h.url("/csp.html"));
  await button(page, "Reject all").click();
  await page.evaluate(() => window.Assent.accept(["functional"]));
  await load(page, h.url("/csp.html"));
  await waitFor(async () => (await ran(page)).length === 2, "two scripts");
  assert.deepEqual(await ran(page), ["inline-with-nonce", "external-with-nonce"]);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
});
