import { afterEach, describe, expect, it, vi } from "vitest";
import { openFakePage, type FakePage } from "./fake-page";
import { startAutoBlock, type AutoBlock } from "../../../src/browser/auto-block";
import { watchTaggedContent } from "../../../src/browser/tagged-content";
import { listUrlPatterns } from "../../../src/core/url-patterns";
import type { AssentConfig } from "../../../src/types";

const TP = "https://tp.test/";
const routes = {
  [TP + "a.js"]: { body: "log.push('a')", delay: 60 },
  [TP + "b.js"]: { body: "log.push('b')" },
  [TP + "c.js"]: { body: "log.push('c')" },
  [TP + "frame.html"]: { body: "<p>frame</p>" },
  [TP + "style.css"]: { body: "p { color: red }" },
  ["https://cdn.test/own.js"]: { body: "log.push('own')" },
};
const CONFIG: AssentConfig = {
  categories: [{ id: "marketing", title: "M", services: [{ id: "tp", title: "TP", urls: ["tp.test"] }] }],
};

let guard: AutoBlock | undefined;
afterEach(() => guard?.stop());

/** A loaded page with the guard on; `granted` says whether the service may load. */
async function guardedPage(granted = { now: false }) {
  const page = await openFakePage("<div id=box><p id=first>first</p></div>", routes);
  guard = startAutoBlock({ window: page.window, patterns: listUrlPatterns(CONFIG), mayLoad: () => granted.now });
  return { page, box: page.document.getElementById("box")!, first: page.document.getElementById("first")! };
}

