import { h, render } from "preact";
import { textDirection } from "../core/language";
import { createShadowHost, createSheet, type Sheet } from "./shadow-host";
import { fillTokens, listCategories } from "./text-tokens";
import type { UiContext } from "./ui-context";

/** `width="560"` → `560px`, `width="100%"` → `100%`; anything else (CSS tricks included) → "". */
const toLength = (value: string | null) => {
  const match = /^\s*(\d+(?:\.\d+)?)(%?)\s*$/.exec(value || "");
  return match ? match[1] + (match[2] || "px") : "";
};

/**
 * The placeholder's size, from the frame's `width` / `height` attributes:
 * both in pixels keep their ratio (and shrink on narrow screens), else the
 * full width of the container at 16:9, the usual shape of embedded video.
 * It goes in a sheet of the placeholder's own, since inline styles break under a strict CSP. The shape is
 * the card's, not the host's: a card with an aspect ratio still grows to fit a longer text (a Greek or Irish
 * one at 360 px, tests/e2e/languages.test.mjs), where the host's flex row let the text spill out of it.
 */
function sizeCss(frame: HTMLIFrameElement): string {
  const width = toLength(frame.getAttribute("width"));
  const height = toLength(frame.getAttribute("height"));
  const shape =
    /px$/.test(width) && /px$/.test(height)
      ? `aspect-ratio:${parseFloat(width)}/${parseFloat(height)}`
      : height
        ? `min-height:${height}`
        : "aspect-ratio:16/9";
  return `:host{width:${width || "100%"}}.ph{${shape}}`;
}

/** The service's title from the config, else the host the frame would load from, else the service id or `fallback`. */
function nameService(ctx: UiContext, frame: HTMLIFrameElement, service: string | undefined, fallback: string): string {
  const found = ctx.config.categories.flatMap((category) => category.services || []).find((s) => s.id == service);
  if (found) return ctx.local(found.title);
  const src = frame.getAttribute("data-src");
  try {
    if (src) return new URL(src, frame.baseURI).hostname || service || fallback;
  } catch {
    // Not a URL: name the service or the category instead.
  }
  return service || fallback;
}

/**
 * Puts a placeholder of the frame's size in front of a held-back iframe and
 * hides the frame: it names the service and the category it needs, and its
 * button calls `allow`. Returns the function that removes the placeholder and
 * shows the frame again (the caller then sets its `src`).
 */
export function showPlaceholder(
  ctx: UiContext,
  frame: HTMLIFrameElement,
  tag: { category: string; service?: string },
  sheet: Sheet,
  allow: (category: string, service?: string) => void,
): () => void {
  const doc = frame.ownerDocument;
  const parent = frame.parentNode;
  if (!parent) return () => {};
  const { text, config, language } = ctx;
  const category = listCategories(ctx, (c) => c.id == tag.category) || tag.category;
  const service = nameService(ctx, frame, tag.service, category);
  const { host, container } = createShadowHost(doc, "data-assent-placeholder", config.theme, [
    sheet,
    createSheet(doc, sizeCss(frame)),
  ]);
  const wasHidden = frame.hidden;
  render(
    <div class="ph" lang={language} dir={textDirection(language)}>
      <p class="pt" id="t">
        {fillTokens(text.placeholderTitle, { service })}
      </p>
      <p>{fillTokens(text.placeholderBody, { service, category })}</p>
      <button type="button" class="btn" aria-describedby="t" onClick={() => allow(tag.category, tag.service)}>
        {text.placeholderButton}
      </button>
    </div>,
    container,
  );
  parent.insertBefore(host, frame);
  // `hidden` alone loses to a page rule such as `iframe { display: block }`; the page sheet's
  // `iframe[data-assent-hidden]` rule holds even then.
  frame.hidden = true;
  frame.setAttribute("data-assent-hidden", "");
  return () => {
    host.remove();
    frame.removeAttribute("data-assent-hidden");
    frame.hidden = wasHidden;
  };
}
