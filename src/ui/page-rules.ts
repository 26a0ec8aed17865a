// The stylesheet's last rules, from this one on, style the page itself (see styles/assent.css).
const FIRST_PAGE_RULE = "[data-assent-blocking]";

/**
 * The part of Assent's stylesheet that goes into the page (not a shadow root):
 * the scroll lock of `blocking`, hidden held-back frames, and the cookie
 * declaration's light styling, every selector scoped to a `data-assent-*` attribute.
 */
export function pickPageRules(css: string): string {
  const start = css.lastIndexOf(FIRST_PAGE_RULE);
  return start < 0 ? "" : css.slice(start);
}
