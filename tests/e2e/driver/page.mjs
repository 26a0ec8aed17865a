/**
 * The page a browser test drives, the same in every engine. An engine adapter (chromium.mjs,
 * firefox.mjs, webkit.mjs) supplies a few primitives — go to a URL, evaluate an expression, click at
 * a point, press a key, cookies, screenshot, viewport — and everything else (finding elements,
 * waiting, reading state) runs inside the page through in-page.mjs, so it behaves alike everywhere.
 */
import { inPage } from "./in-page.mjs";

/** How long a locator waits for its element before failing (Playwright's default is 30 s; tests here are faster). */
export const DEFAULT_TIMEOUT = 10_000;
const POLL_MS = 40;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The expression that calls `fn` with JSON-able `args` in the page and returns its (awaited) result as JSON text. */
function callExpression(fn, args) {
  const list = args.map((arg) => (typeof arg === "function" ? `(${arg})` : (JSON.stringify(arg) ?? "undefined"))).join(", ");
  return `Promise.resolve((${fn})(${list})).then((value) => JSON.stringify({ value }))`;
}

/** The cookie fields every engine knows, in one shape. */
function cookieFields({ name, value, domain, path, expires = -1, httpOnly = false, secure = false, sameSite }) {
  return { name, value, domain, path, expires, httpOnly, secure, sameSite };
}

export class Page {
  /** @param raw the engine adapter's page; @param engine the engine's name */
  constructor(raw, engine) {
    this.raw = raw;
    this.engine = engine;
    this.pastErrors = [];
  }

  /** Runs `fn(...args)` in the page (args and result JSON-able; a function argument is passed as source). */
  async evaluate(fn, ...args) {
    const text = await this.raw.evaluate(callExpression(fn, args));
    return JSON.parse(text).value;
  }

  /** Navigates and waits for the load event (keeping the errors the previous document reported). */
  async goto(url) {
    this.pastErrors.push(...(await this.currentErrors()));
    await this.raw.goto(url);
  }

  async reload() {
    this.pastErrors.push(...(await this.currentErrors()));
    await this.raw.reload();
  }

  /**
   * Console errors (`console.error`), uncaught errors (prefixed `pageerror: `), unhandled rejections and
   * failed resource loads reported in this page's documents, as collected by the probe the test
   * server puts first in every page (see tests/e2e/helpers.mjs).
   */
  async errors() {
    return [...this.pastErrors, ...(await this.currentErrors())];
  }

  async currentErrors() {
    try {
      return (await this.evaluate(() => (window.__e2eErrors ? [...window.__e2eErrors] : []))) || [];
    } catch {
      return [];
    }
  }

