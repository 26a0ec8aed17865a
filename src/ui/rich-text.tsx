import { h } from "preact";
import { parseLinks, safeHref } from "../core/text-links";
import type { Text } from "../types";
import type { UiContext } from "./ui-context";

/**
 * A config text as text nodes, with `[label](url)` turned into links (http, https,
 * mailto and relative URLs only). Never HTML: markup in the text shows as written.
 */
export function renderRichText(text: string) {
  return parseLinks(text).map((part) => (typeof part == "string" ? part : <a href={part.href}>{part.label}</a>));
}

/**
 * A paragraph of config text followed by a link to a privacy policy (the
 * site's, or a service's), or nothing when there is neither text nor link.
 */
export function renderParagraph(ctx: UiContext, text: string, policyUrl?: Text) {
  const policy = safeHref(ctx.local(policyUrl));
  return (
    (text || policy) && (
      <p>
        {renderRichText(text)}
        {policy && [text && " ", <a href={policy}>{ctx.text.policyLink}</a>]}
      </p>
    )
  );
}
