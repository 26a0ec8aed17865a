import { describe, expect, it, vi } from "vitest";
import { createFakePage, openFakePage, type FakePage as Page } from "./fake-page";
import { watchTaggedContent, type TagInfo, type TaggedContentOptions } from "../../../src/browser/tagged-content";

const CDN = "https://cdn.test/";
const routes: Record<string, { body: string; delay?: number }> = {
  [CDN + "slow.js"]: { body: "log.push('slow')", delay: 150 },
  [CDN + "fast.js"]: { body: "log.push('fast')" },
  [CDN + "late.js"]: { body: "log.push('late')" },
  [CDN + "frame.html"]: { body: "<p>video</p>" },
  [CDN + "style.css"]: { body: "p { color: red }" },
  // A page's own parser-blocking script: jsdom keeps the document "loading" until it has run.
  [CDN + "parsing.js"]: { body: "", delay: 300 },
};

const createPage = (body: string) => createFakePage(body, routes);
const openPage = (body: string) => openFakePage(body, routes);

/** Consent the test flips at will: `granted` holds the category ids (and `!id` for refused ones) that may load. */
function watch(page: Page, granted: Set<string>, extra: Partial<TaggedContentOptions> = {}) {
  const mayLoad = vi.fn((tag: TagInfo) => granted.has((tag.negated ? "!" : "") + tag.category));
  const report = vi.fn();
  const watcher = watchTaggedContent({ document: page.document, mayLoad, report, ...extra });
  return { ...watcher, mayLoad, report };
}

const script = (category: string, attrs: string, code = "") =>
  `<script type="text/plain" data-category="${category}" ${attrs}>${code}</script>`;

/** What the HTML parser has inserted so far of a tagged inline script: the element, holding the text read up to now. */
function parseScript(doc: Document, id: string, code: string) {
  const el = doc.createElement("script");
  el.id = id;
  el.type = "text/plain";
  el.setAttribute("data-category", "analytics");
  el.text = code;
  doc.body.append(el);
  return el;
}

