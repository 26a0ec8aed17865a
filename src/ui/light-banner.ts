import { parseLinks, safeHref } from "../core/text-links";
import { fillTokens, listCategories } from "./text-tokens";
import type { UiContext } from "./ui-context";

/** What the banner's three buttons do. */
export interface BannerButtons {
  acceptAll(): void;
  rejectAll(): void;
  customize(): void;
}

/**
 * The banner of banner.tsx built with plain DOM calls, for the banner-first UI
 * (banner-first.ts), which shows it before Preact and the preference center are
 * loaded. Same elements, classes, attributes and text as renderBanner, so the
 * stylesheet, the tests and the visitor can't tell them apart
 * (tests/unit/ui/banner-first.test.ts compares the two). Config text goes in
 * as text nodes, never as HTML.
 */
export function buildBanner(doc: Document, ctx: UiContext, buttons: BannerButtons): HTMLElement {
  const { config, text } = ctx;
  const el = <K extends keyof HTMLElementTagNameMap>(name: K, ...children: Array<Node | string>) => {
    const element = doc.createElement(name);
    element.append(...children);
    return element;
  };
  const link = (label: string, href: string) => {
    const a = el("a", label);
    a.href = href;
    return a;
  };

  const banner = el("div");
  banner.className = `bn ${config.layout}`;
  banner.setAttribute("role", "region");
  banner.setAttribute("aria-label", text.bannerLabel);
  banner.tabIndex = -1;

  const body = fillTokens(text.bannerBody, { categories: listCategories(ctx, (category) => !category.required) });
  const policy = safeHref(ctx.local(config.policyUrl));
  const intro = el("div", el("h2", text.bannerTitle));
  if (body || policy) {
    const parts = parseLinks(body).map((part) => (typeof part == "string" ? part : link(part.label, part.href)));
    if (policy) parts.push(...(body ? [" "] : []), link(text.policyLink, policy));
    intro.append(el("p", ...parts));
  }

  const row = el("div");
  row.className = "bt";
  for (const [label, onClick] of [
    [text.acceptAll, buttons.acceptAll],
    [text.rejectAll, buttons.rejectAll],
    [text.customize, buttons.customize],
  ] as const) {
    const button = el("button", label);
    button.type = "button";
    button.className = "btn";
    button.addEventListener("click", () => onClick());
    row.append(button);
  }
  banner.append(intro, row);
  return banner;
}
