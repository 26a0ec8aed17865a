/**
 * The browser engines the browser tests run in, by name: each adapter says what it needs installed
 * (`missing()`) and starts its browser (`launch()`); tests/e2e/driver/page.mjs does the rest.
 */
import * as chromium from "./chromium.mjs";
import * as firefox from "./firefox.mjs";
import * as webkit from "./webkit.mjs";

export const ENGINES = { chromium, firefox, webkit };

/** Engine names in the order `npm run test:e2e` runs them. */
export const ENGINE_NAMES = Object.keys(ENGINES);
