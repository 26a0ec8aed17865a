/** A stylesheet ready to adopt: a constructed sheet, or its text where the browser has no constructable stylesheets. */
export type Sheet = CSSStyleSheet | string;

/**
 * Builds a stylesheet in `doc`'s own realm. Constructed sheets go in through
 * `adoptedStyleSheets`, which a strict CSP without 'unsafe-inline' allows
 * (https://drafts.csswg.org/cssom/#dom-cssstylesheet-cssstylesheet); browsers
 * without them (Safari before 16.4) get the text for a `<style>`.
 */
export function createSheet(doc: Document, css: string): Sheet {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    if ("adoptedStyleSheets" in doc) return sheet;
  } catch {
    // No constructable stylesheets: fall back to a <style> below.
  }
  return css;
}

/** Adds a sheet to a shadow root or the page, after the ones already there (the page's own are kept). */
export function adoptSheet(target: Document | ShadowRoot, sheet: Sheet): void {
  if (typeof sheet != "string") {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return;
  }
  // A document has no ownerDocument; a shadow root has.
  const doc = (target as ShadowRoot).ownerDocument || (target as Document);
  const style = doc.createElement("style");
  style.textContent = sheet;
  (target == doc ? doc.head || doc.documentElement : target).appendChild(style);
}

/**
 * A host element (`<div data-assent-…>`, not yet in the page) with an open
 * shadow root holding `sheets` and an empty container to render into. The host
 * resets every inherited style (`:host { all: initial }`), so the page's CSS
 * can't reach in; only `--assent-*` custom properties and the font get through.
 */
export function createShadowHost(
  doc: Document,
  attribute: string,
  theme: string | undefined,
  sheets: Sheet[],
): { host: HTMLElement; container: HTMLElement } {
  const host = doc.createElement("div");
  host.setAttribute(attribute, "");
  host.setAttribute("data-assent-theme", theme || pageTheme(doc));
  const root = host.attachShadow({ mode: "open" });
  for (const sheet of sheets) adoptSheet(root, sheet);
  // Preact renders into this element rather than the root, so a fallback <style> beside it stays put.
  const container = root.appendChild(doc.createElement("div"));
  return { host, container };
}

/**
 * The theme when the config names none: the page's own (README, "Styling"). A page that declares only a dark
 * `color-scheme` (`<meta name="color-scheme" content="dark">` or the root's CSS) gets the dark banner, one that
 * offers both follows the visitor's system ("auto"), any other page is light: a dark banner on a light site because
 * the visitor's system is dark looks like a foreign element.
 */
export function pageTheme(doc: Document): "light" | "dark" | "auto" {
  const meta = doc.querySelector('meta[name="color-scheme"]');
  const view = doc.defaultView;
  const declared =
    (meta && meta.getAttribute("content")) || (view && view.getComputedStyle(doc.documentElement).colorScheme) || "";
  const dark = /\bdark\b/.test(declared);
  return dark && /\blight\b/.test(declared) ? "auto" : dark ? "dark" : "light";
}
