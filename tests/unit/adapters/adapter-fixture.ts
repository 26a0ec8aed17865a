import { JSDOM, VirtualConsole } from "jsdom";
import { createAssent } from "../../../src/assent";
import { normalizeConfig } from "../../../src/core/config-defaults";
import { encodeConsent } from "../../../src/core/consent-codec";
import { normalizeChoice, recordChoice } from "../../../src/core/consent-rules";
import type { AssentConfig } from "../../../src/types";

/** The site config the adapter tests run with: a required category, an optional one, and per-service switches. */
export const CONFIG: AssentConfig = {
  categories: [
    { id: "necessary", required: true, title: "Necessary" },
    { id: "analytics", title: "Analytics", services: [{ id: "ga", title: "Google Analytics" }] },
    {
      id: "marketing",
      title: "Marketing",
      toggleServices: true,
      services: [
        { id: "youtube", title: "YouTube" },
        { id: "linkedin", title: "LinkedIn" },
      ],
    },
  ],
};

/**
 * The `Cookie` header a browser sends after these choices, made by a real Assent on a page of its
 * own: what a server sees on the visitor's next request.
 */
export function cookieAfter(choose: (assent: ReturnType<typeof createAssent>) => void): string {
  const { window } = new JSDOM("<!doctype html><body></body>", {
    url: "https://site.test/",
    virtualConsole: new VirtualConsole(),
  });
  const assent = createAssent(window as unknown as Window);
  assent.init(CONFIG);
  choose(assent);
  return window.document.cookie;
}

/**
 * The same, where no page can run (vitest's node environment): the cookie value written by the core
 * functions Assent's own cookie comes from.
 */
export function cookieHeaderAfter(categories: string[], services?: string[]): string {
  const config = normalizeConfig(CONFIG);
  const choice = normalizeChoice(config, categories, services);
  const consent = recordChoice(null, choice, config.revision, new Date(), () => "vQm0Yb7Ew0sP4TnB2zK9aA");
  return `_ga=GA1.1.5.6; assent=${encodeConsent(consent, config)}; theme=dark`;
}

/** The drop-in: `window.Assent` on the test's page, started from the config. */
export function startDropIn() {
  const assent = createAssent(window);
  window.Assent = assent;
  assent.init(CONFIG);
  return assent;
}

/** The `assent=…` pair of a Cookie header, to set on the test's page. */
export const assentCookie = (header: string) => header.split("; ").find((c) => c.startsWith("assent="))!;

/** Clears what a test left on the shared jsdom page: instances, cookies, the DOM. */
export function clearPage(): void {
  delete window.Assent;
  Reflect.deleteProperty(window, Symbol.for("assent"));
  for (const cookie of document.cookie.split("; ")) document.cookie = `${cookie.split("=")[0]}=; Max-Age=0; Path=/`;
  document.body.innerHTML = "";
}

/** How many Assent UIs the page has (each instance that shows a banner adds one). */
export const assentRoots = () => document.querySelectorAll("[data-assent-root]").length;

/**
 * The text `run` rendered and then replaced in `container`: removed nodes and overwritten text. A
 * fallback shown for a moment, even within one task, shows up here (MutationObserver keeps every record).
 */
export async function replacedDuring(container: Element, run: () => unknown): Promise<string> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((delivered) => records.push(...delivered));
  observer.observe(container, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  await run();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records
    .flatMap((r) => (r.type == "characterData" ? [r.oldValue || ""] : [...r.removedNodes].map((node) => node.textContent || "")))
    .join("|");
}

/** Lets queued work run (fetches, effects scheduled after a task). */
export const settle = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));
