import type { ConsentModeStates } from "../types";
import { attempt } from "../core/report";

/**
 * Gives Google tags one command, exactly as the page's own gtag snippet would:
 * through `window.gtag` when the page defined one (so a custom gtag, or GTM's
 * own, sees it), else as an `arguments` object pushed onto `window.dataLayer`
 * (created when missing). gtag.js only treats `arguments` objects as commands;
 * a plain array pushed onto dataLayer is silently ignored.
 *
 * When Assent was loaded by its Tag Manager template, the template left
 * `window.assentGtm` for it (README "Google Tag Manager"): the template has set
 * the defaults from its own fields, so only each consent update goes, to it, to
 * become `updateConsentState` — Google asks templates not to use gtag's consent
 * commands. Never throws: a failing page gtag is reported with console.error.
 */
export function pushGtag(win: Window, args: unknown[]): void {
  attempt(() => {
    const template = win.assentGtm;
    if (typeof template != "function")
      typeof win.gtag == "function" ? win.gtag(...args) : pushDataLayerEvent(win, toArguments(...args));
    else if (args[0] == "consent" && args[1] == "update") template(args[2] as ConsentModeStates);
  });
}

/**
 * Pushes an entry onto `window.dataLayer` (created when missing), e.g. the event
 * `{ event: "assent_consent", assent: { categories, services } }`, which
 * Tag Manager triggers can listen for. Never throws.
 */
export function pushDataLayerEvent(win: Window, event: object): void {
  attempt(() => (win.dataLayer = win.dataLayer || []).push(event));
}

// A real `arguments` object, the shape of `function gtag(){dataLayer.push(arguments)}`.
function toArguments(..._args: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
}
