import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp, createSSRApp, defineComponent, h, nextTick, type Component } from "vue";
import { renderToString } from "vue/server-renderer";
import { consentFromCookies } from "../../../src/core/read-choice";
import type { Consent } from "../../../src/types";
import {
  CONFIG,
  assentCookie,
  assentRoots,
  clearPage,
  cookieAfter,
  replacedDuring,
  settle,
  startDropIn,
} from "./adapter-fixture";

// assent/vue with the real Vue 3, on a jsdom page with the real Assent: the drop-in's window.Assent
// or the ES module's instance.

// Each test loads fresh modules and renders several times: generous timeouts for a busy machine.

/** Fresh copies of the adapter and the ES module (both keep per-page state), and a page of a site. */
async function load() {
  vi.resetModules();
  const adapter = await import("../../../src/adapters/vue");
  const esModule = await import("../../../src/index");
  const { ConsentGate, useConsent, AssentPlugin } = adapter;

  const Choice = defineComponent({
    setup() {
      const consent = useConsent();
      return () => h("p", "choice: " + (consent.value ? consent.value.categories.join(",") : "none") + ";");
    },
  });
  const gate = (category: string, service: string | undefined, on: string, blocked?: string) =>
    h(ConsentGate, { category, service }, { default: () => on, ...(blocked ? { fallback: () => blocked } : {}) });
  /** A page of a site: a few gates and what the visitor chose. */
  const App: Component = {
    render: () =>
      h("main", [
        h(Choice),
        h(
          ConsentGate,
          { category: "analytics" },
          { default: () => h("b", "analytics on;"), fallback: () => h("i", "analytics blocked;") },
        ),
        gate("marketing", "youtube", "youtube on;", "youtube blocked;"),
        gate("marketing", "linkedin", "linkedin on;", "linkedin blocked;"),
        gate("necessary", undefined, "necessary on;"),
      ]),
  };
  const container = document.body.appendChild(document.createElement("div"));
  /** A client-only app: no plugin, as an app without server rendering has. */
  const mount = () => createApp(App).mount(container);
  const hydrate = (consent: Consent | null) => createSSRApp(App).use(AssentPlugin, { consent, config: CONFIG }).mount(container);
  const serverHtml = (consent: Consent | null) =>
    renderToString(createSSRApp(App).use(AssentPlugin, { consent, config: CONFIG }));
  const text = () => container.textContent;
  return { mount, hydrate, serverHtml, text, esModule };
}

afterEach(() => {
  clearPage();
  vi.restoreAllMocks();
});

describe("assent/vue with the drop-in", { timeout: 30_000 }, () => {
  it("renders the default slot once the category is accepted, the fallback slot after a refusal or a withdrawal", async () => {
    const assent = startDropIn();
    const page = await load();
    page.mount();
    await nextTick();
    expect(page.text()).toBe("choice: none;analytics blocked;youtube blocked;linkedin blocked;necessary on;");

    assent.acceptAll();
    await nextTick();
    expect(page.text()).toBe("choice: necessary,analytics,marketing;analytics on;youtube on;linkedin on;necessary on;");

    assent.rejectAll();
    await nextTick();
    expect(page.text()).toBe("choice: necessary;analytics blocked;youtube blocked;linkedin blocked;necessary on;");

    assent.acceptAll();
    assent.reset();
    await nextTick();
    expect(page.text()).toBe("choice: none;analytics blocked;youtube blocked;linkedin blocked;necessary on;");
  });

  it("gates each service of a category with per-service switches on its own", async () => {
    const assent = startDropIn();
    const page = await load();
    page.mount();
    assent.accept(["marketing"], ["youtube"]);
    await nextTick();
    expect(page.text()).toContain("analytics blocked;youtube on;linkedin blocked;");
  });

  it("shows a returning visitor the default slot from the first render, with no fallback in between", async () => {
    document.cookie = assentCookie(cookieAfter((a) => a.acceptAll()));
    startDropIn();
    const page = await load();
    const replaced = await replacedDuring(document.body.lastElementChild!, async () => {
      page.mount();
      await nextTick();
    });
    expect(page.text()).toContain("analytics on;");
    expect(replaced).not.toMatch(/blocked|none/);
  });
});

describe("assent/vue with the ES module", { timeout: 30_000 }, () => {
  it("attaches to the module's instance even when the gates mount before init()", async () => {
    const page = await load();
    page.mount();
    await nextTick();
    expect(page.text()).toContain("analytics blocked;");
    page.esModule.init(CONFIG);
    page.esModule.acceptAll();
    await nextTick();
    expect(page.text()).toContain("analytics on;");
    expect(window.Assent).toBeUndefined();
    expect(assentRoots()).toBe(1);
    page.esModule.reset();
    await nextTick();
    expect(page.text()).toContain("analytics blocked;");
  });

  it("and one Assent with the drop-in, the ES module and the adapter together", async () => {
    const dropIn = startDropIn();
    const page = await load();
    page.esModule.init(CONFIG);
    page.mount();
    await settle();
    page.esModule.acceptAll();
    await nextTick();
    expect(page.text()).toContain("analytics on;");
    expect(dropIn.getConsent()).toEqual(page.esModule.getConsent());
    expect(assentRoots()).toBeLessThanOrEqual(1);
  });
});

describe("assent/vue on the server and while hydrating", { timeout: 30_000 }, () => {
  const header = cookieAfter((a) => a.accept(["analytics", "marketing"], ["youtube"]));
  const consent = consentFromCookies(header, CONFIG);

  it("hydrates the server's HTML without a warning, whether Assent started before or after", async () => {
    for (const startBefore of [true, false]) {
      clearPage();
      document.cookie = assentCookie(header);
      const page = await load();
      const html = await page.serverHtml(consent);
      expect(html).toContain("analytics on;");
      document.body.lastElementChild!.innerHTML = html;
      if (startBefore) startDropIn();
      const errors = vi.spyOn(console, "error");
      const warnings = vi.spyOn(console, "warn");
      page.hydrate(consent);
      await nextTick();
      if (!startBefore) startDropIn();
      await nextTick();
      expect(errors).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
      expect(page.text()).toBe("choice: necessary,analytics,marketing;analytics on;youtube on;linkedin blocked;necessary on;");
      window.Assent!.reset();
      await nextTick();
      expect(page.text()).toContain("analytics blocked;youtube blocked;");
      vi.restoreAllMocks();
    }
  });

  it("would report a mismatch if the client started from another state (the check above can fail)", async () => {
    const page = await load();
    document.body.lastElementChild!.innerHTML = await page.serverHtml(consent);
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    page.hydrate(null);
    await nextTick();
    expect(warnings.mock.calls.length + errors.mock.calls.length).toBeGreaterThan(0);
  });
});
