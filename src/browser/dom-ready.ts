/**
 * Runs `fn` as soon as `<body>` exists — while the parser is still on the page's
 * first bytes — so the banner can paint in the first frames instead of after
 * DOMContentLoaded. Our script sits in `<head>`, where `document.body` is null.
 */
export function whenBody(doc: Document, fn: () => void): void {
  if (doc.body) return fn();
  const observer = new MutationObserver(() => {
    if (doc.body) {
      observer.disconnect();
      fn();
    }
  });
  observer.observe(doc.documentElement, { childList: true });
}

/** Runs `fn` once the whole document is parsed (at once if it already is). */
export function whenParsed(doc: Document, fn: () => void): void {
  if (doc.readyState == "loading") doc.addEventListener("DOMContentLoaded", () => fn());
  else fn();
}
