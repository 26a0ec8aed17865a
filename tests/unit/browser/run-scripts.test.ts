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
    createScriptRunner({ document: page.document, report: vi.fn() }).run(blocked(page.document));
    await vi.waitFor(() => expect(page.window.log).toHaveLength(4));
    expect(page.window.log).toEqual(["slow", "inline1", "fast", "inline2"]);
    expect(page.requests).toEqual([CDN + "slow.js", CDN + "fast.js"]);
  });

  it("holds an inline script back until the external before it has loaded, preloading the external after it", async () => {
    const page = await openPage(
      tagged(`src="${CDN}slow.js"`) + tagged('id="inline"', "log.push('inline')") + tagged(`src="${CDN}fast.js"`),
    );
    createScriptRunner({ document: page.document, report: vi.fn() }).run(blocked(page.document));

    // In a browser an inserted inline script runs at once, so inserting it now would run it before slow.js.
    expect(page.document.getElementById("inline")!.getAttribute("type")).toBe("text/plain");
    const preload = page.document.querySelector<HTMLLinkElement>('link[rel="preload"][as="script"]');
    expect(preload?.getAttribute("href")).toBe(CDN + "fast.js");

    await vi.waitFor(() => expect(page.window.log).toEqual(["slow", "inline", "fast"]));
    expect(page.document.getElementById("inline")!.hasAttribute("type")).toBe(false);
    expect(page.document.querySelector('link[rel="preload"]')).toBeNull();
  });

  it("inserts consecutive external scripts one at a time, preloading the next, and runs them in order", async () => {
    const page = await openPage(tagged(`src="${CDN}slow.js"`) + tagged(`id="fast" src="${CDN}fast.js"`));
    createScriptRunner({ document: page.document, report: vi.fn() }).run(blocked(page.document));
    // Its download starts now (a browser fetches the preload), but the script goes in only once slow.js has run.
    expect(page.document.querySelector('link[rel="preload"]')?.getAttribute("href")).toBe(CDN + "fast.js");
    expect(page.document.getElementById("fast")!.getAttribute("type")).toBe("text/plain");
    await vi.waitFor(() => expect(page.window.log).toHaveLength(2));
    expect(page.window.log).toEqual(["slow", "fast"]);
  });

  it("queues a later batch behind the scripts still running", async () => {
    const page = await openPage(tagged(`src="${CDN}slow.js"`) + tagged("", "log.push('later')"));
    const [slow, later] = blocked(page.document);
    const runner = createScriptRunner({ document: page.document, report: vi.fn() });
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
    createScriptRunner({ document: page.document, report }).run(blocked(page.document));
    await vi.waitFor(() => expect(page.window.log).toEqual(["a", "b", "fast"]));
    expect(page.requests).toContain(CDN + "missing.js");
    expect(report).not.toHaveBeenCalled(); // a third party's own error is the page's, not ours
  });

  it("lets a script that had `async` run whenever it arrives, without holding the queue", async () => {
    const page = await openPage(tagged(`async src="${CDN}slow.js"`) + tagged("", "log.push('inline')"));
    createScriptRunner({ document: page.document, report: vi.fn() }).run(blocked(page.document));
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
    createScriptRunner({ document: page.document, report: vi.fn() }).run(blocked(page.document));
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
    // Replaced in place, not added (bar the sentinel that says when the inline module has run).
    expect(page.document.querySelectorAll("script:not([type=module]), script[data-category]")).toHaveLength(2);
  });

  it("skips a script the page removed before its turn", async () => {
    const page = await openPage(tagged(`src="${CDN}slow.js"`) + tagged("", "log.push('inline')") + tagged(`src="${CDN}fast.js"`));
    const scripts = blocked(page.document);
    createScriptRunner({ document: page.document, report: vi.fn() }).run(scripts);
    scripts[2].remove();
    await vi.waitFor(() => expect(page.window.log).toEqual(["slow", "inline"]));
    expect(page.requests).not.toContain(CDN + "fast.js");
    expect(page.document.querySelector('link[rel="preload"]')).toBeNull();
  });
  it("asks again before inserting each script, and skips what is no longer allowed (a withdrawal meanwhile)", async () => {
    const page = await openPage(
      tagged(`src="${CDN}slow.js"`) + tagged('id="inline"', "log.push('inline')") + tagged(`id="fast" src="${CDN}fast.js"`),
    );
    let granted = true;
    const skipped: string[] = [];
    createScriptRunner({
      document: page.document,
      report: vi.fn(),
      mayRun: () => granted,
      onSkipped: (script) => skipped.push(script.id),
    }).run(blocked(page.document));
    granted = false; // withdrawn while slow.js downloads: it was under way, nothing after it may start
    await vi.waitFor(() => expect(page.window.log).toEqual(["slow"]));
    await vi.waitFor(() => expect(skipped).toEqual(["inline", "fast"]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.window.log).toEqual(["slow"]);
    expect(page.requests).not.toContain(CDN + "fast.js");
    expect(page.document.getElementById("inline")!.getAttribute("type")).toBe("text/plain");
    expect(page.document.querySelector('link[rel="preload"]')).toBeNull();
  });

  it("holds the classic script after an inline module until the module has run", async () => {
    const page = await openPage(
      tagged('id="module" data-type="module"', "log.push('module')") + tagged('id="classic"', "log.push('classic')"),
    );
    createScriptRunner({ document: page.document, report: vi.fn() }).run(blocked(page.document));
    // A browser runs an inserted inline module only after its imports, so the classic script must not go in yet.
    const module = page.document.getElementById("module")!;
    expect(module.getAttribute("type")).toBe("module");
    expect(page.document.getElementById("classic")!.getAttribute("type")).toBe("text/plain");
    // jsdom runs no modules; in a browser the module inserted after it says it ran.
    const sentinel = module.nextElementSibling as HTMLScriptElement;
    expect(sentinel.type).toBe("module");
    expect(sentinel.text).toContain("assent:module-ran");
    page.document.dispatchEvent(new page.window.Event("assent:module-ran"));
    expect(sentinel.isConnected).toBe(false);
    expect(page.window.log).toEqual(["classic"]);
  });

  it("inserts a large batch over several tasks, in document order", async () => {
    const count = 200;
    const page = await openPage(Array.from({ length: count }, (_, i) => tagged("", `log.push(${i})`)).join(""));
    // Each decision takes 1 ms here, so the whole batch would be a 200 ms task.
    const slowDecision = () => {
      const end = Date.now() + 1;
      while (Date.now() < end);
      return true;
    };
    createScriptRunner({ document: page.document, report: vi.fn(), mayRun: slowDecision }).run(blocked(page.document));
    expect(page.window.log.length).toBeGreaterThan(0);
    expect(page.window.log.length).toBeLessThan(count / 2);
    await vi.waitFor(() => expect(page.window.log).toHaveLength(count), { timeout: 10_000 });
    expect(page.window.log).toEqual(Array.from({ length: count }, (_, i) => i));
  }, 15_000);

  it("passes the script's text, src and handlers through the `assent` Trusted Types policy where there is one", async () => {
    const page = await openPage(
      tagged(`id="ext" src="${CDN}fast.js" onload="log.push('onload')"`) + tagged("", "log.push('inline')"),
    );
    const calls: string[] = [];
    const trusted = (kind: string) => (value: string) => (calls.push(`${kind}:${value}`), { toString: () => value });
    const createPolicy = vi.fn(
      (_name: string, rules: { createScript(s: string): string; createScriptURL(s: string): string }) => ({
        createScript: trusted("script"),
        createScriptURL: trusted("url"),
        rules,
      }),
    );
    Object.assign(page.window, { trustedTypes: { defaultPolicy: null, createPolicy } });
    createScriptRunner({ document: page.document, report: vi.fn() }).run(blocked(page.document));
    await vi.waitFor(() => expect(page.window.log).toEqual(["fast", "onload", "inline"]));
    expect(createPolicy).toHaveBeenCalledTimes(1);
    expect(createPolicy.mock.calls[0][0]).toBe("assent");
    expect(calls).toEqual([`url:${CDN}fast.js`, "script:log.push('onload')", "script:", "script:log.push('inline')"]);
  });
});