const script = (page: FakePage, name: string, attrs: Record<string, string> = {}) => {
  const el = page.document.createElement("script");
  el.src = TP + name;
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

describe("auto-blocking: content other scripts insert", () => {
  const paths: Array<[string, (box: HTMLElement, first: Element, el: Element) => void]> = [
    ["appendChild", (box, _first, el) => box.appendChild(el)],
    ["insertBefore", (box, first, el) => box.insertBefore(el, first)],
    ["replaceChild", (box, first, el) => box.replaceChild(el, first)],
    ["append", (box, _first, el) => box.append(el)],
    ["prepend", (box, _first, el) => box.prepend(el)],
    ["before", (_box, first, el) => first.before(el)],
    ["after", (_box, first, el) => first.after(el)],
    ["replaceWith", (_box, first, el) => first.replaceWith(el)],
    ["insertAdjacentElement", (_box, first, el) => first.insertAdjacentElement("afterend", el)],
    ["a text node's after", (_box, first, el) => first.firstChild!.after(el)],
    [
      "a fragment",
      (box, _first, el) => box.appendChild(Object.assign(box.ownerDocument.createDocumentFragment()).appendChild(el).parentNode!),
    ],
    [
      "a wrapper element",
      (box, _first, el) => box.appendChild(box.ownerDocument.createElement("div").appendChild(el).parentNode!),
    ],
  ];
  it.each(paths)("holds back a matching script inserted with %s: not requested, tagged", async (_name, insert) => {
    const { page, box, first } = await guardedPage();
    const el = script(page, "b.js", { nonce: "n0nce", integrity: "sha384-x", crossorigin: "anonymous" });
    insert(box, first, el);
    await settle();
    expect(page.requests).toEqual([]);
    expect(page.window.log).toEqual([]);
    expect(el.getAttribute("type")).toBe("text/plain");
    expect(el.getAttribute("data-category")).toBe("marketing");
    expect(el.getAttribute("data-service")).toBe("tp");
    for (const kept of ["nonce", "integrity", "crossorigin", "src"]) expect(el.hasAttribute(kept)).toBe(true);
  });

  it("holds back frames, stylesheets and images inserted as markup, and keeps the rest of the markup", async () => {
    const { page, box, first } = await guardedPage();
    box.innerHTML = `<iframe src="${TP}frame.html"></iframe><b>kept</b>`;
    first.remove();
    box.insertAdjacentHTML("beforeend", `<link rel="stylesheet" href="${TP}style.css"><i>also</i>`);
    box.querySelector("b")!.outerHTML = `<img src="${TP}pixel.gif" srcset="${TP}pixel-2x.gif 2x" alt="">`;
    await settle();
    expect(page.requests).toEqual([]);
    expect(box.innerHTML).toBe(
      `<iframe data-category="marketing" data-service="tp" data-src="${TP}frame.html"></iframe>` +
        `<img alt="" data-category="marketing" data-service="tp" data-src="${TP}pixel.gif" data-srcset="${TP}pixel-2x.gif 2x">` +
        `<link rel="stylesheet" data-category="marketing" data-service="tp" data-href="${TP}style.css"><i>also</i>`,
    );
  });

  it("holds back what markup brings into a shadow root", async () => {
    const { page, box } = await guardedPage();
    const root = box.attachShadow({ mode: "open" });
    root.innerHTML = `<iframe src="${TP}frame.html"></iframe><slot></slot>`;
    await settle();
    expect(page.requests).toEqual([]);
    expect(root.innerHTML).toBe(
      `<iframe data-category="marketing" data-service="tp" data-src="${TP}frame.html"></iframe><slot></slot>`,
    );
  });

  it("holds back a URL set on an element already in the page, by property or setAttribute", async () => {
    const { page, box } = await guardedPage();
    // (A script given a src once in the page is covered by the browser tests: jsdom fetches and runs it whatever its type.)
    box.innerHTML = `<iframe></iframe><link rel="stylesheet">`;
    box.querySelector("iframe")!.src = TP + "frame.html";
    box.querySelector("link")!.setAttribute("href", TP + "style.css");
    await settle();
    expect(page.requests).toEqual([]);
    expect(box.querySelector("iframe")!.getAttribute("data-src")).toBe(TP + "frame.html");
    expect(box.querySelector("link")!.getAttribute("data-href")).toBe(TP + "style.css");
  });

  it("lets everything else through untouched, and matching content once its service may load", async () => {
    const granted = { now: false };
    const { page, box } = await guardedPage(granted);
    const own = page.document.createElement("script");
    own.src = "https://cdn.test/own.js";
    box.append(own);
    box.append(script(page, "c.js", { "data-assent": "ignore" }));
    granted.now = true;
    box.append(script(page, "b.js"));
    box.innerHTML += `<p>text</p>`;
    await settle();
    expect(page.requests.sort()).toEqual(["https://cdn.test/own.js", TP + "b.js", TP + "c.js"]);
    expect(page.window.log.sort()).toEqual(["b", "c", "own"]);
    expect(own.hasAttribute("type")).toBe(false);
  });

  it("throws what the browser throws, and nothing more", async () => {
    const { page, box, first } = await guardedPage();
    expect(() => box.appendChild(null as never)).toThrow(/not of type 'Node'/);
    expect(() => first.insertAdjacentHTML("nowhere" as InsertPosition, `<img src="${TP}x.gif">`)).toThrow();
    expect(() => page.document.documentElement.insertAdjacentHTML("afterend", `<img src="${TP}x.gif">`)).toThrow();
    expect(() => box.insertBefore(script(page, "b.js"), page.document.body)).toThrow();
  });

  it("runs held scripts, once granted, in the order they were inserted", async () => {
    const granted = { now: false };
    const { page } = await guardedPage(granted);
    const watcher = watchTaggedContent({
      document: page.document,
      mayLoad: () => granted.now,
      report: vi.fn(),
      orderOf: guard!.orderOf,
    });
    // A tag manager's habit: every new script goes before the first script of the page.
    for (const name of ["a.js", "b.js", "c.js"]) {
      const firstScript = page.document.getElementsByTagName("script")[0] || page.document.body.firstChild!;
      firstScript.parentNode!.insertBefore(script(page, name), firstScript);
    }
    granted.now = true;
    watcher.rescan();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.window.log).toEqual(["a", "b", "c"]);
    watcher.stop();
  });

  it("restores every patched member on stop", async () => {
    const { page } = await guardedPage();
    const patched = page.window.Node.prototype.appendChild;
    guard!.stop();
    guard = undefined;
    expect(page.window.Node.prototype.appendChild).not.toBe(patched);
    page.document.body.append(script(page, "b.js"));
    await settle();
    expect(page.requests).toEqual([TP + "b.js"]);
  });

  it("names a matching script that ran before it started", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const page = await openFakePage(
      `<script src="${TP}b.js"></script><script src="${TP}c.js" data-assent="ignore"></script>`,
      routes,
    );
    guard = startAutoBlock({ window: page.window, patterns: listUrlPatterns(CONFIG), mayLoad: () => false });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain(`${TP}b.js (service "tp") ran before Assent started`);
    warn.mockRestore();
  });
});
