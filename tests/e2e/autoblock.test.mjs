// Auto-blocking (README "Auto-blocking"): untagged content whose URL matches a service's `urls` waits for consent,
// whichever way it reaches the page, and then runs in the order it was inserted.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, settle, load, button, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

const PATHS = [
  "appendChild",
  "insertBefore",
  "replaceChild",
  "append",
  "prepend",
  "before",
  "after",
  "replaceWith",
  "insertAdjacentElement",
  "textAfter",
  "setSrc",
  "setAttribute",
];
/** Paths of third-party requests other than the ones the HTML itself names (the preload scanner may fetch those). */
const dynamicRequests = () => h.thirdPartyPaths().filter((path) => !/name=parsed|from=parser|name=ignored/.test(path));

test("scripts other scripts insert, by every DOM path, are not requested before consent, then run in insertion order", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/autoblock.html"));
  await page.evaluate(
    ({ third, paths }) => {
      window.THIRD = third;
      for (const path of paths) window.insertVia(path, path);
    },
    { third: h.servers.thirdPartyOrigin, paths: PATHS },
  );
  await settle(page);
  assert.deepEqual(dynamicRequests(), [], "no inserted script may reach the third-party origin");
  assert.deepEqual(await ran(page), ["ignored"], "only the ignored script ran");
  assert.equal(await page.evaluate(() => window.firstPartyRan), true, "the page's own insertions still work");
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3 + PATHS.length, "every script after consent");
  await settle(page);
  assert.deepEqual(await ran(page), ["ignored", "parsed-head", "parsed-body", ...PATHS]);
});

test("frames, images and stylesheets inserted as markup or given a URL in the page wait for consent", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/autoblock.html"));
  await page.evaluate((third) => {
    const box = document.getElementById("box");
    box.innerHTML = `<iframe src="${third}/embed.html?via=innerHTML"></iframe><b id=b>b</b>`;
    box.insertAdjacentHTML("beforeend", `<img src="${third}/pixel.gif?via=insertAdjacentHTML" alt="">`);
    document.getElementById("b").outerHTML = `<link rel="stylesheet" href="${third}/embed.css?via=outerHTML">`;
    const img = document.createElement("img");
    box.append(img);
    img.src = `${third}/pixel.gif?via=src`;
    const frame = document.createElement("iframe");
    box.append(frame);
    frame.setAttribute("src", `${third}/embed.html?via=setAttribute`);
  }, h.servers.thirdPartyOrigin);
  await settle(page);
  assert.deepEqual(dynamicRequests(), []);
  await button(page, "Accept all").click();
  const VIAS = ["innerHTML", "insertAdjacentHTML", "outerHTML", "src", "setAttribute"];
  const requestsVia = (via) => dynamicRequests().filter((path) => path.includes("via=" + via)).length;
  // Released in the tasks after the click's: wait for all five, then check that none loaded twice.
  await waitFor(() => VIAS.every((via) => requestsVia(via) > 0), "the five held-back elements");
  await settle(page);
  for (const via of VIAS) assert.equal(requestsVia(via), 1, via + " loads after consent");
});

test("matching content in the HTML itself never runs or renders before consent", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/autoblock.html"));
  await button(page, "Accept all").waitFor();
  assert.deepEqual(await ran(page), ["ignored"]);
  const state = await page.evaluate(() => ({
    frame: document.querySelector("iframe").getAttribute("src"),
    frameHeld: document.querySelector("iframe").getAttribute("data-src"),
    img: document.getElementById("parsed-img").getAttribute("src"),
    warnings: window.warnings,
  }));
  assert.equal(state.frame, null);
  assert.match(state.frameHeld, /from=parser/);
  assert.equal(state.img, null);
  assert.deepEqual(state.warnings, [], "nothing matching ran before Assent");
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3, "the parsed scripts");
  assert.deepEqual(await ran(page), ["ignored", "parsed-head", "parsed-body"]);
  assert.match(await page.evaluate(() => document.querySelector("iframe").getAttribute("src")), /from=parser/);
});

test("a returning visitor who accepted gets everything at once; one who refused gets nothing", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/autoblock.html"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3, "the parsed scripts");
  await page.reload();
  await settle(page);
  assert.deepEqual(await ran(page), ["parsed-head", "parsed-body", "ignored"], "in document order, as the parser runs them");
  await page.evaluate(() => window.Assent.rejectAll());
  await page.reload();
  await settle(page);
  h.servers.clearLog();
  await page.evaluate((third) => {
    window.THIRD = third;
    window.insertVia("append", "after-refusal");
  }, h.servers.thirdPartyOrigin);
  await settle(page);
  assert.deepEqual(await ran(page), ["ignored"]);
  assert.deepEqual(dynamicRequests(), []);
});

test('"autoBlock": false turns it all off', async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/autoblock.html?off"));
  await page.evaluate((third) => {
    window.THIRD = third;
    window.insertVia("append", "inserted");
  }, h.servers.thirdPartyOrigin);
  await waitFor(async () => (await ran(page)).length === 4, "every script without consent");
  assert.deepEqual([...(await ran(page))].sort(), ["ignored", "inserted", "parsed-body", "parsed-head"]);
  assert.notEqual(await page.evaluate(() => document.querySelector("iframe").getAttribute("src")), null);
});

test("a matching script that ran before Assent is named in a console warning", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/autoblock-late.html"));
  const warnings = await page.evaluate(() => window.warnings);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /mark\.js\?name=too-early \(service "tp"\) ran before Assent started/);
});
