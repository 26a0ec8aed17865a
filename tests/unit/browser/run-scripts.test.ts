import { describe, expect, it, vi } from "vitest";
import { openFakePage } from "./fake-page";
import { createScriptRunner } from "../../../src/browser/run-scripts";

const CDN = "https://cdn.test/";
const routes: Record<string, { body: string; delay?: number }> = {
  [CDN + "slow.js"]: { body: "log.push('slow')", delay: 150 },
  [CDN + "fast.js"]: { body: "log.push('fast')" },
  [CDN + "attrs.js"]: { body: "log.push('attrs')" },
};

const openPage = (body: string) => openFakePage(body, routes);

const blocked = (doc: Document) => Array.from(doc.querySelectorAll<HTMLScriptElement>('script[type="text/plain"]'));
const tagged = (attrs: string, code = "") => `<script type="text/plain" data-category="analytics" ${attrs}>${code}</script>`;

describe("createScriptRunner", () => {
  it("runs external (slow), inline, external (fast), inline in document order, each once", async () => {
    const page = await openPage(
      tagged(`src="${CDN}slow.js"`) +
        tagged("", "log.push('inline1')") +
        tagged(`src="${CDN}fast.js"`) +
        tagged("", "log.push('inline2')"),
    );
    createScriptRunner(page.document, vi.fn()).run(blocked(page.document));
    await vi.waitFor(() => expect(page.window.log).toHaveLength(4));
    expect(page.window.log).toEqual(["slow", "inline1", "fast", "inline2"]);
    expect(page.requests).toEqual([CDN + "slow.js", CDN + "fast.js"]);
  });

  it("holds an inline script back until the external before it has loaded, preloading the external after it", async () => {
    const page = await openPage(
      tagged(`src="${CDN}slow.js"`) + tagged('id="inline"', "log.push('inline')") + tagged(`src="${CDN}fast.js"`),
    );
    createScriptRunner(page.document, vi.fn()).run(blocked(page.document));

    // In a browser an inserted inline script runs at once, so inserting it now would run it before slow.js.
    expect(page.document.getElementById("inline")!.getAttribute("type")).toBe("text/plain");
    const preload = page.document.querySelector<HTMLLinkElement>('link[rel="preload"][as="script"]');
    expect(preload?.getAttribute("href")).toBe(CDN + "fast.js");

    await vi.waitFor(() => expect(page.window.log).toEqual(["slow", "inline", "fast"]));
    expect(page.document.getElementById("inline")!.hasAttribute("type")).toBe(false);
    expect(page.document.querySelector('link[rel="preload"]')).toBeNull();
  });

  it("downloads consecutive external scripts in parallel and still runs them in order", async () => {
    const page = await openPage(tagged(`src="${CDN}slow.js"`) + tagged(`src="${CDN}fast.js"`));
    createScriptRunner(page.document, vi.fn()).run(blocked(page.document));
    expect(page.requests).toEqual([CDN + "slow.js", CDN + "fast.js"]); // both asked for before slow.js answers
    await vi.waitFor(() => expect(page.window.log).toHaveLength(2));
    expect(page.window.log).toEqual(["slow", "fast"]);
  });

  it("queues a later batch behind the scripts still running", async () => {
    const page = await openPage(tagged(`src="${CDN}slow.js"`) + tagged("", "log.push('later')"));
    const [slow, later] = blocked(page.document);
    const runner = createScriptRunner(page.document, vi.fn());
    runner.run([slow]);
    runner.run([later]);
    expect(page.window.log).toEqual([]);
    await vi.waitFor(() => expect(page.window.log).toHaveLength(2));
    expect(page.window.log).toEqual(["slow", "later"]);
  });

  it("keeps going after a script that throws and an external script that 404s", async () => {
    const page = await openPage(
      tagged("", "log.push('a'); throw new Error('boom')") +
        tagged(`src="${CDN}missing.js"`) +
        tagged("", "log.push('b')") +
        tagged(`src="${CDN}fast.js"`),
    );
    const report = vi.fn();
    createScriptRunner(page.document, report).run(blocked(page.document));
    await vi.waitFor(() => expect(page.window.log).toEqual(["a", "b", "fast"]));
    expect(page.requests).toContain(CDN + "missing.js");
    expect(report).not.toHaveBeenCalled(); // a third party's own error is the page's, not ours
  });

  it("lets a script that had `async` run whenever it arrives, without holding the queue", async () => {
    const page = await openPage(tagged(`async src="${CDN}slow.js"`) + tagged("", "log.push('inline')"));
    createScriptRunner(page.document, vi.fn()).run(blocked(page.document));
    expect(page.window.log).toEqual(["inline"]);
    await vi.waitFor(() => expect(page.window.log).toEqual(["inline", "slow"]));
    expect(page.document.querySelector(`script[src="${CDN}slow.js"]`)!.hasAttribute("async")).toBe(true);
  });

  it("re-creates the script with its attributes, the nonce from the property, and the type from data-type", async () => {
    const page = await openPage(
      tagged(
        `id="tag" class="a b" src="${CDN}attrs.js" nonce="" integrity="sha384-abc" crossorigin="anonymous" ` +
          `referrerpolicy="no-referrer" data-service="ga" data-extra="1"`,
        // jsdom never runs an inserted `defer` script (browsers ignore the attribute there), so it goes last.
      ) + tagged(`id="module" data-type="module" defer`, "log.push('module')"),
    );
    const [original] = blocked(page.document);
    // Under a CSP header a browser empties the nonce attribute and keeps the value in the property.
    Object.defineProperty(original, "nonce", { value: "r4nd0m" });
    createScriptRunner(page.document, vi.fn()).run(blocked(page.document));
    await vi.waitFor(() => expect(page.window.log).toEqual(["attrs"]));

    const copy = page.document.getElementById("tag") as HTMLScriptElement;
    expect(copy).not.toBe(original);
    expect(copy.nonce).toBe("r4nd0m");
    expect(copy.hasAttribute("type")).toBe(false);
    expect(copy.className).toBe("a b");
    for (const [name, value] of Object.entries({
      src: CDN + "attrs.js",
      integrity: "sha384-abc",
      crossorigin: "anonymous",
      referrerpolicy: "no-referrer",
      "data-category": "analytics",
      "data-service": "ga",
      "data-extra": "1",
    })) {
      expect(copy.getAttribute(name), name).toBe(value);
    }
    const module = page.document.getElementById("module")!;
    expect(module.getAttribute("type")).toBe("module");
    expect(module.hasAttribute("defer")).toBe(true);
    expect(page.document.querySelectorAll("script")).toHaveLength(2); // replaced in place, not added
  });

  it("skips a script the page removed before its turn", async () => {
    const page = await openPage(tagged(`src="${CDN}slow.js"`) + tagged("", "log.push('inline')") + tagged(`src="${CDN}fast.js"`));
    const scripts = blocked(page.document);
    createScriptRunner(page.document, vi.fn()).run(scripts);
    scripts[2].remove();
    await vi.waitFor(() => expect(page.window.log).toEqual(["slow", "inline"]));
    expect(page.requests).not.toContain(CDN + "fast.js");
    expect(page.document.querySelector('link[rel="preload"]')).toBeNull();
  });
});
