import { render } from "preact";
import { CookieTable, type CookieRow } from "./cookie-table";
import { RichText } from "./rich-text";
import { fillTokens } from "./text-tokens";
import type { UiContext } from "./ui-context";

/**
 * The cookie declaration for a privacy page: per category its title,
 * description and a table of every cookie of its services (visible, not
 * collapsed). Page content, not shadow DOM, in plain semantic HTML, so the
 * site's own styles apply; headings are `<h3>` unless the element says
 * otherwise (`data-assent-declaration="2"` → `<h2>`).
 */
export function Declaration({ ctx, level }: { ctx: UiContext; level: number }) {
  const { config, text, local } = ctx;
  const Heading = `h${level}` as "h3";
  return (
    <>
      {config.categories.map((category) => {
        const title = local(category.title);
        const description = local(category.description);
        const rows: CookieRow[] = (category.services || []).flatMap((service) =>
          (service.cookies || []).map((cookie) => ({ cookie, service: local(service.title) })),
        );
        return (
          <section>
            <Heading>{title}</Heading>
            {description && (
              <p>
                <RichText text={description} />
              </p>
            )}
            {rows.length ? (
              <div>
                <CookieTable ctx={ctx} caption={fillTokens(text.cookies, { name: title })} rows={rows} withService />
              </div>
            ) : (
              <p>{text.declarationEmpty}</p>
            )}
          </section>
        );
      })}
    </>
  );
}

/**
 * Fills one `[data-assent-declaration]` element, replacing whatever it held
 * (a "loading" note, say); a second call leaves a filled element alone.
 */
export function fillDeclaration(ctx: UiContext, element: Element, filled: WeakSet<Element>): void {
  if (filled.has(element)) return;
  filled.add(element);
  const level = Math.min(6, Math.max(2, parseInt(element.getAttribute("data-assent-declaration") || "", 10) || 3));
  element.textContent = "";
  render(<Declaration ctx={ctx} level={level} />, element);
}
