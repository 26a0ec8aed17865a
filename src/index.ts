/**
 * The ES module build (dist/assent.mjs): `import { init } from "assent"`.
 * Importing it does nothing; call `init(config)` to start. Its exports are the
 * members of `AssentApi` (types.ts) one by one; tests/unit/exports.test.ts pins the list.
 */
// These imports only place code, first in dist/assent.mjs, where brotli packs them best (as in auto.ts).
import "../styles/assent.css?raw";
import "./locales/en";
import "./locales/sv";
import "preact";
import type { AssentApi } from "./types";
import { createAssent, pageAssent } from "./assent";

export type * from "./types";
export { validateConfig, type ConfigProblem } from "./core/validate-config";
export { consentFromCookies } from "./core/read-choice";

let instance: AssentApi | undefined;
/**
 * The page's one Assent (the drop-in's `window.Assent` when it is there; see `pageAssent`). Looked up on
 * first use, so importing the module (even during server-side rendering) touches no `window`.
 */
// Languages other than English and Swedish load from dist/locales/ beside this module (README, "Languages").
const assent = (): AssentApi => (instance ||= pageAssent(window, () => createAssent(window, null, undefined, import.meta.url)));

/** Starts Assent with this config (or the page's config when omitted); a second call is ignored. */
export const init: AssentApi["init"] = (config) => assent().init(config);
/** Records that the visitor accepted every category (GPC-denied ones stay off). */
export const acceptAll: AssentApi["acceptAll"] = () => assent().acceptAll();
/** Records that the visitor refused every optional category. */
export const rejectAll: AssentApi["rejectAll"] = () => assent().rejectAll();
/** Records exactly these categories (and services); required categories are always in. */
export const accept: AssentApi["accept"] = (categories, services) => assent().accept(categories, services);
/** `true` if the category (and service) is granted now; always `true` for a required category. */
export const allowed: AssentApi["allowed"] = (category, service) => assent().allowed(category, service);
/** The visitor's recorded choice, or `null` while there is no valid one. */
export const getConsent: AssentApi["getConsent"] = () => assent().getConsent();
/** Shows the banner. */
export const showBanner: AssentApi["showBanner"] = () => assent().showBanner();
/** Opens the preference center. */
export const showPreferences: AssentApi["showPreferences"] = () => assent().showPreferences();
/** Hides the banner or preference center. */
export const hide: AssentApi["hide"] = () => assent().hide();
/** Withdraws consent: erases the choice cookie and the declared cookies, shows the banner. */
export const reset: AssentApi["reset"] = () => assent().reset();
/** Subscribes to `"consent"` or `"change"`; returns the unsubscribe function. */
export const on: AssentApi["on"] = (event, listener) => assent().on(event, listener);
/**
 * Calls `listener` with the visitor's choice (`getConsent()`) once Assent has started, then after every
 * recorded choice and `reset()`; returns the unsubscribe function. What `assent/react` and `assent/vue` use.
 */
export const subscribe: AssentApi["subscribe"] = (listener) => assent().subscribe(listener);
