/**
 * Shared set-up of the browser tests: the two loopback servers of examples/server.mjs (site + "third
 * party"), one browser of the engine named by E2E_ENGINE (chromium, firefox or webkit; see
 * tests/e2e/README.md) per test file, a fresh page per test, and small probes that read what a
 * visitor would notice (buttons by their accessible name, scripts that ran, cookies).
 */
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { startServers } from "../../examples/server.mjs";
import { ENGINES } from "./driver/engines.mjs";
import { Page } from "./driver/page.mjs";

export { Page, Locator } from "./driver/page.mjs";
export const ENGINE = process.env.E2E_ENGINE || "chromium";
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const EXAMPLE_SITE = fileURLToPath(new URL("../../examples/site/", import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL(`./screenshots/${ENGINE}/`, import.meta.url));
export const CONFIG = JSON.parse(readFileSync(new URL("../../examples/consent.json", import.meta.url), "utf8"));

/** The viewport of a page unless a test asks for another (Playwright's default). */
export const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Put first in every page's <head> by the test server: records console.error calls, uncaught errors,
 * unhandled rejections and failed resource loads on window.__e2eErrors (Page.errors() reads them), so
 * every engine reports the same things without engine-specific console events.
 */
function errorProbe() {
  const errors = (window.__e2eErrors = []);
  const text = (value) => (value && value.message) || String(value);
  const original = console.error;
  console.error = function (...args) {
    errors.push(args.map(text).join(" "));
    return original.apply(this, args);
  };
  addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target && target !== window && target.localName) {
        errors.push(`Failed to load resource: <${target.localName}> ${target.src || target.href || ""}`);
      } else errors.push(`pageerror: ${event.message}`);
    },
    true,
  );
  addEventListener("unhandledrejection", (event) => errors.push(`pageerror: ${text(event.reason)}`));
}

/** A script element that calls `fn(arg)`; JSON's "<" escaped so that the text cannot close the element. */
const scriptTag = ([fn, arg]) =>
  `<script nonce="{{NONCE}}">(${fn})(${(JSON.stringify(arg) ?? "").replaceAll("<", "\\u003c")});</script>`;

/** Makes navigator.language(s) say `locale`, for engines that cannot emulate a browser language (WebKitGTK). */
function fakeLanguages(locale) {
  const languages = Object.freeze([locale, locale.split("-")[0]]);
  Object.defineProperty(Navigator.prototype, "languages", { get: () => languages, configurable: true });
  Object.defineProperty(Navigator.prototype, "language", { get: () => locale, configurable: true });
}

/**
 * Starts the servers and a browser for one test file. `newPage(t, options)` opens a page (fresh
 * cookies and storage) that closes when test `t` ends; options: `viewport`, `colorScheme`
 * ("light" | "dark"), `locale`. `addInitScript(fn)` and `route(path, respond)` apply to every page
 * loaded until the current test ends (the tests of a file run one after another).
 */
export async function startHarness({ siteRoot = FIXTURES, csp } = {}) {
  const servers = await startServers({ siteRoot, csp });
  const adapter = ENGINES[ENGINE];
  if (!adapter) throw new Error(`E2E_ENGINE=${ENGINE}: not one of ${Object.keys(ENGINES).join(", ")}`);
  const browser = await adapter.launch();
  let initScripts = [];
  const routes = new Set();
  const applyHead = () => servers.setHeadHtml([[errorProbe], ...initScripts].map(scriptTag).join(""));
  applyHead();
  return {
    servers,
    engine: ENGINE,
    url: (path) => servers.siteOrigin + path,
    /** Paths requested from the third-party origin since the last `clearLog()`. */
    thirdPartyPaths: () => servers.requests.filter((r) => r.origin === "third").map((r) => r.path),
    /** Runs `fn(arg)` first in every page of the site (before Assent), until the test ends. */
    addInitScript(fn, arg) {
      initScripts.push([fn, arg]);
      applyHead();
    },
    /** Serves `path` from `respond(original)` until the test ends (see examples/server.mjs `route`). */
    route(path, respond) {
      routes.add(path);
      servers.route(path, respond);
    },
    async newPage(t, { viewport = DEFAULT_VIEWPORT, colorScheme = "light", locale } = {}) {
      const raw = await browser.newPage({ viewport, colorScheme, locale });
      if (locale && !adapter.emulatesLocale) this.addInitScript(fakeLanguages, locale);
      t.after(async () => {
        initScripts = [];
        applyHead();
        for (const path of routes) servers.route(path, null);
        routes.clear();
        await page.close();
      });
      const page = new Page(raw, ENGINE);
      page.servers = servers;
      return page;
    },
    async close() {
      await browser.close();
      await servers.close();
    },
  };
}

/** The quiet time that counts as "the network has settled" (Playwright's own networkidle uses 500 ms). */
const QUIET_MS = 300;

/**
 * Waits until the document has loaded and neither server has had a request in flight for QUIET_MS,
 * so anything that would leak has leaked. The servers' own count is used, the same in every engine.
 */
export async function settle(page) {
  await waitFor(() => page.evaluate(() => document.readyState === "complete"), "the load event", 15_000);
  const { network } = page.servers;
  await waitFor(() => network.inflight === 0 && Date.now() - network.last >= QUIET_MS, "the network to settle", 15_000);
}

/** Loads `url` and waits until the network has settled. */
export async function load(page, url) {
  await page.goto(url);
  await settle(page);
}

/** A visible button by its exact accessible name (found inside open shadow roots too). */
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

/**
 * A returning visit to `url` on a page with three tagged scripts (the fixtures' order pages): Accept all,
 * wait until the three ran, reload with the choice stored, and wait until they ran again. `beforeReload`
 * runs between (e.g. to clear the server's request log).
 */
export async function acceptAllAndReturn(page, url, beforeReload = () => {}) {
  await load(page, url);
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 3, "three scripts");
  beforeReload();
  await page.reload();
  await waitFor(async () => (await ran(page)).length === 3, "three scripts after reload");
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

/** The config of examples/consent.json with `patch` applied, as JSON text (for `h.route`). */
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

/** What has focus, looking through shadow roots, and whether it is inside the open dialog. */
export function focusInfo(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    const find = (root) => {
      const hit = root.querySelector('[role="dialog"]');
      if (hit) return hit;
      for (const el of root.querySelectorAll("*"))
        if (el.shadowRoot) {
          const inner = find(el.shadowRoot);
          if (inner) return inner;
        }
      return null;
    };
    const dialog = find(document);
    return {
      label: active ? (active.getAttribute("aria-label") || active.textContent || active.tagName).trim().slice(0, 40) : null,
      tag: active && active.tagName,
      inDialog: !!(dialog && active && dialog.contains(active)),
      dialogOpen: !!(dialog && dialog.getClientRects().length),
    };
  });
}

/** Presses Tab until the element labelled `label` has focus. */
export async function tabTo(page, label, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.press("Tab");
    if ((await focusInfo(page)).label === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}
