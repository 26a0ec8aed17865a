import { attempt } from "../core/report";

/**
 * Gives Google tags one command, exactly as the page's own gtag snippet would:
 * through `window.gtag` when the page defined one (so a custom gtag, or GTM's
 * own, sees it), else as an `arguments` object pushed onto `window.dataLayer`
 * (created when missing). gtag.js only treats `arguments` objects as commands;
 * a plain array pushed onto dataLayer is silently ignored.
 * Never throws: a failing page gtag is reported with console.error.
 */
export function pushGtag(win: Window, args: unknown[]): void {
  attempt(() => (typeof win.gtag == "function" ? win.gtag(...args) : pushDataLayerEvent(win, toArguments(...args))));
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
