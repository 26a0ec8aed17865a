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
  const errors = await page.errors();
  assert.equal(await page.evaluate(() => window.pageScriptRan), true);
  assert.ok(
    errors.some((e) => e.includes("categories[1].id")),
    `console errors: ${errors.join(" | ")}`,
  );
  assert.equal(errors.filter((e) => e.includes("categories[1].id")).length, 1, "reported once");
  assert.deepEqual(
    errors.filter((e) => e.startsWith("pageerror")),
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
  const errors = await page.errors();
  assert.equal(await page.evaluate(() => window.pageScriptRan), true);
  assert.ok(errors.length >= 1, "a console.error");
  assert.deepEqual(
    errors.filter((e) => e.startsWith("pageerror")),
    [],
  );
  assert.deepEqual(h.thirdPartyPaths(), []);
});

test("a data-config URL that fails: the page goes on and nothing tagged loads", async (t) => {
  const page = await h.newPage(t);
  h.route("/consent.json", () => ({ status: 500, body: "oops" }));
  await load(page, h.url("/tagged.html"));
  const errors = await page.errors();
  assert.equal(await page.evaluate(() => window.pageScriptRan), true);
  const own = errors.filter((e) => !e.startsWith("Failed to load resource"));
  assert.ok(own.length >= 1, `Assent reports it with console.error (${errors.join(" | ")})`);
  assert.deepEqual(
    errors.filter((e) => e.startsWith("pageerror")),
    [],
  );
  assert.deepEqual(h.thirdPartyPaths(), []);
  assert.deepEqual(await ran(page), []);
});
