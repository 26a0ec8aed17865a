import { attempt } from "../core/report";
import { whenParsed } from "./dom-ready";
import { createScriptRunner } from "./run-scripts";
import { createUrlMistakeWarner } from "./url-mistakes";
import { HELD_BACK } from "../core/loading-attributes";

/** What a tagged element asks for: `data-category="!analytics" data-service="ga"` → `{ category: "analytics", service: "ga", negated: true }`. */
export interface TagInfo {
  category: string;
  service?: string;
  /** `!category`: the content may load only once the visitor has refused that category. */
  negated: boolean;
}

export interface TaggedContentOptions {
  document: Document;
  /** May this content load now? (the composition root answers from consent: negated → a choice exists and refused it) */
  mayLoad(tag: TagInfo): boolean;
  /** A tagged iframe that may not load yet: the UI puts a placeholder; returns a function that removes it. */
  onBlockedFrame?(frame: HTMLIFrameElement, tag: TagInfo): (() => void) | void;
  report(error: unknown): void;
  /**
   * Handle content while the page is still being parsed (worth it when a stored choice lets content load);
   * otherwise start at DOMContentLoaded, and save watching every node the parser adds.
   */
  whileParsing?: boolean;
  /** Where auto-blocking held an element, in the order it held them (README "Auto-blocking"): those scripts run in it. */
  orderOf?(el: Element): number | undefined;
}

/** Handle on the watcher: `rescan()` after every choice, `stop()` to stop observing the page. */
export interface TaggedContentWatcher {
  rescan(): void;
  stop(): void;
}

// Idempotency marker: "blocked" while held back, "loaded" once revived, so an element is revived exactly once
// however often it is scanned or re-inserted.
const MARK = "data-assent";
const CANDIDATES = "[data-category]:not([data-assent=loaded])";
const CATEGORY = /^\s*(!?)([\w-]+)\s*$/;
const ELEMENTS = /^(iframe|img|video|audio|source|embed|link)$/;
const MEDIA = /^(video|audio)$/;
// Content other than scripts released per task. Its cost is mostly the browser's, after our code (an <img> starts
// its request at the task's microtask checkpoint): 100 pixels took 66 ms of the click's task in Chromium at 1x CPU
// (tests/e2e/many.test.mjs), so they are counted, not timed; a page's usual handful still goes at once.
const RELEASED_PER_TASK = 10;

/**
 * Holds back tagged third-party content until `mayLoad` allows it (README "Tagging third-party content"): scripts with
 * `type="text/plain" data-category`, and `iframe`, `img`, `video`, `audio`, `source`, `embed`, `link`
 * with `data-category` and `data-src` / `data-srcset` / `data-href`. Content the page inserts later is handled the same.
 */
