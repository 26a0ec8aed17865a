import { parseLinks } from "../core/text-links";

/**
 * A config text as text nodes, with `[label](url)` turned into links (http, https,
 * mailto and relative URLs only). Never HTML: markup in the text shows as written.
 */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {parseLinks(text).map((part) => (typeof part == "string" ? part : <a href={part.href}>{part.label}</a>))}
    </>
  );
}

/** `url` when it is safe for an `href` (http, https, mailto or relative), else "" — the same rule as links in text. */
export function safeHref(url: string): string {
  const [part] = url ? parseLinks(`[x](${url})`) : [];
  return typeof part == "object" ? part.href : "";
}
