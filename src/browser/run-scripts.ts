import { attempt } from "../core/report";
import { scriptValues, type ScriptValues } from "./trusted-script";

/** Runs granted scripts exactly once each, in the order they were handed over. */
export interface ScriptRunner {
  /** Queues these blocked `<script type="text/plain">` elements (in document order) behind any still running. */
  run(scripts: HTMLScriptElement[]): void;
}

export interface ScriptRunnerOptions {
  document: Document;
  report(error: unknown): void;
  /**
   * Asked again just before each script goes in: consent may have been withdrawn while it waited for the scripts
   * before it. A script it refuses is skipped, and `onSkipped` hears of it (it is still blocked, so a later grant
   * may hand it over again).
   */
  mayRun?(script: HTMLScriptElement): boolean;
  onSkipped?(script: HTMLScriptElement): void;
}

interface Queued {
  script: HTMLScriptElement;
  preload?: HTMLLinkElement;
}

// Types the browser executes (and so fires load/error for); anything else would stall the queue.
const RUNNABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;
// Work per task: under the 50 ms that makes a "long task" (https://w3c.github.io/longtasks/#sec-terminology).
const BUDGET_MS = 30;
// A short batch (what most pages have) always goes in at once, however slow the machine.
const MIN_PER_TASK = 20;
// Ordered external scripts downloaded ahead of their turn: enough to keep a connection pool busy (browsers open
// 6 per host over HTTP/1.1) without a thousand preloads in one task.
const LOOKAHEAD = 10;
// What the module inserted after an inline module runs (README, "Content-Security-Policy", for a policy with hashes).
const MODULE_RAN = "assent:module-ran";
const SENTINEL = `document.dispatchEvent(new Event("${MODULE_RAN}"))`;

/**
 * The ordered script queue. Why it looks like this:
 * - A script whose type is flipped after insertion never runs: its "already started" flag is set
 *   (https://html.spec.whatwg.org/multipage/scripting.html#already-started), so each one is RE-CREATED.
 * - Once inserted, a script cannot be stopped, and consent can be withdrawn while it downloads. So one script that
 *   must finish before the next (an external without `async`, or any module) goes in at a time, after asking
 *   `mayRun` again; the next LOOKAHEAD ones get a `<link rel=preload>`, so their downloads still overlap.
 * - An inline script runs synchronously on insertion, an inline module later (after its imports,
 *   https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element), so the classic script
 *   after a module waits until it has run, as after an external (`load`; for an inline module, a sentinel module).
 * - A script whose original had `async` keeps it and never holds the queue: the page asked for no ordering.
 * - A large batch is inserted over several tasks of BUDGET_MS each, so the page stays responsive.
 * jsdom 26 runs every non-async script (inline too) through one in-order resource queue, so it would hide an
 * inline inserted too early; the tests therefore check what is inserted when, not only the run order.
 */
export function createScriptRunner({ document: doc, report, mayRun, onSkipped }: ScriptRunnerOptions): ScriptRunner {
  const queue: Queued[] = [];
  const win = doc.defaultView;
  let waiting = false; // a script that must finish first was inserted and has not fired load or error yet
  let resuming = false; // a continuation is scheduled after a yield

  const pump = (): void => {
    const start = Date.now();
    let count = 0;
    while (queue.length && !waiting) {
      if (++count > MIN_PER_TASK && Date.now() - start > BUDGET_MS && win) {
        resuming = true;
        win.setTimeout(() => ((resuming = false), pump()), 0);
        break;
      }
      const { script, preload } = queue.shift()!;
      // The page removed it before its turn, or its consent is gone: it must not run.
      if (!script.parentNode || (mayRun && !attempt(() => mayRun(script), report))) {
        if (preload) preload.remove();
        if (script.parentNode && onSkipped) attempt(() => onSkipped(script), report);
        continue;
      }
      attempt(() => insert(script, preload), report);
    }
    for (const item of queue.slice(0, LOOKAHEAD))
      if (!item.preload && isOrderedExternal(item.script)) item.preload = preloadLink(doc, item.script);
  };

  const insert = (script: HTMLScriptElement, preload?: HTMLLinkElement) => {
    const values = scriptValues(win);
    const copy = recreate(doc, script, values);
    const done = () => {
      waiting = false;
      if (preload) preload.remove();
      if (!resuming) pump();
    };
    if (!mustFinishFirst(script) || !RUNNABLE.test(copy.type) || copy.noModule) {
      if (preload) preload.remove();
      return script.replaceWith(copy);
    }
    waiting = true;
    if (copy.src) {
      // Listeners, not onload/onerror: the copy may carry the page's own handler attributes.
      copy.addEventListener("load", done);
      copy.addEventListener("error", done);
      script.replaceWith(copy);
    } else {
      // An inline module fires no load event (https://github.com/whatwg/html/issues/6421). A second module
      // inserted after it runs right after it (both are in the in-order list), and says so.
      const sentinel = doc.createElement("script");
      sentinel.type = "module";
      sentinel.async = false;
      sentinel.nonce = script.nonce;
      sentinel.text = values.script(SENTINEL);
      const ran = () => (sentinel.remove(), done());
      doc.addEventListener(MODULE_RAN, ran, { once: true });
      script.replaceWith(copy, sentinel);
    }
  };

  return {
    run(scripts) {
      for (const script of scripts) queue.push({ script });
      if (!resuming) pump();
    },
  };
}

/** An external script that did not ask for `async`: it runs in its turn. */
const isOrderedExternal = (script: HTMLScriptElement) => script.hasAttribute("src") && !script.hasAttribute("async");

const isModule = (script: HTMLScriptElement) => /^\s*module\s*$/i.test(script.getAttribute("data-type") || "");

/** A script that runs later than its insertion and that the next one must wait for. */
const mustFinishFirst = (script: HTMLScriptElement) =>
  !script.hasAttribute("async") && (script.hasAttribute("src") || isModule(script));

/** A runnable copy of a blocked script: every attribute but `type`, which comes from `data-type` (or none). */
function recreate(doc: Document, original: HTMLScriptElement, values: ScriptValues): HTMLScriptElement {
  const copy = doc.createElement("script");
  for (const { name, value } of Array.from(original.attributes)) {
    // `src` and `on*` handlers are Trusted Types sinks (src/browser/trusted-script.ts).
    if (name != "type")
      copy.setAttribute(name, name == "src" ? values.url(value) : /^on/i.test(name) ? values.script(value) : value);
  }
  const type = original.getAttribute("data-type");
  if (type) copy.type = type;
  // Under a CSP header the browser empties the nonce attribute; the property keeps the real value
  // (https://html.spec.whatwg.org/multipage/urls-and-fetching.html#nonce-attributes).
  copy.nonce = original.nonce;
  // Created scripts are "force async"; clearing it puts them in the in-order list.
  if (!original.hasAttribute("async")) copy.async = false;
  copy.text = values.script(original.text);
  return copy;
}

/** Starts the download of an external script that has to wait for its turn. */
function preloadLink(doc: Document, script: HTMLScriptElement): HTMLLinkElement {
  const link = doc.createElement("link");
  link.rel = isModule(script) ? "modulepreload" : "preload";
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