export function watchTaggedContent(options: TaggedContentOptions): TaggedContentWatcher {
  const { document: doc, mayLoad, onBlockedFrame, report, whileParsing, orderOf } = options;
  const runner = createScriptRunner({
    document: doc,
    report,
    // Asked again when a script's turn comes: a withdrawal in the meantime keeps it blocked (README, "Withdrawing").
    mayRun: (script) => {
      const tag = readTag(script);
      return !!tag && mayLoad(tag);
    },
    onSkipped: (script) => script.setAttribute(MARK, "blocked"),
  });
  const placeholders = new WeakMap<Element, (() => void) | void>();
  const guarded = <T>(fn: () => T) => attempt(fn, report);
  const warnUrlMistake = createUrlMistakeWarner();
  let stopped = false;
  // From the first element the parser may still be filling on, in order: the next pass starts with these.
  let held: Element[] = [];
  // Granted content other than scripts, waiting for its turn (RELEASED_PER_TASK at a time).
  const releasing: Element[] = [];
  const win = doc.defaultView;

  const revive = (el: Element) => {
    const remove = placeholders.get(el);
    placeholders.delete(el);
    if (remove) guarded(remove);
    setLazy(el);
    const name = el.localName;
    // A changed <source> is only picked up by the media element's load() (the <picture> case updates by itself).
    const media = name == "source" ? el.parentElement : el;
    const sources = MEDIA.test(name) ? el.querySelectorAll("source[data-src]:not([data-category])") : [];
    sources.forEach(setLazy);
    if (media && MEDIA.test(media.localName) && (name == "source" || sources.length)) {
      (media as HTMLMediaElement).load();
    }
  };

  /** Revives the next few granted elements, asking again first: consent may have been withdrawn since. */
  const releaseSome = () => {
    // Without a window to schedule turns on (a document of no browsing context), all at once.
    for (const el of releasing.splice(0, win ? RELEASED_PER_TASK : releasing.length)) {
      const tag = readTag(el);
      if (tag && guarded(() => mayLoad(tag))) guarded(() => revive(el));
      else el.setAttribute(MARK, "blocked");
    }
    if (releasing.length && win) win.setTimeout(releaseSome);
  };

  /**
   * Decides for each element that is (still) a candidate, after those held back; scripts go to the runner together,
   * in document order. One the parser may still be filling holds back itself and everything after it.
   */
  const handle = (found: Iterable<Element>) => {
    const elements = [...held, ...found];
    const scripts: HTMLScriptElement[] = [];
    const turnScheduled = releasing.length > 0;
    held = [];
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i];
      if (!el.matches(CANDIDATES)) continue;
      if (doc.readyState == "loading" && !isPassed(el)) {
        held = elements.slice(i);
        break;
      }
      if (!el.hasAttribute(MARK)) warnUrlMistake(el);
      const tag = isTagged(el) && readTag(el);
      if (!tag) continue;
      if (guarded(() => mayLoad(tag))) {
        el.setAttribute(MARK, "loaded");
        if (el.localName == "script") scripts.push(el as HTMLScriptElement);
        else releasing.push(el);
      } else {
        el.setAttribute(MARK, "blocked");
        if (el.localName == "iframe" && onBlockedFrame && !placeholders.has(el)) {
          placeholders.set(
            el,
            guarded(() => onBlockedFrame(el as HTMLIFrameElement, tag)),
          );
        }
      }
    }
    if (scripts.length) runner.run(orderOf ? inInsertionOrder(scripts, orderOf) : scripts);
    // The first turn now; when one is already scheduled, these wait behind the content before them.
    if (releasing.length && !turnScheduled) releaseSome();
  };

  // A full pass finds the held elements again, in document order.
  const scan = () => stopped || ((held = []), handle(doc.querySelectorAll(CANDIDATES)));

  // Assent runs in <head>: with `whileParsing`, content is handled while the parser adds it, batch by batch, and
  // what was still being parsed once parsing ends; without, everything once parsing ends. Later insertions alike.
  const observer =
    win &&
    new win.MutationObserver((records) => {
      // Called for every node the parser adds: keep only the candidates, and skip the pass when there is nothing
      // to decide (on a first visit this observer sees the whole page).
      const added: Element[] = [];
      for (const record of records)
        record.addedNodes.forEach((node) => {
          if (node.nodeType != 1) return;
          if ((node as Element).matches(CANDIDATES)) added.push(node as Element);
          if ((node as Element).firstElementChild) added.push(...(node as Element).querySelectorAll(CANDIDATES));
        });
      if (added.length || held.length) handle(added);
    });
  const start = () => {
    if (observer) observer.observe(doc, { childList: true, subtree: true });
    scan();
  };
  if (whileParsing) start();
  whenParsed(doc, () => (whileParsing ? handle([]) : start()));

  return {
    rescan: scan,
    stop() {
      stopped = true;
      held = [];
      releasing.length = 0;
      if (observer) observer.disconnect();
    },
  };
}

/**
 * Whether the HTML parser has moved past this node, so it will add nothing more to it. The parser inserts an element
 * as soon as it reads the start tag, then appends its content (an inline script's text, a video's <source>s) as it
 * arrives, possibly across tasks, so an observer can see it half-built. It only ever appends at the end of the
 * document (https://html.spec.whatwg.org/multipage/parsing.html#appropriate-place-for-inserting-a-node; bar foster
 * parenting in broken tables): once the node or one of its ancestors has a following sibling, it is complete.
 */
const isPassed = (node: Node | null): unknown => node && (node.nextSibling || isPassed(node.parentNode));

/**
 * Scripts that auto-blocking held go in the order they were inserted — a tag manager often inserts each new script
 * before the first one — taking the places such scripts hold in document order; the site's own tagged scripts keep theirs.
 */
function inInsertionOrder(scripts: HTMLScriptElement[], orderOf: (el: Element) => number | undefined) {
  const held = scripts.filter((s) => orderOf(s) != null).sort((a, b) => orderOf(a)! - orderOf(b)!);
  return scripts.map((s) => (orderOf(s) != null ? held.shift()! : s));
}

/** Whether Assent holds this element back: a blocked script, or a listed element with a held-back URL. */
function isTagged(el: Element): boolean {
  const name = el.localName;
  if (name == "script") return /^\s*text\/plain\s*$/i.test(el.getAttribute("type") || "");
  return (
    ELEMENTS.test(name) &&
    (HELD_BACK.some((attr) => el.hasAttribute("data-" + attr)) || (MEDIA.test(name) && !!el.querySelector("source[data-src]")))
  );
}

/** The element's tag, or null when its `data-category` is not a valid (optionally `!`-prefixed) id. */
function readTag(el: Element): TagInfo | null {
  // Only called for elements that match [data-category], so the attribute is there.
  const match = CATEGORY.exec(el.getAttribute("data-category")!);
  const service = (el.getAttribute("data-service") || "").trim();
  return match && { category: match[2], negated: !!match[1], service: service || undefined };
}

/** Moves each held-back `data-src` / `data-srcset` / `data-href` / `data-poster` into place, which starts the load. */
function setLazy(el: Element): void {
  for (const attr of HELD_BACK) {
    const value = el.getAttribute("data-" + attr);
    if (value != null) el.setAttribute(attr, value);
  }
}
