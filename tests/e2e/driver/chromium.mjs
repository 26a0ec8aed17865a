/**
 * Chromium adapter: Debian's Chromium through playwright-core (the launcher the benchmark shares,
 * tests/e2e/chromium.mjs). One browser per harness, a fresh context (cookies, storage) per page.
 */
import { existsSync } from "node:fs";
import { launchChromium } from "../chromium.mjs";

const EXECUTABLE = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** What must be installed for this engine; empty when ready. */
export function missing() {
  return existsSync(EXECUTABLE) ? [] : [`Chromium at ${EXECUTABLE} (apt-get install -y chromium)`];
}

/** The browser language can be set per page. */
export const emulatesLocale = true;

export async function launch() {
  const browser = await launchChromium({ executablePath: EXECUTABLE });
  return {
    async newPage({ viewport, colorScheme, locale }) {
      const context = await browser.newContext({ viewport, colorScheme, locale });
      const page = await context.newPage();
      return {
        goto: (url) => page.goto(url, { waitUntil: "load" }),
        reload: () => page.reload({ waitUntil: "load" }),
        evaluate: (expression) => page.evaluate(expression),
        click: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key),
        cookies: () => context.cookies(),
        setCookie: (cookie) => context.addCookies([cookie]),
        screenshot: (path, { fullPage }) => page.screenshot({ path, fullPage }),
        setViewport: (size) => page.setViewportSize(size),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