/** Lets the MutationObserver deliver what was inserted so far. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const ALL_KINDS =
  script("analytics", `src="${CDN}slow.js"`) +
  script("analytics", "", "log.push('inline')") +
  `<iframe data-category="analytics" data-src="${CDN}frame.html"></iframe>` +
  `<link rel="stylesheet" data-category="analytics" data-href="${CDN}style.css">` +
  `<img data-category="analytics" data-src="${CDN}pixel.gif" data-srcset="${CDN}pixel-2x.gif 2x" alt="">`;

describe("watchTaggedContent", () => {
  it("fetches and runs nothing tagged until its category may load", async () => {
    const page = await openPage(ALL_KINDS);
    const granted = new Set<string>();
    const watcher = watch(page, granted);
    await new Promise((resolve) => setTimeout(resolve, 200)); // longer than the slowest fake response

    expect(page.requests).toEqual([]);
    expect(page.window.log).toEqual([]);
    expect(page.document.querySelector("iframe")!.hasAttribute("src")).toBe(false);
    expect(page.document.querySelector("img")!.hasAttribute("src")).toBe(false);
    expect(page.document.querySelector("link")!.hasAttribute("href")).toBe(false);

    granted.add("analytics");
    watcher.rescan();
    await vi.waitFor(() => expect(page.window.log).toEqual(["slow", "inline"]));
    await vi.waitFor(() => expect(page.requests.sort()).toEqual([CDN + "frame.html", CDN + "slow.js", CDN + "style.css"]));
    const img = page.document.querySelector("img")!;
    expect(img.getAttribute("src")).toBe(CDN + "pixel.gif");
    expect(img.getAttribute("srcset")).toBe(CDN + "pixel-2x.gif 2x");
    expect(page.document.querySelector("link")!.getAttribute("href")).toBe(CDN + "style.css");
    expect(watcher.report).not.toHaveBeenCalled();
  });

  it("runs granted scripts in document order, each exactly once however often it rescans", async () => {
    const page = await openPage(
      script("analytics", `src="${CDN}slow.js"`) +
        script("analytics", "", "log.push('inline1')") +
        script("marketing", `src="${CDN}fast.js"`) +
        script("analytics", "", "log.push('inline2')"),
    );
    const watcher = watch(page, new Set(["analytics", "marketing"]));
    watcher.rescan();
    watcher.rescan();
    await vi.waitFor(() => expect(page.window.log).toHaveLength(4));
    watcher.rescan();
    // A sentinel inserted later queues behind anything run twice, so waiting for it proves nothing was.
    page.document.body.insertAdjacentHTML("beforeend", script("analytics", `src="${CDN}late.js"`));
    await vi.waitFor(() => expect(page.window.log).toContain("late"));
    expect(page.window.log).toEqual(["slow", "inline1", "fast", "inline2", "late"]);
    expect(page.requests.filter((url) => url == CDN + "slow.js")).toHaveLength(1);
  });

  it("keeps a script blocked when consent is withdrawn before its turn, and runs it once on a later grant", async () => {
    const page = await openPage(
      script("analytics", `src="${CDN}slow.js"`) + script("analytics", 'id="after"', "log.push('after')"),
    );
    const granted = new Set(["analytics"]);
    const watcher = watch(page, granted);
    watcher.rescan();
    granted.delete("analytics"); // withdrawn while slow.js downloads
    await vi.waitFor(() => expect(page.window.log).toEqual(["slow"]));
    await vi.waitFor(() => expect(page.document.getElementById("after")!.getAttribute("data-assent")).toBe("blocked"));
    expect(page.document.getElementById("after")!.getAttribute("type")).toBe("text/plain");

    granted.add("analytics");
    watcher.rescan();
    watcher.rescan();
    await vi.waitFor(() => expect(page.window.log).toEqual(["slow", "after"]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.window.log).toEqual(["slow", "after"]);
  });

  it("releases many granted pixels a few per task, and none whose consent is withdrawn before its turn", async () => {
    const pixels = Array.from({ length: 50 }, (_, i) => `<img data-category="analytics" data-src="${CDN}p.gif?${i}" alt="">`);
    const page = await openPage(pixels.join(""));
    const granted = new Set(["analytics"]);
    const watcher = watch(page, granted);
    const loading = () => page.document.querySelectorAll("img[src]").length;

    watcher.rescan();
    // The first few go in the grant's own task, in document order; the rest wait for later tasks.
    const first = loading();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(50);
    expect(page.document.querySelector("img")!.getAttribute("src")).toBe(CDN + "p.gif?0");

    granted.delete("analytics"); // withdrawn before the rest had their turn
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loading()).toBe(first);
    expect(page.document.querySelectorAll('img[data-assent="blocked"]')).toHaveLength(50 - first);

    granted.add("analytics");
    watcher.rescan();
    await vi.waitFor(() => expect(loading()).toBe(50));
  });
  it("warns once per tagged element that also has a real URL attribute, naming it and the attribute", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const page = await openPage(
      `<img id="pixel" data-category="marketing" data-src="${CDN}pixel.gif" src="${CDN}pixel.gif" alt="">` +
        `<iframe id="frame" data-category="marketing" srcdoc="<p>x</p>"></iframe>` +
        `<video id="video" data-category="marketing" data-src="${CDN}v.mp4" poster="${CDN}poster.jpg"></video>` +
        `<object id="object" data-category="marketing" data="${CDN}thing.swf"></object>` +
        `<iframe id="blank" data-category="marketing" src="about:blank" data-src="${CDN}frame.html"></iframe>` +
        `<img id="fine" data-category="marketing" data-src="${CDN}pixel.gif" alt="">`,
    );
    try {
      const watcher = watch(page, new Set());
      watcher.rescan();
      watcher.rescan();
      const said = warn.mock.calls.map((call) => [String(call[0]), (call[1] as Element).id]);
      expect(said).toEqual([
        [expect.stringMatching(/tagged <img> has src, loaded before consent; use data-src$/), "pixel"],
        [expect.stringMatching(/tagged <iframe> has srcdoc, loaded before consent$/), "frame"],
        [expect.stringMatching(/tagged <video> has poster, loaded before consent; use data-poster$/), "video"],
        [expect.stringMatching(/tagged <object> has data, loaded before consent$/), "object"],
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it("leaves tagged content inside a shadow root alone, before and after a grant (README, Limitations: shadow roots)", async () => {
    const page = await openPage(
      `<div id="host"><img id="slotted" data-category="analytics" data-src="${CDN}slotted.gif" alt=""></div>`,
    );
    const root = page.document.getElementById("host")!.attachShadow({ mode: "open" });
    root.innerHTML = `<slot></slot><img id="inside" data-category="analytics" data-src="${CDN}inside.gif" alt="">`;
    const watcher = watch(page, new Set(["analytics"]));
    watcher.rescan();
    await nextTask();
    expect(root.getElementById("inside")!.hasAttribute("src")).toBe(false);
    expect(page.document.getElementById("slotted")!.getAttribute("src")).toBe(CDN + "slotted.gif");
  });

  it("passes category, service and negation to mayLoad, and runs `!category` content only when it says so", async () => {
    const page = await openPage(
      script("analytics", 'data-service="google-analytics"', "log.push('ga')") +
        script("!analytics", "", "log.push('refused')") +
        `<iframe data-category="marketing" data-service="youtube" data-src="${CDN}frame.html"></iframe>`,
    );
    const granted = new Set<string>();
    const watcher = watch(page, granted);
    expect(watcher.mayLoad.mock.calls.map(([tag]) => ({ ...tag }))).toEqual([
      { category: "analytics", service: "google-analytics", negated: false },
      { category: "analytics", service: undefined, negated: true },
      { category: "marketing", service: "youtube", negated: false },
    ]);

    granted.add("!analytics");
    watcher.rescan();
    expect(page.window.log).toEqual(["refused"]);
  });

  it("ignores elements without a valid data-category", async () => {
    const page = await openPage(
      script("", "", "log.push('empty')") +
        script("two words", "", "log.push('space')") +
        script("!!x", "", "log.push('double')") +
        `<img data-category="<b>" data-src="${CDN}pixel.gif">`,
    );
    const watcher = watch(page, new Set(["", "two words", "!x", "<b>"]));
    expect(watcher.mayLoad).not.toHaveBeenCalled();
    expect(page.window.log).toEqual([]);
    expect(page.document.querySelector("img")!.hasAttribute("src")).toBe(false);
  });

  it("handles tagged content the page inserts after load the same way", async () => {
    const page = await openPage("");
    const onBlockedFrame = vi.fn();
    const watcher = watch(page, new Set(["analytics"]), { onBlockedFrame });

    const later = page.document.createElement("div");
    later.innerHTML =
      script("analytics", "", "log.push('inserted')") +
      `<img data-category="analytics" data-src="${CDN}pixel.gif">` +
      `<iframe data-category="marketing" data-src="${CDN}frame.html"></iframe>`;
    page.document.body.appendChild(later);
    const pixel = page.document.createElement("img");
    pixel.setAttribute("data-category", "analytics");
    pixel.setAttribute("data-src", CDN + "pixel-2.gif");
    page.document.body.appendChild(pixel);

    await vi.waitFor(() => expect(page.window.log).toEqual(["inserted"]));
    expect(page.document.querySelector("img")!.getAttribute("src")).toBe(CDN + "pixel.gif");
    expect(pixel.getAttribute("src")).toBe(CDN + "pixel-2.gif");
    expect(onBlockedFrame).toHaveBeenCalledTimes(1);
    expect(page.requests).not.toContain(CDN + "frame.html");
    // Once per element, and once more for the script and each pixel when its turn to go in comes.
    expect(watcher.mayLoad).toHaveBeenCalledTimes(7);
  });

  it("asks for one placeholder per blocked frame and removes it before the frame loads", async () => {
    const page = await openPage(
      `<iframe id="a" data-category="marketing" data-service="youtube" data-src="${CDN}frame.html"></iframe>` +
        `<iframe id="b" data-category="marketing" data-src="${CDN}frame.html?b"></iframe>`,
    );
    const removed: Array<[string, boolean]> = [];
    const onBlockedFrame = vi.fn(
      (frame: HTMLIFrameElement, _tag: TagInfo) => () => removed.push([frame.id, frame.hasAttribute("src")]),
    );
    const granted = new Set<string>();
    const watcher = watch(page, granted, { onBlockedFrame });
    watcher.rescan();
    page.document.body.appendChild(page.document.getElementById("a")!); // moved by the page: still one placeholder
    await Promise.resolve();
    watcher.rescan();

    expect(onBlockedFrame.mock.calls.map(([frame, tag]) => [frame.id, { ...tag }])).toEqual([
      ["a", { category: "marketing", service: "youtube", negated: false }],
      ["b", { category: "marketing", service: undefined, negated: false }],
    ]);
    expect(removed).toEqual([]);

    granted.add("marketing");
    watcher.rescan();
    watcher.rescan();
    expect(removed.sort()).toEqual([
      ["a", false],
      ["b", false],
    ]);
    expect(page.document.getElementById("a")!.getAttribute("src")).toBe(CDN + "frame.html");

    // Withdrawing can't un-load a frame: no placeholder comes back over it, and moving it doesn't revive it twice.
    granted.delete("marketing");
    watcher.rescan();
    page.document.body.prepend(page.document.getElementById("b")!);
    await vi.waitFor(() => expect(page.requests).toContain(CDN + "frame.html?b"));
    expect(onBlockedFrame).toHaveBeenCalledTimes(2);
    // 2 frames × 4 scans while blocked + 1 for the move of "a" + 1 for each frame's turn; never asked again once loaded.
    expect(watcher.mayLoad).toHaveBeenCalledTimes(11);
  });

  it("revives video, audio and their <source> children, embed and picture sources", async () => {
    const page = await openPage(
      `<video data-category="marketing" data-poster="${CDN}poster.jpg"><source data-src="${CDN}clip.mp4" type="video/mp4"></video>` +
        `<audio><source data-category="marketing" data-src="${CDN}song.mp3"></audio>` +
        `<embed data-category="marketing" data-src="${CDN}movie.swf">` +
        `<picture><source data-category="marketing" data-srcset="${CDN}wide.jpg"><img alt=""></picture>`,
    );
    const load = vi.spyOn(page.window.HTMLMediaElement.prototype, "load");
    const granted = new Set<string>();
    const watcher = watch(page, granted);
    expect(load).not.toHaveBeenCalled();

    granted.add("marketing");
    watcher.rescan();
    const doc = page.document;
    expect(doc.querySelector("video")!.getAttribute("poster")).toBe(CDN + "poster.jpg");
    expect(doc.querySelector("video source")!.getAttribute("src")).toBe(CDN + "clip.mp4");
    expect(doc.querySelector("audio source")!.getAttribute("src")).toBe(CDN + "song.mp3");
    expect(doc.querySelector("embed")!.getAttribute("src")).toBe(CDN + "movie.swf");
    expect(doc.querySelector("picture source")!.getAttribute("srcset")).toBe(CDN + "wide.jpg");
    expect(load.mock.contexts.map((media) => (media as Element).localName).sort()).toEqual(["audio", "video"]);
  });

  it("runs tagged scripts while the page is parsed, once the parser has moved past each, in document order", async () => {
    const page = createPage(`<script src="${CDN}parsing.js"></script>`);
    const doc = page.document;
    // Ids of the runnable copies inserted so far (jsdom itself only runs them after DOMContentLoaded).
    const handedOver = () => Array.from(doc.querySelectorAll("script[id]:not([type])"), (copy) => copy.id);
    const watcher = watch(page, new Set(["analytics"]), { whileParsing: true });
    let atContentLoaded: string[] = [];
    doc.addEventListener("DOMContentLoaded", () => (atContentLoaded = handedOver()));

    const first = parseScript(doc, "first", "log.push(");
    await nextTask();
    first.append("'first')");
    await nextTask();
    expect(handedOver()).toEqual([]); // the parser may still be adding text to it
    expect(watcher.mayLoad).not.toHaveBeenCalled();

    doc.body.append("\n"); // the parser moves past </script>
    await nextTask();
    expect(handedOver()).toEqual(["first"]);
    expect(doc.readyState).toBe("loading");

    parseScript(doc, "second", "log.push('second')");
    await nextTask();
    expect(handedOver()).toEqual(["first"]);
    // "third" arrives complete in the next batch, but must not overtake "second".
    const third = parseScript(doc, "third", "log.push('third')");
    third.after("\n");
    await nextTask();
    expect(handedOver()).toEqual(["first", "second", "third"]);
    expect(doc.readyState).toBe("loading");

    parseScript(doc, "last", "log.push('last')"); // still open when the document ends: handled at DOMContentLoaded
    await new Promise((resolve) => page.window.addEventListener("load", resolve));
    expect(atContentLoaded).toEqual(["first", "second", "third", "last"]);
    expect(page.window.log).toEqual(["first", "second", "third", "last"]);
  });

  it("without whileParsing, decides nothing until the document is parsed", async () => {
    const page = createPage(`<script src="${CDN}parsing.js"></script>`);
    const doc = page.document;
    const watcher = watch(page, new Set(["analytics"]));
    parseScript(doc, "early", "log.push('early')").after("\n");
    await nextTask();
    expect(doc.readyState).toBe("loading");
    expect(watcher.mayLoad).not.toHaveBeenCalled();
    await new Promise((resolve) => page.window.addEventListener("load", resolve));
    expect(page.window.log).toEqual(["early"]);
  });

  it("asks for frame placeholders and takes a choice made while the page is parsed", async () => {
    const page = createPage(`<script src="${CDN}parsing.js"></script>`);
    const doc = page.document;
    const onBlockedFrame = vi.fn();
    const granted = new Set<string>();
    const watcher = watch(page, granted, { onBlockedFrame, whileParsing: true });
    // The frame is its parent's last child, but the parser has left the parent.
    doc.body.insertAdjacentHTML(
      "beforeend",
      `<div><iframe data-category="marketing" data-src="${CDN}frame.html"></iframe></div>\n`,
    );
    parseScript(doc, "done", "log.push('done')").after("\n");
    parseScript(doc, "open", "log.push(");
    await nextTask();
    expect(onBlockedFrame).toHaveBeenCalledTimes(1);

    granted.add("analytics");
    watcher.rescan();
    expect(doc.querySelector("#done")!.hasAttribute("type")).toBe(false);
    expect(doc.querySelector("#open")!.getAttribute("type")).toBe("text/plain");
    expect(doc.readyState).toBe("loading");
    expect(onBlockedFrame).toHaveBeenCalledTimes(1);
  });

  it("reports a throwing mayLoad or onBlockedFrame and carries on with the rest", async () => {
    const page = await openPage(
      `<iframe data-category="broken" data-src="${CDN}frame.html"></iframe>` +
        `<iframe data-category="marketing" data-src="${CDN}frame.html"></iframe>` +
        script("analytics", "", "log.push('ok')"),
    );
    const report = vi.fn();
    const error = new Error("bad consent");
    const watcher = watchTaggedContent({
      document: page.document,
      report,
      mayLoad: (tag) => {
        if (tag.category == "broken") throw error;
        return tag.category == "analytics";
      },
      onBlockedFrame: () => {
        throw new Error("bad placeholder");
      },
    });
    watcher.rescan(); // asks mayLoad again, but never for a second placeholder
    expect(report.mock.calls.map(([e]) => (e as Error).message)).toEqual([
      "bad consent",
      "bad placeholder",
      "bad placeholder",
      "bad consent",
    ]);
    expect(page.window.log).toEqual(["ok"]);
    expect(page.document.querySelector("iframe")!.hasAttribute("src")).toBe(false);
  });

  it("stops watching insertions after stop()", async () => {
    const page = await openPage("");
    const watcher = watch(page, new Set(["analytics"]));
    watcher.stop();
    page.document.body.insertAdjacentHTML("beforeend", script("analytics", "", "log.push('after stop')"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    watcher.rescan();
    expect(page.window.log).toEqual([]);
    expect(watcher.mayLoad).not.toHaveBeenCalled();
  });
});
