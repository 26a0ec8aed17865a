// Tagged scripts run in document order: a slow external script finishes before the next one starts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, settle, load, button, ran, waitFor, acceptAllAndReturn } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

test("slow external, inline, fast external run in document order on Accept all", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/order.html"));
  assert.deepEqual(await ran(page), []);
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3, "three scripts");
  assert.deepEqual(await ran(page), ["slow", "inline", "fast"]);
});

test("the same order from a stored choice at page load", async (t) => {
  const page = await h.newPage(t);
  await acceptAllAndReturn(page, h.url("/order.html"));
  await settle(page);
  assert.deepEqual(await ran(page), ["slow", "inline", "fast"]);
});
