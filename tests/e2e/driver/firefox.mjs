/**
 * Firefox adapter: Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core (no geckodriver
 * in Debian). BiDi has no prefers-color-scheme or language emulation yet, so they are Firefox
 * preferences set at launch: one browser per (color scheme, language), started when first needed,
 * and a fresh browser context (cookies, storage) per page.
 */
import { existsSync } from "node:fs";
import puppeteer from "puppeteer-core";

const EXECUTABLE = process.env.FIREFOX_PATH || "/usr/bin/firefox-esr";

/** What must be installed for this engine; empty when ready. */
export function missing() {
  return existsSync(EXECUTABLE) ? [] : [`Firefox at ${EXECUTABLE} (apt-get install -y firefox-esr)`];
}

/** Puppeteer's key names for the chords the tests press ("Shift+Tab"); its BiDi keyboard names Space " ". */
function chord(key) {
  return key.split("+").map((k) => (k === "Space" ? " " : k));
}

/** The browser language can be set per page. */
export const emulatesLocale = true;

export async function launch() {
  const browsers = new Map();
  const browserFor = ({ colorScheme = "light", locale = "en-US" }) => {
    const key = `${colorScheme} ${locale}`;
    if (!browsers.has(key)) {
      browsers.set(
        key,
        puppeteer.launch({
          browser: "firefox",
          executablePath: EXECUTABLE,
          headless: true,
          extraPrefsFirefox: {
            // https://searchfox.org/mozilla-central/source/modules/libpref/init/StaticPrefList.yaml: 0 dark, 1 light
            "layout.css.prefers-color-scheme.content-override": colorScheme === "dark" ? 0 : 1,
            "intl.accept_languages": locale,
          },
        }),
      );
    }
    return browsers.get(key);
  };
  return {
    async newPage({ viewport, colorScheme, locale }) {
      const browser = await browserFor({ colorScheme, locale });
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      return {
        goto: (url) => page.goto(url, { waitUntil: "load" }),
        reload: () => page.reload({ waitUntil: "load" }),
        evaluate: (expression) => page.evaluate(expression),
        click: (x, y) => page.mouse.click(x, y),
        async press(key) {
          const keys = chord(key);
          for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
          await page.keyboard.press(keys.at(-1));
          for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
        },
        cookies: () => page.cookies(),
        // Page.setCookie over BiDi ignores a cookie given by domain; the context's sets it (puppeteer-core 24.43).
        setCookie: (cookie) => context.setCookie(cookie),
        screenshot: (path, { fullPage }) => page.screenshot({ path, fullPage }),
        setViewport: (size) => page.setViewport(size),
        close: () => context.close(),
      };
    },
    async close() {
      await Promise.all([...browsers.values()].map(async (browser) => (await browser).close()));
    },
  };
}
