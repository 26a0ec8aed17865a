/**
 * A tagged element that also carries a real URL attribute is fetched by the browser as the parser reads it, before
 * any script can hold it back: the site owner's mistake, and an invisible one. These are the attributes that load
 * something, per element (https://html.spec.whatwg.org/multipage/indices.html#attributes-3); `data-src` and the
 * like are the held-back forms (README, "Tagging third-party content"). The page warns (src/browser/url-mistakes.ts)
 * and `assent validate --html` reports them (src/cli/html-check.ts).
 */
const LOADING: { [element: string]: string[] } = {
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  video: ["src", "poster"],
  audio: ["src"],
  iframe: ["src", "srcdoc"],
  embed: ["src"],
  object: ["data"],
  link: ["href"],
};

/**
 * The attributes Assent holds back as `data-*` and restores on consent (src/browser/tagged-content.ts); srcset
 * before src, so an <img> picks its candidate from the final state.
 */
export const HELD_BACK = ["srcset", "src", "href", "poster"];

/** The attributes of a tagged element that load something without waiting for consent (`about:blank` loads nothing). */
export function loadingAttributes(localName: string, getAttribute: (name: string) => string | null | undefined): string[] {
  return (Object.prototype.hasOwnProperty.call(LOADING, localName) ? LOADING[localName] : []).filter((name) => {
    const value = (getAttribute(name) || "").trim();
    return value && value != "about:blank";
  });
}
