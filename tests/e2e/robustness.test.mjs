// A broken config never breaks the host page: every problem reported with its JSON path, tagged content blocked.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, load, ran } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

test("an invalid config: console.error names categories[1].id, the page's script runs, nothing tagged loads", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/broken-config.html"));
  assert.equal(await page.evaluate(() => window.pageScriptRan), true);
  assert.ok(
    page.errors.some((e) => e.includes("categories[1].id")),
    `console errors: ${page.errors.join(" | ")}`,
  );
  assert.equal(page.errors.filter((e) => e.includes("categories[1].id")).length, 1, "reported once");
  assert.deepEqual(
    page.errors.filter((e) => e.startsWith("pageerror")),
    [],
    "nothing thrown into the page",
  );
  assert.deepEqual(h.thirdPartyPaths(), []);
  assert.deepEqual(await ran(page), []);
  assert.equal(await page.locator("iframe").getAttribute("src"), null);
  assert.equal(await page.evaluate(() => typeof window.Assent.getConsent === "function" && window.Assent.getConsent()), null);
});

test("a config that is not JSON: reported, the page's script runs, nothing tagged loads", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/unparsable-config.html"));
  assert.equal(await page.evaluate(() => window.pageScriptRan), true);
  assert.ok(page.errors.length >= 1, "a console.error");
  assert.deepEqual(
    page.errors.filter((e) => e.startsWith("pageerror")),
    [],
  );
  assert.deepEqual(h.thirdPartyPaths(), []);
});

test("a data-config URL that fails: the page goes on and nothing tagged loads", async (t) => {
  const page = await h.newPage(t);
  await page.route("**/consent.json", (route) => route.fulfill({ status: 500, body: "oops" }));
  await load(page, h.url("/tagged.html"));
  assert.equal(await page.evaluate(() => window.pageScriptRan), true);
  const own = page.errors.filter((e) => !e.startsWith("Failed to load resource"));
  assert.ok(own.length >= 1, `Assent reports it with console.error (${page.errors.join(" | ")})`);
  assert.deepEqual(
    page.errors.filter((e) => e.startsWith("pageerror")),
    [],
  );
  assert.deepEqual(h.thirdPartyPaths(), []);
  assert.deepEqual(await ran(page), []);
});
