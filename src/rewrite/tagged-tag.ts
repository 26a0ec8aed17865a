import type { Token } from "parse5";
import { isFetchingLink, URL_ATTRIBUTE, type UrlMatcher } from "../core/url-patterns";

// Relative URLs are the site's own; a base is only needed to read protocol-relative ones (`//host/x.js`).
const BASE = "https://assent.invalid/";
// Script types the browser runs; anything else (JSON, templates) is never fetched, so it is left alone.
const RUNNABLE = /^\s*(|module|(text|application)\/(x-)?(java|ecma)script)\s*$/i;

/**
 * The start tag `raw` (the source text of `token`) in the tagged form of the README's "Tagging third-party content",
 * when its element is untagged content of a service that lists its URL — or `null` to keep it byte for byte. Only the
 * tag's own bytes change: `data-category`/`data-service` (and a script's `type="text/plain"`) go in after the tag
 * name, and the attributes that would load something are renamed in place (`src` → `data-src`, `type` → `data-type`),
 * their values untouched.
 */
export function rewriteStartTag(token: Token.TagToken, raw: string, match: UrlMatcher): string | null {
  const name = token.tagName;
  const urlAttribute = URL_ATTRIBUTE[name];
  if (!urlAttribute || !token.location || !token.location.attrs) return null;
  const attrs: { [name: string]: string } = {};
  for (const attr of token.attrs) attrs[attr.name] = attr.value;
  const url = attrs[urlAttribute];
  if (url == null || "data-category" in attrs || attrs["data-assent"] == "ignore") return null;
  if (name == "link" && !isFetchingLink(attrs.rel)) return null;
  const script = name == "script";
  if (script && !RUNNABLE.test(attrs.type || "")) return null;
  const owner = match(url, BASE);
  if (!owner) return null;

  const start = token.location.startOffset;
  const edits: Array<[number, string]> = [
    [1 + name.length, ` data-category="${owner.category}" data-service="${owner.service}"${script ? ' type="text/plain"' : ""}`],
  ];
  // A script keeps its src: as text/plain it is neither fetched nor run (and the preload scanner skips it).
  const renamed = script ? ["type"] : [urlAttribute, "srcset"];
  for (const attr of renamed) {
    const at = token.location.attrs[attr];
    if (at) edits.push([at.startOffset - start, "data-"]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  let out = "";
  let from = 0;
  for (const [at, text] of edits) {
    out += raw.slice(from, at) + text;
    from = at;
  }
  return out + raw.slice(from);
}
