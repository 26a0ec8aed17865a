/**
 * One visitor's journey through one contender's page, in a fresh browser
 * context: first visit (banner, main-thread cost, leaks before consent) →
 * click "Accept all" (time until every tagged script ran, their order) →
 * returning visit in the same context (choice stored: time until the
 * scripts ran, main-thread cost, whether a banner showed again).
 */
import { installProbe } from "./probe.mjs";
import { SCRIPTS } from "./fixture.mjs";
import { emulateNetwork } from "./network.mjs";

const EXPECTED_ORDER = SCRIPTS.map((s) => s.id);
const WAIT_MS = 15_000;
/** In-page expression: when the browser started fetching each tagged script (Resource Timing). */
const TAG_FETCHES = `performance.getEntriesByType("resource").filter((e) => e.name.includes("/third/")).map((e) => e.startTime)`;
/**
 * In-page expression: the tool's own files (site.mjs serves them under /dist/ and /vendor/), when each
 * arrived and its compressed size (encodedBodySize: the bytes sent, also when read from the HTTP cache).
 */
const TOOL_FILES = `performance.getEntriesByType("resource").filter((e) => /\\/(dist|vendor)\\//.test(e.name)).map((e) => ({ file: e.name.split("/").pop(), end: e.responseEnd, bytes: e.encodedBodySize }))`;
const sumBytes = (files) => files.reduce((sum, f) => sum + f.bytes, 0);

/** How each contender's "Accept all" button is found (see probe.mjs). */
export const ACCEPT_BUTTON = {
  // The no-tool page watches its own content the same way, so the probe costs every page the same
  // (its rAF check forces the frame's layout early) and "banner visible" there is "content visible".
  baseline: { selector: "main" },
  assent: { selector: "button", text: "Accept all" },
  "assent-split": { selector: "button", text: "Accept all" },
  "assent-inline": { selector: "button", text: "Accept all" },
  "assent-site": { selector: "button", text: "Accept all" },
  cookieconsent: { selector: '#cc-main .cm button[data-role="all"]' },
  klaro: { selector: ".klaro .cookie-notice .cm-btn-success" },
  orejime: { selector: ".orejime-Banner-saveButton" },
};

async function readMetrics(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return {
    script: m.ScriptDuration * 1000,
    task: m.TaskDuration * 1000,
    layout: m.LayoutDuration * 1000,
    style: m.RecalcStyleDuration * 1000,
  };
}

const diff = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k] - b[k]]));

/**
 * Evaluates an expression in the page through raw CDP, not page.evaluate():
 * Playwright's evaluate injects its own helper script into the page the
 * first time, and compiling that would count as the contender's script time.
 * Promises are awaited with a timeout, so a contender that never shows a
 * banner can't hang the bench.
 */
async function inPage(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
    expression: `Promise.race([(${expression}), new Promise((r) => setTimeout(() => r("timeout"), ${WAIT_MS}))])`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** Waits until the page is idle (two idle periods), so late work of the contender is counted. */
const settle = (cdp) =>
  inPage(
    cdp,
    `new Promise((resolve) => requestIdleCallback(() => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), 100), { timeout: 1000 }))`,
  );

async function openPage(context, cpuRate) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // threadTicks: CPU time of the page's main thread, so other processes on a busy machine don't inflate it
  // (wall-clock TaskDuration varied 3× between identical loads here); CPU throttling still scales it.
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  if (cpuRate > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
  await emulateNetwork(cdp, cpuRate);
  return { page, cdp };
}

const isOrdered = (ran) => ran.length === EXPECTED_ORDER.length && ran.every((r, i) => r.id === EXPECTED_ORDER[i]);
const thirdPartyRequests = (server) => server.requests.filter((r) => r.origin === "third").map((r) => r.path);

/**
 * Runs the journey. `contender` names the page (`assent`, `klaro`, … or
 * `baseline`, whose "returning visit" is the page with the five scripts
 * untagged). Returns plain numbers in milliseconds.
 */
export async function runJourney({ browser, server, contender, cpuRate, slowFirst = false }) {
  const suffix = slowFirst ? "-slow-first" : "";
  const isBaseline = contender === "baseline";
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(installProbe, ACCEPT_BUTTON[contender]);
  const result = { contender, cpuRate, slowFirst };
  try {
    // First visit.
    server.clearLog();
    let { page, cdp } = await openPage(context, cpuRate);
    let before = await readMetrics(cdp);
    await page.goto(`${server.siteOrigin}/${contender}${suffix}.html`, { waitUntil: "load" });
    const shown = await inPage(cdp, "window.__bench.banner");
    if (shown === "timeout") throw new Error(`${contender}: banner never became visible`);
    await settle(cdp);
    const probe = await inPage(
      cdp,
      `({ dom: window.__bench.bannerDom, visible: window.__bench.bannerVisible, files: ${TOOL_FILES} })`,
    );
    result.first = {
      bannerDom: probe.dom,
      bannerVisible: probe.visible,
      // What the visitor downloaded of the tool before its banner could be seen.
      toolBytes: sumBytes(probe.files.filter((f) => f.end <= probe.visible)),
      toolFiles: probe.files.map((f) => f.file),
      ...diff(await readMetrics(cdp), before),
      leaks: thirdPartyRequests(server),
    };

    // Accept all.
    if (!isBaseline) {
      before = await readMetrics(cdp);
      const box = await inPage(
        cdp,
        "(() => { const r = window.__bench.findAccept().getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()",
      );
      await page.mouse.click(box.x, box.y);
      const ran = await inPage(cdp, `window.__bench.whenRan(${SCRIPTS.length})`);
      if (ran === "timeout") throw new Error(`${contender}: not every tagged script ran after Accept all`);
      await settle(cdp);
      const { click, all, fetches } = await inPage(
        cdp,
        `({ click: window.__bench.click, all: window.__bench.ran, fetches: ${TAG_FETCHES} })`,
      );
      result.accept = {
        toAllRan: Math.max(...all.map((r) => r.t)) - click,
        toFirstFetch: Math.min(...fetches) - click,
        ordered: isOrdered(all),
        order: all.map((r) => r.id),
        ...diff(await readMetrics(cdp), before),
      };
    }
    await page.close();

    // Returning visit: same context, so the stored choice (cookie / localStorage) is reused.
    server.clearLog();
    ({ page, cdp } = await openPage(context, cpuRate));
    before = await readMetrics(cdp);
    const page2 = isBaseline ? `baseline-scripts${suffix}` : `${contender}${suffix}`;
    await page.goto(`${server.siteOrigin}/${page2}.html`, { waitUntil: "load" });
    const ran = await inPage(cdp, `window.__bench.whenRan(${SCRIPTS.length})`);
    if (ran === "timeout") throw new Error(`${contender}: not every tagged script ran on the returning visit`);
    await settle(cdp);
    const back = await inPage(
      cdp,
      `({ ran: window.__bench.ran, banner: window.__bench.bannerDom, fetches: ${TAG_FETCHES}, files: ${TOOL_FILES} })`,
    );
    result.returning = {
      // Every file of the tool the page read (from the HTTP cache or not): what it parsed.
      toolBytes: sumBytes(back.files),
      toolFiles: back.files.map((f) => f.file),
      allRan: Math.max(...back.ran.map((r) => r.t)),
      firstFetch: Math.min(...back.fetches),
      ordered: isOrdered(back.ran),
      order: back.ran.map((r) => r.id),
      bannerShown: back.banner !== null,
      ...diff(await readMetrics(cdp), before),
    };
    await page.close();
  } finally {
    await context.close();
  }
  return result;
}
