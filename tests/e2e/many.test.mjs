// A thousand tagged elements granted at once: document order holds and the main thread is never blocked long.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, load, button, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

// How each engine shows that the main thread is never held long, checked against dist/assent.js with every script
// inserted in the click's task (chunking and the one-at-a-time externals patched out):
// - scripts inserted in one task (a MutationObserver; every engine): at most 2, against 900 for the one-task
//   release. Counting does not slow down with the machine: at most a tenth of the page in one task.
const MAX_SCRIPTS_PER_TASK = 100;
// - where the engine has the Long Tasks API (Chromium): the issue's own bound, no task over 100 ms at 1x CPU (a "long
//   task" starts at 50 ms). The click's task was 118-184 ms until the pixels were released a few per task, and the
//   receipt and then the content's start left it (src/browser/tagged-content.ts, src/browser/send-receipt.ts,
//   src/assent.ts); the one-task release took 700 ms.
const MAX_TASK_MS = 100;
// - elsewhere (Firefox, WebKit): the largest gap between two turns of a MessageChannel ping-pong, one message per
//   task: 196 ms (Firefox) and 199 ms (WebKit) at load average 15-18 on this 2-core machine, against 1,109 and
//   882 ms for the one-task release. A probe running 300,000 tasks would load the page it measures, and the gap
//   includes the OS's delays, so this bound only catches the main thread held for seconds.
const MAX_GAP_MS = 2000;

/** Counts the scripts added per task: mutation records reach an observer once per task, at its microtask checkpoint. */
function countScriptsPerTask() {
  const probe = (window.scriptProbe = { mostScripts: 0 });
  new MutationObserver((records) => {
    const added = records.flatMap((r) => [...r.addedNodes]).filter((node) => node.localName === "script").length;
    probe.mostScripts = Math.max(probe.mostScripts, added);
  }).observe(document, { childList: true, subtree: true });
}

/** Notes every task over 50 ms (duration, and start after the click's `clickedAt`), where the engine reports them. */
function observeLongTasks() {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push([Math.round(e.duration), Math.round(e.startTime)]);
  }).observe({ type: "longtask" });
}

/**
 * A MessageChannel ping-pong noting the largest time between two of its ticks. A message is not throttled like a
 * timer, so the gap is how long other work (Assent's included) held the main thread, plus the OS's delays.
 */
function startGapProbe() {
  const probe = (window.gapProbe = { largest: 0, ticks: 0, stop: false });
  const channel = new MessageChannel();
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    probe.largest = Math.max(probe.largest, now - last);
    probe.ticks++;
    last = now;
    if (!probe.stop) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
}

test("Accept all with 1,000 tagged elements: the page is never blocked long, every script once, in document order", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/many.html"));
  await page.evaluate(countScriptsPerTask);
  const hasLongTasks = await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes("longtask"));
  await page.evaluate(hasLongTasks ? observeLongTasks : startGapProbe);
  await page.evaluate(() => (window.clickedAt = performance.now()));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 900, "900 scripts", 60_000);
  await page.waitForTimeout(200); // lets the observers deliver their last entries
  const { mostScripts } = await page.evaluate(() => window.scriptProbe);
  t.diagnostic(`${h.engine}: at most ${mostScripts} scripts in one task`);
  assert.ok(mostScripts <= MAX_SCRIPTS_PER_TASK, `${mostScripts} scripts went in during one task`);
  if (hasLongTasks) {
    const [longTasks, clickedAt] = await page.evaluate(() => [window.longTasks, window.clickedAt]);
    const after = longTasks.filter(([, start]) => start >= clickedAt).map(([duration]) => duration);
    t.diagnostic(`long tasks after the click (ms): ${after.join(", ") || "none"}`);
    assert.ok(Math.max(0, ...after) <= MAX_TASK_MS, `a task took ${Math.max(...after)} ms`);
  } else {
    const probe = await page.evaluate(() => ((window.gapProbe.stop = true), window.gapProbe));
    t.diagnostic(`${h.engine}: largest gap ${Math.round(probe.largest)} ms over ${probe.ticks} ticks`);
    // The probe must have run throughout, or a small "largest gap" would prove nothing.
    assert.ok(probe.ticks > 100, `the probe ticked ${probe.ticks} times`);
    assert.ok(probe.largest <= MAX_GAP_MS, `the main thread was blocked for ${Math.round(probe.largest)} ms`);
  }
  const expected = Array.from({ length: 1000 }, (_, i) => String(i)).filter((_, i) => i % 10 != 9);
  assert.deepEqual(await ran(page), expected);
  assert.equal(await page.locator("img[src]").count(), 100);
  assert.deepEqual(await page.errors(), []);
});
