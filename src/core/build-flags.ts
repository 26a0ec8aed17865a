/**
 * Switches fixed when a bundle is built. Every file a site loads from dist/
 * is built with these values (everything in). rollup.config.mjs builds the
 * prebuilt site variants that `npx assent build` picks from (cli/site-build.ts)
 * by swapping this module for one with some switches flipped, so the minifier
 * drops the code behind them: a site's own file cannot be bundled on the
 * site's machine (the package has no bundler at run time).
 */

/**
 * The config arrives inlined by `assent build`, validated and with its
 * defaults filled at build time: no lookup on the page, no validator, no
 * defaults, no language files to fetch (the UI holds the config's languages).
 */
export const PREBUILT_CONFIG: boolean = false;

/** Auto-blocking by URL (services' `urls`): off in a site build whose config lists none. */
export const AUTO_BLOCK: boolean = true;

/** Google Consent Mode (a category's `googleConsent`): off in a site build whose config maps no consent type. */
export const CONSENT_MODE: boolean = true;

/** Proof-of-consent receipts (`consentLog`): off in a site build whose config has no endpoint. */
export const RECEIPTS: boolean = true;

/**
 * The run-time check that `cookie.domain` and `cookie.path` cover the page (core/cookie-place.ts): off in a site
 * build whose config sets neither (no domain, path "/"), where it can find no problem on any page.
 */
export const COOKIE_PLACE: boolean = true;

/**
 * The UI comes in the same file (dist/assent.js, dist/assent.mjs): off in the split drop-in's core
 * (dist/assent-core.js and the site cores), which always hands createAssent the loader of lazy-ui.ts.
 */
export const BUNDLED_UI: boolean = true;
