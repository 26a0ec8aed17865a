import { afterEach, describe, expect, it, vi } from "vitest";
import { normalizeConfig } from "../../src/core/config-defaults";
import { createStore } from "../../src/core/store";
import { lazyUi, uiUrlOf } from "../../src/lazy-ui";
import { UI_GLOBAL, type UiModule } from "../../src/ui-loader";
import type { Consent } from "../../src/types";

const UI_URL = "https://cdn.example/assent/assent-ui.js";
const config = normalizeConfig({ categories: [{ id: "necessary", required: true, title: "Necessary" }] });
const consent: Consent = {
  id: "abc",
  revision: 1,
  categories: ["necessary"],
  services: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};
type Host = Window & { [UI_GLOBAL]?: UiModule };

/** The <script> elements the loader added for the UI file. */
const uiScripts = () => [...document.querySelectorAll<HTMLScriptElement>("script")].filter((s) => s.src == UI_URL);

/** A fake UI file: "running" it (firing load on its script) hands over a UI that records what it was asked. */
function fakeUiFile() {
  const calls: string[] = [];
  const module: UiModule = {
    mountUi: (options) => {
      options.withContext((context) => calls.push(`mount ${context.text.acceptAll}`));
      return {
        placeholder: () => (calls.push("placeholder"), () => calls.push("placeholder removed")),
        fillDeclarations: () => void calls.push("declarations"),
      };
    },
    resolveUiText: () => ({ text: { acceptAll: "Accept all" } }) as never,
    createUiContext: (config, strings, language) => ({ config, ...strings, language }) as never,
  };
  const arrive = async () => {
    (window as Host)[UI_GLOBAL] = module;
    for (const script of uiScripts()) script.dispatchEvent(new Event("load"));
    await new Promise((resolve) => setTimeout(resolve));
  };
  return { calls, arrive };
}

function mount(stored: Consent | null) {
  const store = createStore({ consent: stored, previous: null, view: "none" });
  const actions = {} as never;
  const ui = lazyUi(window, UI_URL, "n0nce").mount({ document, store, actions, gpcDenied: [] }, config, "en");
  return { store, ui };
}

afterEach(() => {
  delete (window as Host)[UI_GLOBAL];
  document.head.innerHTML = "";
  document.body.innerHTML = "";
});

describe("lazyUi", () => {
  it("on a first visit starts loading the UI file at once, with the drop-in's nonce, and mounts it when it has run", async () => {
    const file = fakeUiFile();
    mount(null);
    expect(uiScripts()).toHaveLength(1);
    expect(uiScripts()[0].nonce).toBe("n0nce");
    expect(file.calls).toEqual([]);
    await file.arrive();
    expect(file.calls).toEqual(["mount Accept all"]);
  });

  it("for a returning visitor loads nothing until something must be shown", async () => {
    const file = fakeUiFile();
    const { store } = mount(consent);
    expect(uiScripts()).toHaveLength(0);
    store.set({ view: "preferences" });
    expect(uiScripts()).toHaveLength(1);
    await file.arrive();
    expect(file.calls).toEqual(["mount Accept all"]);
  });

  it("loads the UI for a placeholder, and a placeholder removed before the UI arrived is never shown", async () => {
    const file = fakeUiFile();
    const { ui } = mount(consent);
    const frame = document.createElement("iframe");
    const remove = ui.placeholder(frame, { category: "marketing" });
    ui.placeholder(frame, { category: "marketing" })();
    expect(uiScripts()).toHaveLength(1);
    await file.arrive();
    expect(file.calls).toEqual(["mount Accept all", "placeholder"]);
    (remove as () => void)();
    expect(file.calls).toContain("placeholder removed");
  });

  it("loads the UI for a cookie declaration only when the page has one", async () => {
    const file = fakeUiFile();
    const { ui } = mount(consent);
    ui.fillDeclarations(document);
    expect(uiScripts()).toHaveLength(0);
    document.body.innerHTML = "<div data-assent-declaration></div>";
    ui.fillDeclarations(document);
    await file.arrive();
    expect(file.calls).toEqual(["mount Accept all", "declarations"]);
  });

  it("reports a UI file that fails to load on the console, and throws nothing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    mount(null);
    uiScripts()[0].dispatchEvent(new Event("error"));
    await new Promise((resolve) => setTimeout(resolve));
    expect(error.mock.calls.flat().join(" ")).toContain(`could not load ${UI_URL}`);
    error.mockRestore();
  });
});

describe("uiUrlOf", () => {
  it("takes data-ui, else assent-ui.js beside the drop-in's own src", () => {
    const script = document.createElement("script");
    expect(uiUrlOf(null)).toBeNull();
    expect(uiUrlOf(script)).toBeNull();
    script.src = "https://cdn.example/assent/assent-core.js?v=2";
    expect(uiUrlOf(script)).toBe(UI_URL);
    script.setAttribute("data-ui", "/static/ui.js");
    expect(uiUrlOf(script)).toBe("/static/ui.js");
  });
});
