import { attempt } from "../core/report";
import { whenParsed } from "./dom-ready";
import { createScriptRunner } from "./run-scripts";

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
// Attributes held back as data-*; srcset before src so an <img> picks its candidate from the final state.
const LAZY = ["srcset", "src", "href", "poster"];

/**
 * Holds back tagged third-party content until `mayLoad` allows it (CONTRACT §3): scripts with
 * `type="text/plain" data-category`, and `iframe`, `img`, `video`, `audio`, `source`, `embed`, `link`
 * with `data-category` and `data-src` / `data-srcset` / `data-href`. Content the page inserts later is handled the same.
 */
export function watchTaggedContent(options: TaggedContentOptions): TaggedContentWatcher {
  const { document: doc, mayLoad, onBlockedFrame, report } = options;
  const runner = createScriptRunner(doc, report);
  const placeholders = new WeakMap<Element, (() => void) | void>();
  const guarded = <T>(fn: () => T) => attempt(fn, report);
  let observer: MutationObserver | undefined;
  let started = false;
  let stopped = false;

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

  /** Decides for each element that is (still) a candidate; scripts go to the runner together, in document order. */
  const handle = (elements: Iterable<Element>) => {
    const scripts: HTMLScriptElement[] = [];
    for (const el of elements) {
      const tag = el.matches(CANDIDATES) && isTagged(el) && readTag(el);
      if (!tag) continue;
      if (guarded(() => mayLoad(tag))) {
        el.setAttribute(MARK, "loaded");
        if (el.localName == "script") scripts.push(el as HTMLScriptElement);
        else guarded(() => revive(el));
      } else {
        el.setAttribute(MARK, "blocked");
        if (el.localName == "iframe" && onBlockedFrame && !placeholders.has(el)) {
          placeholders.set(el, guarded(() => onBlockedFrame(el as HTMLIFrameElement, tag)));
        }
      }
    }
    if (scripts.length) runner.run(scripts);
  };

  const scan = () => handle(doc.querySelectorAll(CANDIDATES));

  // While the parser runs, an inline script's text may still be arriving: the first scan waits for the whole document.
  whenParsed(doc, () => {
    if (stopped) return;
    started = true;
    scan();
    const View = doc.defaultView;
    if (!View) return;
    observer = new View.MutationObserver((records) => {
      const added: Element[] = [];
      for (const record of records)
        record.addedNodes.forEach((node) => {
          if (node.nodeType == 1) added.push(node as Element, ...(node as Element).querySelectorAll(CANDIDATES));
        });
      handle(added);
    });
    observer.observe(doc, { childList: true, subtree: true });
  });

  return {
    rescan() {
      if (started && !stopped) scan();
    },
    stop() {
      stopped = true;
      if (observer) observer.disconnect();
    },
  };
}

/** Whether Assent holds this element back: a blocked script, or a listed element with a held-back URL. */
function isTagged(el: Element): boolean {
  const name = el.localName;
  if (name == "script") return /^\s*text\/plain\s*$/i.test(el.getAttribute("type") || "");
  return (
    ELEMENTS.test(name) &&
    (LAZY.some((attr) => el.hasAttribute("data-" + attr)) || (MEDIA.test(name) && !!el.querySelector("source[data-src]")))
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
  for (const attr of LAZY) {
    const value = el.getAttribute("data-" + attr);
    if (value != null) el.setAttribute(attr, value);
  }
}
