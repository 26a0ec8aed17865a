/**
 * Shared set-up of the browser tests: one Chromium per test file, a fresh context per test, the
 * two loopback servers of examples/server.mjs (site + "third party"), and small probes that read
 * what a visitor would notice (buttons by their accessible name, scripts that ran, cookies).
 */
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { startServers } from "../../examples/server.mjs";
import { launchChromium } from "./chromium.mjs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const EXAMPLE_SITE = fileURLToPath(new URL("../../examples/site/", import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
export const CONFIG = JSON.parse(readFileSync(new URL("../../examples/consent.json", import.meta.url), "utf8"));

/**
 * Starts the servers and a browser for one test file. `newPage(t, options)` opens a page in a
 * fresh context that closes when test `t` ends; console errors and page errors are collected on
 * `page.errors`.
 */
export async function startHarness({ siteRoot = FIXTURES, csp } = {}) {
  const servers = await startServers({ siteRoot, csp });
  const browser = await launchChromium({ executablePath: CHROMIUM_PATH });
  return {
    servers,
    browser,
    url: (path) => servers.siteOrigin + path,
    /** Paths requested from the third-party origin since the last `clearLog()`. */
    thirdPartyPaths: () => servers.requests.filter((r) => r.origin === "third").map((r) => r.path),
    async newPage(t, options = {}) {
      const context = await browser.newContext(options);
      t.after(() => context.close());
      return watchErrors(await context.newPage());
    },
    async close() {
      await browser.close();
      await servers.close();
    },
  };
}

/** Collects console errors and uncaught page errors on `page.errors`, and tracks requests in flight for `settle`. */
export function watchErrors(page) {
  page.errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(message.text());
  });
  page.on("pageerror", (error) => page.errors.push(`pageerror: ${error.message}`));
  const inflight = new Set();
  page.network = { inflight, last: Date.now() };
  const touch = () => (page.network.last = Date.now());
  page.on("request", (request) => (inflight.add(request), touch()));
  page.on("requestfinished", (request) => (inflight.delete(request), touch()));
  page.on("requestfailed", (request) => (inflight.delete(request), touch()));
  return page;
}

/** The quiet time that counts as "the network has settled" (Playwright's own networkidle uses 500 ms). */
const QUIET_MS = 300;

/**
 * Waits until the page (and its frames) have had no request in flight for QUIET_MS, so anything
 * that would leak has leaked. Playwright's `networkidle` is not used: with a cross-origin iframe it
 * sometimes never fires although nothing is in flight.
 */
export async function settle(page) {
  await page.waitForLoadState("load");
  await waitFor(
    () => page.network.inflight.size === 0 && Date.now() - page.network.last >= QUIET_MS,
    "the network to settle",
    15_000,
  );
}

/** Loads `url` and waits until the network has settled. */
export async function load(page, url) {
  await page.goto(url);
  await settle(page);
}

/** A visible button by its exact accessible name (Playwright's role locators pierce open shadow roots). */
export function button(scope, name) {
  return scope.getByRole("button", { name, exact: true });
}

/** The preference center's switch for a category (a `switch`, or a checkbox, named by the category). */
export function categorySwitch(scope, name) {
  return scope.getByRole("switch", { name }).or(scope.getByRole("checkbox", { name }));
}

/** The open preference center. */
export function dialog(page) {
  return page.getByRole("dialog");
}

/** Names the tagged test scripts recorded, in the order they ran. */
export function ran(page) {
  return page.evaluate(() => window.thirdPartyRan || []);
}

/** Names of the cookies the page can see. */
export function cookieNames(page) {
  return page.evaluate(() =>
    document.cookie
      ? document.cookie
          .split("; ")
          .map((c) => c.split("=")[0])
          .sort()
      : [],
  );
}

/** How many elements in the light DOM host a shadow root (Assent's UI hosts). */
export function shadowHostCount(page) {
  return page.evaluate(() => [...document.querySelectorAll("*")].filter((el) => el.shadowRoot).length);
}

/** Polls `probe` until it returns something truthy; fails with `message` after `timeout` ms. */
export async function waitFor(probe, message = "condition", timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The config of examples/consent.json with `patch` applied, as JSON text (for `page.route`). */
export function configWith(patch) {
  return JSON.stringify({ ...structuredClone(CONFIG), ...patch });
}

/** Waits for running CSS transitions and animations (shadow trees included) to finish, so boxes are final. */
export function animationsDone(page) {
  return page.evaluate(() => {
    // document.getAnimations() leaves out shadow trees in Chromium; ask every open shadow root too.
    const roots = [document, ...[...document.querySelectorAll("*")].filter((el) => el.shadowRoot).map((el) => el.shadowRoot)];
    return Promise.all(roots.flatMap((root) => root.getAnimations()).map((animation) => animation.finished.catch(() => {})));
  });
}
