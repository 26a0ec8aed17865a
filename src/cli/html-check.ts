import { parse, type DefaultTreeAdapterMap } from "parse5";
import type { AssentConfig } from "../types";
import { HELD_BACK, loadingAttributes } from "../core/loading-attributes";
import { createUrlMatcher, listUrlPatterns } from "../core/url-patterns";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** A mistake in a page's markup: its line, and whether it leaks (`error`) or only may (`warning`). */
export interface HtmlProblem {
  kind: "error" | "warning";
  line: number;
  message: string;
}

const CATEGORY = /^\s*!?\s*([\w-]+)\s*$/;
const ABSOLUTE = /^(https?:)?\/\//i;

/**
 * What to write instead of a loading attribute: its held-back form. `srcdoc` (markup that runs at once) and
 * `<object data>` have none, so the advice there is a frame of their own that Assent holds back.
 */
const heldBackAdvice = (name: string): string =>
  HELD_BACK.includes(name) ? `use data-${name}` : `Assent can't hold ${name} back: use <iframe data-src> with a URL`;

/**
 * The tagging mistakes in one page, for a valid config (`assent validate consent.json --html page.html`): tagged
 * elements that also carry a real URL attribute (fetched before consent), tagged elements whose category or service
 * the config does not have (they never load), and — a warning — untagged scripts from another host that no service's
 * `urls` match (they run whatever the visitor chooses). The page is parsed as a browser would (parse5, the WHATWG
 * parser), so nothing inside comments, script bodies or attribute values is mistaken for an element.
 */
export function checkHtml(html: string, config: AssentConfig): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const match = createUrlMatcher(listUrlPatterns(config));
  const categories = new Map(config.categories.map((c) => [c.id, (c.services || []).map((s) => s.id)]));
  const visit = (node: Node) => {
    if ("tagName" in node) checkElement(node, categories, match, problems);
    const children = "content" in node && node.content ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
    children.forEach(visit);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return problems;
}

function checkElement(
  el: Element,
  categories: Map<string, string[]>,
  match: ReturnType<typeof createUrlMatcher>,
  problems: HtmlProblem[],
): void {
  const attr = (name: string) => el.attrs.find((a) => a.name == name)?.value;
  const line = el.sourceCodeLocation?.startLine ?? 0;
  const category = attr("data-category");
  const tag = `<${el.tagName}${category == null ? "" : ` data-category="${category}"`}>`;
  const say = (kind: HtmlProblem["kind"], message: string) => problems.push({ kind, line, message: `${tag} ${message}` });
  if (category == null) {
    const src = attr("src");
    if (
      el.tagName == "script" &&
      src &&
      ABSOLUTE.test(src) &&
      attr("data-assent") != "ignore" &&
      !match(src, "https://site.invalid/")
    )
      say("warning", `loads ${src}, which is not tagged and no service's urls match: it runs before any consent`);
    return;
  }
  for (const name of loadingAttributes(el.tagName, attr))
    say("error", `also has ${name}: the browser loads it before any consent (${heldBackAdvice(name)})`);
  const id = CATEGORY.exec(category)?.[1];
  const services = id == null ? undefined : categories.get(id);
  if (!services) {
    say("error", "names a category the config does not have: it never loads");
    return;
  }
  const service = (attr("data-service") || "").trim();
  if (service && !services.includes(service))
    say("error", `names service "${service}", which category "${id}" does not list: it never loads`);
}
