import { attempt } from "../core/report";

/** Runs granted scripts exactly once each, in the order they were handed over. */
export interface ScriptRunner {
  /** Queues these blocked `<script type="text/plain">` elements (in document order) behind any still running. */
  run(scripts: HTMLScriptElement[]): void;
}

interface Queued {
  script: HTMLScriptElement;
  preload?: HTMLLinkElement;
}

// Types the browser executes (and so fires load/error for); anything else would stall the queue.
const RUNNABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

/**
 * The ordered script queue. Why it looks like this:
 * - A script whose type is flipped after insertion never runs: its "already started" flag is set
 *   (https://html.spec.whatwg.org/multipage/scripting.html#already-started), so each one is RE-CREATED.
 * - Latency: external scripts created with `async = false` download in parallel yet execute in insertion
 *   order ("list of scripts that will execute in order as soon as possible",
 *   https://html.spec.whatwg.org/multipage/scripting.html#list-of-scripts-that-will-execute-in-order-as-soon-as-possible),
 *   so consecutive externals go in at once.
 * - An inline script runs synchronously on insertion, outside that list, so our own queue holds it until every
 *   earlier external has fired load or error. Externals behind it wait too (else they could overtake it) but get a
 *   `<link rel=preload>` so their download still starts now.
 * - A script whose original had `async` keeps it and never holds the queue: the page asked for no ordering.
 * jsdom 26 runs every non-async script (inline too) through one in-order resource queue, so it would hide an
 * inline inserted too early; the tests therefore check what is inserted when, not only the run order.
 */
export function createScriptRunner(doc: Document, report: (error: unknown) => void): ScriptRunner {
  const queue: Queued[] = [];
  let pending = 0; // ordered externals inserted whose load/error hasn't fired yet

  const pump = (): void => {
    while (queue.length) {
      const { script, preload } = queue[0];
      const external = script.hasAttribute("src");
      if (!external && pending) return;
      queue.shift();
      // The page removed it before its turn: it must not run.
      if (!script.parentNode) {
        if (preload) preload.remove();
        continue;
      }
      attempt(() => {
        const copy = recreate(doc, script);
        if (isOrderedExternal(script) && RUNNABLE.test(copy.type) && !copy.noModule) {
          pending++;
          const done = () => {
            pending--;
            if (preload) preload.remove();
            pump();
          };
          // Listeners, not onload/onerror: the copy may carry the page's own handler attributes.
          copy.addEventListener("load", done);
          copy.addEventListener("error", done);
        }
        script.replaceWith(copy);
      }, report);
    }
  };

  return {
    run(scripts) {
      for (const script of scripts) queue.push({ script });
      pump();
      for (const item of queue) if (!item.preload && isOrderedExternal(item.script)) item.preload = preloadLink(doc, item.script);
    },
  };
}

/** An external script that did not ask for `async`: it runs in its turn. */
const isOrderedExternal = (script: HTMLScriptElement) => script.hasAttribute("src") && !script.hasAttribute("async");

/** A runnable copy of a blocked script: every attribute but `type`, which comes from `data-type` (or none). */
function recreate(doc: Document, original: HTMLScriptElement): HTMLScriptElement {
  const copy = doc.createElement("script");
  for (const { name, value } of Array.from(original.attributes)) {
    if (name != "type") copy.setAttribute(name, value);
  }
  const type = original.getAttribute("data-type");
  if (type) copy.type = type;
  // Under a CSP header the browser empties the nonce attribute; the property keeps the real value
  // (https://html.spec.whatwg.org/multipage/urls-and-fetching.html#nonce-attributes).
  copy.nonce = original.nonce;
  // Created scripts are "force async"; clearing it puts them in the in-order list.
  if (!original.hasAttribute("async")) copy.async = false;
  copy.text = original.text;
  return copy;
}

/** Starts the download of an external script that has to wait for its turn. */
function preloadLink(doc: Document, script: HTMLScriptElement): HTMLLinkElement {
  const link = doc.createElement("link");
  const isModule = /^module$/i.test(script.getAttribute("data-type") || "");
  link.rel = isModule ? "modulepreload" : "preload";
  link.setAttribute("as", "script");
  link.href = script.src;
  // A preload is only reused when its request matches the script's (CORS mode, integrity, referrer policy).
  for (const name of ["crossorigin", "integrity", "referrerpolicy"]) {
    const value = script.getAttribute(name);
    if (value != null) link.setAttribute(name, value);
  }
  link.nonce = script.nonce;
  (doc.head || doc.documentElement).appendChild(link);
  return link;
}
