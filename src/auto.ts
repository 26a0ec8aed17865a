/**
 * The drop-in build (dist/assent.js): the only module that acts on import.
 * It defines `window.Assent` and starts at once, synchronously, so Google
 * Consent Mode's default is set before any later tag on the page runs.
 */
// These imports only place code: rollup lays modules out in import order, and brotli packs dist/assent.js
// about 100 B smaller with the stylesheet, the bundled strings and Preact first than after the core's modules
// (`npm run size:mean`: any one brotli figure of the file moves by up to ±50 B). They run nothing of their own.
import "../styles/assent.css?raw";
import "./locales/en";
import "./locales/sv";
import "preact";
import { createAssent, pageAssent } from "./assent";

// One Assent per page: a second copy of this script leaves the first alone, and after the ES module
// this script takes the module's instance (its `init` is then ignored when the module already started it).
if (!window.Assent) {
  // `currentScript` is only set while this script runs synchronously: read it now, for `data-config`.
  const currentScript = document.currentScript as HTMLScriptElement | null;
  const assent = pageAssent(window, () => createAssent(window, currentScript));
  window.Assent = assent;
  assent.init();
}