  /** Waits until `fn()` (run in the page) returns something truthy, and returns it. */
  async waitForFunction(fn, { timeout = DEFAULT_TIMEOUT } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn);
      if (value) return value;
      if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${fn}`);
      await sleep(POLL_MS);
    }
  }

  /** Waits `ms` milliseconds (only after `settle`, for something that must NOT happen). */
  waitForTimeout(ms) {
    return sleep(ms);
  }

  /**
   * Closes the page (also done when its test ends). WebKitWebDriver runs one page at a time: a test
   * that needs a second page closes the first one before opening it.
   */
  async close() {
    if (!this.closed) await this.raw.close();
    this.closed = true;
  }

  /** Presses a key or chord: "Tab", "Shift+Tab", "Enter", "Escape", "Space", "ArrowDown", a character. */
  press(key) {
    return this.raw.press(key);
  }

  /** Types text into the focused element, one key at a time. */
  async type(text) {
    for (const char of text) await this.raw.press(char);
  }

  /** Cookies of the page's site: `{ name, value, domain, path, expires (s since epoch, -1 for session), httpOnly, secure, sameSite }`. */
  async cookies() {
    return (await this.raw.cookies()).map(cookieFields);
  }

  /** Sets a cookie (same shape as `cookies()` returns) for the page's current site. */
  setCookie(cookie) {
    return this.raw.setCookie(cookieFields(cookie));
  }

  /** Writes a PNG of the viewport (or the whole page with `fullPage`) to `path`. */
  screenshot(path, { fullPage = false } = {}) {
    return this.raw.screenshot(path, { fullPage });
  }

  /** Resizes the viewport to `{ width, height }` CSS pixels. */
  setViewport(size) {
    return this.raw.setViewport(size);
  }

  /** Elements with ARIA role `role` (implicit or explicit) and accessible name `name` (string: case-insensitive substring, or exact with `exact: true`; or a RegExp). */
  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }

  /** Elements matching a CSS selector, in the page and in open shadow roots. */
  locator(css) {
    return new Locator(this, []).locator(css);
  }

  /** The innermost elements whose text holds `text` (exact with `exact: true`; or a RegExp). */
  getByText(text, options) {
    return new Locator(this, []).getByText(text, options);
  }
}

/** A lazy description of elements: each call looks them up again, like Playwright's locators (and strict like them: one element or an error). */
export class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  then = undefined; // not a thenable: `await locator` must not look like a promise

  with(step) {
    return new Locator(this.page, [...this.steps, step]);
  }

  getByRole(role, { name, exact = false } = {}) {
    if (name instanceof RegExp) return this.with({ role, regex: { source: name.source, flags: name.flags } });
    return this.with({ role, name, exact });
  }

  locator(css) {
    return this.with({ css });
  }

  getByText(text, { exact = false } = {}) {
    if (text instanceof RegExp) return this.with({ text: null, regex: { source: text.source, flags: text.flags } });
    return this.with({ text, exact });
  }

  /** Elements matching this locator or `other`. */
  or(other) {
    return new Locator(this.page, [{ or: [this.steps, other.steps] }]);
  }

  first() {
    return this.with({ nth: 0 });
  }

  /** Only the visible ones (`{ visible: true }`). */
  filter({ visible }) {
    return visible ? this.with({ visible: true }) : this;
  }

  probe(op, arg, fn) {
    return this.page.evaluate(inPage, op, this.steps, arg ?? null, fn ?? null);
  }

  describe() {
    return JSON.stringify(this.steps);
  }

  /** How many elements match now (no waiting). */
  count() {
    return this.probe("count");
  }

  /** Whether the (first) element is visible now (no waiting). */
  isVisible() {
    return this.probe("visible");
  }

  /** Waits until the element is "visible" (default), "hidden", "attached" or "detached". */
  async waitFor({ state = "visible", timeout = DEFAULT_TIMEOUT } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const { count, visible } = await this.probe("state");
      if (state === "visible" && count > 1) throw new Error(`${count} elements match ${this.describe()} (expected one)`);
      const done =
        (state === "visible" && visible) ||
        (state === "hidden" && !visible) ||
        (state === "attached" && count > 0) ||
        (state === "detached" && count === 0);
      if (done) return;
      if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${this.describe()} to be ${state}`);
      await sleep(POLL_MS);
    }
  }

  /** Waits for exactly one matching element and returns `op`'s answer about it. */
  async one(op, arg, fn, timeout = DEFAULT_TIMEOUT) {
    const end = Date.now() + timeout;
    for (;;) {
      const result = await this.probe(op, arg, fn);
      if (result && "value" in result) return result.value;
      if (result && result.strict > 1) throw new Error(`${result.strict} elements match ${this.describe()} (expected one)`);
      if (Date.now() > end) {
        throw new Error(`Timed out after ${timeout} ms: ${this.describe()} ${result.wait || "matches no element"}`);
      }
      await sleep(POLL_MS);
    }
  }

  isChecked() {
    return this.one("checked");
  }

  isDisabled() {
    return this.one("disabled");
  }

  getAttribute(name) {
    return this.one("attribute", name);
  }

  innerText() {
    return this.one("innerText");
  }

  /** `{ x, y, width, height }` in CSS pixels from the viewport's top left, or null when it has no box. */
  boundingBox() {
    return this.one("box");
  }

  /** Runs `fn(element, arg)` in the page. */
  evaluate(fn, arg) {
    return this.one("evaluate", arg, fn);
  }

  scrollIntoView() {
    return this.one("scroll");
  }

  /** Waits until the element is visible, enabled, still and on top, then clicks its centre with the engine's real pointer. */
  async click({ timeout = DEFAULT_TIMEOUT } = {}) {
    const { x, y } = await this.one("clickPoint", null, null, timeout);
    await this.page.raw.click(x, y);
  }
}
