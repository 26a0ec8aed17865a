/** A piece of a text: plain text, or a link to render as `<a href>` with `label` as its text. */
export type TextPart = string | { label: string; href: string };

// The URL may hold no whitespace, control characters or parentheses: browsers
// strip leading spaces and drop tabs and newlines anywhere in a URL, which is how
// " java\tscript:" tricks get through naive checks (https://url.spec.whatwg.org/#concept-basic-url-parser).
const LINK = /\[([^[\]]+)\]\(([^\s()\x00-\x1f\x7f]+)\)/g;

/**
 * Only web and mail links, or relative URLs (no scheme: nothing before a `:`
 * that comes ahead of any `/`, `?` or `#`). A character reference (`&#58;`,
 * `&colon;`) is refused too, in case the text ever meets an HTML parser.
 */
const isSafeUrl = (url: string) => /^(https?|mailto):/i.test(url) || (!/^[^/?#]*:/.test(url) && !/&(#|[a-z]+;)/i.test(url));

/**
 * Splits a config text into plain text and `[label](url)` links. Only http:,
 * https:, mailto: and relative URLs become links; any other `[label](url)`
 * (javascript:, data: …) stays as the plain text it was. The result is text
 * for text nodes and attributes, never HTML.
 */
export function parseLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plain = "";
  let last = 0;
  text.replace(LINK, (whole: string, label: string, href: string, index: number) => {
    plain += text.slice(last, index);
    last = index + whole.length;
    if (isSafeUrl(href)) {
      if (plain) parts.push(plain);
      parts.push({ label, href });
      plain = "";
    } else plain += whole;
    return whole;
  });
  plain += text.slice(last);
  if (plain) parts.push(plain);
  return parts;
}

/** `url` when it is safe for an `href` (http, https, mailto or relative), else "" — the same rule as links in text. */
export function safeHref(url: string): string {
  const [part] = url ? parseLinks(`[x](${url})`) : [];
  return typeof part == "object" ? part.href : "";
}
