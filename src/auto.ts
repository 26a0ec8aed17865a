/**
 * The drop-in build (dist/assent.js): the only module that acts on import.
 * It defines `window.Assent` and starts at once, synchronously, so Google
 * Consent Mode's default is set before any later tag on the page runs.
 */
import { createAssent } from "./assent";

// A page that includes the script twice keeps the first instance ("a second call is ignored").
if (!window.Assent) {
  // `currentScript` is only set while this script runs synchronously: read it now, for `data-config`.
  const assent = createAssent(window, document.currentScript as HTMLScriptElement | null);
  window.Assent = assent;
  assent.init();
}
