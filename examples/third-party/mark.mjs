/*
 * The module twin of mark.js for the browser tests (a module has no document.currentScript):
 * `mark.mjs?name=x` records `x` in window.thirdPartyRan when it runs.
 */
const name = new URL(import.meta.url).searchParams.get("name") || "module";
(window.thirdPartyRan = window.thirdPartyRan || []).push(name);
