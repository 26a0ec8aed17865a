/** Where the page put Assent's config: the config itself, a URL to fetch it from, a problem, or nothing (null). */
export type PageConfigSource = { config: unknown } | { url: string } | { error: string } | null;

/** The id of the `<script type="application/json">` that holds an inline config. */
export const CONFIG_SCRIPT_ID = "assent-config";

/**
 * Finds the page's config, first match wins (README "Install"):
 * 1. `<script type="application/json" id="assent-config">{…}</script>` — parsed
 *    here; text that isn't JSON gives `{ error }` saying why;
 * 2. `data-config="/consent.json"` on Assent's own script tag (`currentScript`,
 *    or, when that is null, the first `<script data-config>`) — gives `{ url }`;
 * 3. `window.assentConfig = {…}` set before the script — gives `{ config }`;
 *    a string there is a URL, as in `data-config` (what the Tag Manager template sets).
 * Returns null when the page has none of them. The config is not validated
 * here. Never throws.
 */
export function readPageConfig(doc: Document, win: Window, currentScript: HTMLScriptElement | null): PageConfigSource {
  const inline = doc.querySelector("script#" + CONFIG_SCRIPT_ID);
  if (inline) {
    try {
      return { config: JSON.parse(inline.textContent || "") };
    } catch (error) {
      return { error: `<script id="${CONFIG_SCRIPT_ID}"> does not hold valid JSON (${(error as Error).message})` };
    }
  }
  // document.currentScript is null in a module script or once the script has finished
  // running (https://html.spec.whatwg.org/multipage/dom.html#dom-document-currentscript).
  const own = currentScript || doc.querySelector("script[data-config]");
  const url = own && own.getAttribute("data-config");
  if (url) return { url };
  const config = win.assentConfig;
  return typeof config == "string" ? { url: config } : config != null ? { config } : null;
}
