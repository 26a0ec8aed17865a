import { isFetchingLink, URL_ATTRIBUTE, type UrlMatcher, type UrlOwner } from "../core/url-patterns";

/** Elements that may carry a URL to hold back, for scanning an inserted subtree: `script[src],iframe[src],…`. */
export const URL_ELEMENTS = /* @__PURE__ */ Object.entries(URL_ATTRIBUTE)
  .map(([name, attribute]) => `${name}[${attribute}]`)
  .join();

/**
 * Turns an untagged element whose URL belongs to a service that may not load yet into the tagged form of the README's
 * "Tagging third-party content": `data-category` + `data-service`, a script `type="text/plain"` (its own type kept in
 * `data-type`), any other element's `src`/`href` moved to `data-src`/`data-href` — so the tagged-content watcher
 * revives it exactly as if the site had tagged it. Returns whether it did.
 */
export type HoldBack = (el: Element, url?: string | null) => boolean;

export interface HoldBackOptions {
  match: UrlMatcher;
  mayLoad(owner: UrlOwner): boolean;
  /** The page's base URL, for relative URLs. */
  base(): string;
  /** Called with each element held back, in the order they were held (the order their scripts run in). */
  onHeld(el: Element): void;
}

/** The URL attribute of an element auto-blocking looks at, or `undefined` for any other element. */
export const urlAttributeOf = (el: Element): string | undefined =>
  el.namespaceURI == "http://www.w3.org/1999/xhtml" ? URL_ATTRIBUTE[el.localName] : undefined;

/** Builds the one function that decides and converts; `url` is the value about to be set, else the attribute's. */
export function createHoldBack(options: HoldBackOptions): HoldBack {
  const { match, mayLoad, base, onHeld } = options;
  return (el, url) => {
    const attr = urlAttributeOf(el);
    if (!attr || el.hasAttribute("data-category") || el.getAttribute("data-assent") == "ignore") return false;
    if (el.localName == "link" && !isFetchingLink(el.getAttribute("rel"))) return false;
    const value = url == null ? el.getAttribute(attr) : String(url);
    const owner = value && match(value, base());
    if (!owner || mayLoad(owner)) return false;
    el.setAttribute("data-category", owner.category);
    el.setAttribute("data-service", owner.service);
    if (attr == "src" && el.localName == "script") {
      // A script keeps its src: with a type the browser doesn't run, it is neither fetched nor run.
      const type = el.getAttribute("type");
      if (type) el.setAttribute("data-type", type);
      el.setAttribute("type", "text/plain");
    } else {
      el.setAttribute("data-" + attr, value!);
      el.removeAttribute(attr);
      // A responsive image would still fetch a candidate of its srcset.
      const srcset = el.getAttribute("srcset");
      if (srcset != null) {
        el.setAttribute("data-srcset", srcset);
        el.removeAttribute("srcset");
      }
    }
    onHeld(el);
    return true;
  };
}
