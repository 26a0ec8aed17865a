import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAssent } from "../../src/assent";
import type { AssentApi } from "../../src/types";

// The ES module's export list is public API (README "JavaScript API"): adding to it is a decision,
// removing from it breaks sites. Pinned here, and held equal to what `window.Assent` offers.

const ES_MODULE_EXPORTS = [
  "accept",
  "acceptAll",
  "allowed",
  "consentFromCookies",
  "getConsent",
  "hide",
  "init",
  "on",
  "rejectAll",
  "reset",
  "showBanner",
  "showPreferences",
  "subscribe",
  "validateConfig",
];

/** A fresh copy of src/index.ts (its instance is module state). */
async function importFresh() {
  vi.resetModules();
  return import("../../src/index");
}

afterEach(() => {
  delete window.Assent;
  Reflect.deleteProperty(window, Symbol.for("assent"));
  document.cookie.split("; ").forEach((c) => (document.cookie = `${c.split("=")[0]}=; max-age=0; path=/`));
  document.body.innerHTML = "";
});

describe("the ES module's exports", () => {
  it("are exactly the pinned list", async () => {
    expect(Object.keys(await importFresh()).sort()).toEqual(ES_MODULE_EXPORTS);
  });

  it("are every member of window.Assent, plus the functions that need no page", async () => {
    const members = Object.keys(createAssent(window));
    const esModule = await importFresh();
    expect([...members, "validateConfig", "consentFromCookies"].sort()).toEqual(Object.keys(esModule).sort());
    for (const name of Object.keys(esModule)) expect(typeof esModule[name as keyof typeof esModule]).toBe("function");
  });

  it("touch no window on import", async () => {
    await importFresh();
    expect(window.Assent).toBeUndefined();
  });
});

describe("one Assent per page", () => {
  it("the ES module drives the drop-in's window.Assent when it is there", async () => {
    const calls: string[] = [];
    const dropIn = createAssent(window);
    window.Assent = {
      ...dropIn,
      init: (config) => (calls.push(`init:${config ? "config" : "page"}`), dropIn.init(config)),
    } satisfies AssentApi;
    const esModule = await importFresh();
    esModule.init({ categories: [{ id: "necessary", required: true, title: "Necessary" }] });
    expect(calls).toEqual(["init:config"]);
    expect(esModule.allowed("necessary")).toBe(true);
  });

  it("keeps its instance, without a global name, where a drop-in loaded later finds it", async () => {
    const esModule = await importFresh();
    esModule.init({ categories: [{ id: "necessary", required: true, title: "Necessary" }] });
    expect(window.Assent).toBeUndefined();
    expect(document.querySelectorAll("[data-assent-root]")).toHaveLength(1);
    await import("../../src/auto");
    // The drop-in defines window.Assent as the module's instance: it has the module's state, and no second banner.
    expect(window.Assent!.allowed("necessary")).toBe(true);
    esModule.acceptAll();
    expect(window.Assent!.getConsent()).toEqual(esModule.getConsent());
    expect(document.querySelectorAll("[data-assent-root]")).toHaveLength(1);
  });
});

describe("package.json", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8"));

  it('marks the files imported for their effect as side effects, so no bundler drops `import "assent/assent.js"`', () => {
    // The drop-in starts itself on import; the stylesheet is imported for its rules. The ES module does nothing on import.
    expect(pkg.exports["./assent.js"]).toBe("./dist/assent.js");
    expect(pkg.sideEffects).toEqual(expect.arrayContaining([pkg.exports["./assent.js"], pkg.exports["./assent.css"]]));
    expect(pkg.sideEffects).not.toContain(pkg.exports["."].import);
  });

  it('exports the split drop-in\'s two files (README "Loading"), both side effects: each acts when it runs', () => {
    expect(pkg.exports["./assent-core.js"]).toBe("./dist/assent-core.js");
    expect(pkg.exports["./assent-ui.js"]).toBe("./dist/assent-ui.js");
    expect(pkg.sideEffects).toEqual(expect.arrayContaining([pkg.exports["./assent-core.js"], pkg.exports["./assent-ui.js"]]));
  });
});
