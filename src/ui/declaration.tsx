import { h, render } from "preact";
import { textDirection } from "../core/language";
import { renderCookieTable, type CookieRow } from "./cookie-table";
import { renderParagraph } from "./rich-text";
import { fillTokens } from "./text-tokens";
import type { UiContext } from "./ui-context";

/**
 * Fills one `[data-assent-declaration]` element, replacing whatever it held
 * (a "loading" note, say), with the cookie declaration for a privacy page: per
 * category its title, description and a table of every cookie of its services
 * (visible, not collapsed). Page content, not shadow DOM, in plain semantic
 * HTML, so the site's own styles apply; headings are `<h3>` unless the element
 * says otherwise (`data-assent-declaration="2"` → `<h2>`). A second call
 * leaves a filled element alone.
 */
export function fillDeclaration(ctx: UiContext, element: Element, filled: WeakSet<Element>): void {
  if (filled.has(element)) return;
  filled.add(element);
  const { config, text, local, language } = ctx;
  const level = Math.min(6, Math.max(2, Number(element.getAttribute("data-assent-declaration")) || 3));
  const Heading = `h${level}` as "h3";
  element.textContent = "";
  render(
    config.categories.map((category) => {
      const title = local(category.title);
      const rows: CookieRow[] = (category.services || []).flatMap((service) =>
        (service.cookies || []).map((cookie) => ({ cookie, service: local(service.title) })),
      );
      return (
        <section lang={language} dir={textDirection(language)}>
          <Heading>{title}</Heading>
          {renderParagraph(ctx, local(category.description))}
          {rows.length ? (
            <div>{renderCookieTable(ctx, fillTokens(text.cookies, { name: title }), rows, true)}</div>
          ) : (
            <p>{text.declarationEmpty}</p>
          )}
        </section>
      );
    }),
    element,
  );
}
