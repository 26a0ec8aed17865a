import { attempt } from "../core/report";
import { createUrlMatcher, type UrlMatcher, type UrlOwner, type UrlPattern } from "../core/url-patterns";
import { whenParsed } from "./dom-ready";
import { createHoldBack, URL_ELEMENTS } from "./hold-back";
import { guardInsertions } from "./insertion-guard";

export interface AutoBlockOptions {
  window: Window;
  /** The config's `services[].urls`, parsed (never empty: without patterns nothing is started at all). */
  patterns: UrlPattern[];
  /** May this service's content load now? */
  mayLoad(owner: UrlOwner): boolean;
}

/** Handle on the guard: the order held elements were held in (scripts run in it), and `stop()` (tests). */
export interface AutoBlock {
  orderOf(el: Element): number | undefined;
  stop(): void;
}

/**
 * Auto-blocking (README "Auto-blocking"): untagged content whose URL matches a service's `urls` is turned into
 * tagged content while its service may not load, so the tagged-content watcher holds it back and revives it exactly as
 * if the site had tagged it. Three ways in are covered: what other scripts insert (the DOM's insertion members,
 * patched), what the HTML parser inserts while the page loads (an observer, which sees a parser-inserted script before
 * it is prepared), and what ran before Assent started (a console warning: it is too late for those).
 */
export function startAutoBlock(options: AutoBlockOptions): AutoBlock {
  const { window: win, patterns, mayLoad } = options;
  const doc = win.document;
  const match = createUrlMatcher(patterns);
  const order = new WeakMap<Element, number>();
  let held = 0;
  const holdBack = createHoldBack({ match, mayLoad, base: () => doc.baseURI, onHeld: (el) => order.set(el, held++) });
  warnAboutEarlyScripts(doc, match);

  const hosts = patterns.map((pattern) => pattern.host.replace(/:\d+$/, ""));
  const stopGuard = guardInsertions(win, holdBack, (html) => hosts.some((host) => html.toLowerCase().includes(host)));

  // A frame the parser inserted has started navigating already: a held copy takes its place, which stops it.
  const holdParsed = (el: Element) => {
    if (el.localName != "iframe") {
      holdBack(el);
      return;
    }
    const copy = el.cloneNode(true) as Element;
    if (holdBack(copy)) el.replaceWith(copy);
  };
  const observer = new (win as typeof window).MutationObserver((records) =>
    attempt(() => {
      for (const record of records)
        record.addedNodes.forEach((node) => {
          if (node.nodeType != 1) return;
          holdParsed(node as Element);
          if ((node as Element).firstElementChild) (node as Element).querySelectorAll(URL_ELEMENTS).forEach(holdParsed);
        });
    }),
  );
  // Only while the parser runs: afterwards every insertion goes through the patched members.
  if (doc.readyState == "loading") {
    observer.observe(doc, { childList: true, subtree: true });
    whenParsed(doc, () => observer.disconnect());
  }
  return {
    orderOf: (el) => order.get(el),
    stop() {
      observer.disconnect();
      stopGuard();
    },
  };
}

/** Names each matching script already in the page: it ran before Assent could hold it back. */
function warnAboutEarlyScripts(doc: Document, match: UrlMatcher): void {
  doc.querySelectorAll("script[src]:not([data-category]):not([data-assent=ignore])").forEach((script) => {
    const owner = match(script.getAttribute("src")!, doc.baseURI);
    if (owner)
      console.warn(
        `Assent: ${script.getAttribute("src")} (service "${owner.service}") ran before Assent started: ` +
          "put Assent's script first in <head> to hold it back until consent",
      );
  });
}
