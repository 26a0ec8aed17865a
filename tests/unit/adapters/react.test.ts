import { afterEach, describe, expect, it, vi } from "vitest";
import { consentFromCookies } from "../../../src/core/read-choice";
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

// assent/react with the real React (19 here; the react18 vitest project runs this file with React 18),
// on a jsdom page with the real Assent: the drop-in's window.Assent or the ES module's instance.

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

// Each test loads fresh modules and renders several times: generous timeouts for a busy machine.

/** Fresh copies of the adapter and the ES module (both keep per-page state), and React. */
async function load() {
  vi.resetModules();
  const React = await import("react");
  const { createRoot, hydrateRoot } = await import("react-dom/client");
  const { renderToString } = await import("react-dom/server");
  const adapter = await import("../../../src/adapters/react");
  const esModule = await import("../../../src/index");
  const h = React.createElement;
  const { ConsentGate, useConsent, AssentProvider } = adapter;

  function Choice() {
    const consent = useConsent();
    return h("p", null, "choice: " + (consent ? consent.categories.join(",") : "none") + ";");
  }
  /** A page of a site: a few gates and what the visitor chose. */
  const App = () =>
    h(
      "main",
      null,
      h(Choice),
      h(ConsentGate, { category: "analytics", fallback: h("i", null, "analytics blocked;") }, h("b", null, "analytics on;")),
      h(ConsentGate, { category: "marketing", service: "youtube", fallback: "youtube blocked;" }, "youtube on;"),
      h(ConsentGate, { category: "marketing", service: "linkedin", fallback: "linkedin blocked;" }, "linkedin on;"),
      h(ConsentGate, { category: "necessary" }, "necessary on;"),
    );
  const withInitial = (consent: ReturnType<typeof consentFromCookies>) => h(AssentProvider, { consent, config: CONFIG }, h(App));

  const container = document.body.appendChild(document.createElement("div"));
  const render = async (element = h(App)) => {
    const root = createRoot(container);
    await React.act(async () => root.render(element));
    return root;
  };
  /** Hydrates the container; returns the errors React recovered from (a mismatch is one). */
  const hydrate = async (element: ReturnType<typeof h>) => {
    const recovered: unknown[] = [];
    await React.act(async () => void hydrateRoot(container, element, { onRecoverableError: (error) => recovered.push(error) }));
    return recovered;
  };
  const act = (fn: () => void) => React.act(async () => fn());
  return { React, h, App, withInitial, render, hydrate, renderToString, act, container, esModule, adapter };
}

afterEach(() => {
  clearPage();
  vi.restoreAllMocks();
});

describe("assent/react with the drop-in", { timeout: 30_000 }, () => {
  it("renders children once the category is accepted, the fallback after a refusal or a withdrawal", async () => {
    const assent = startDropIn();
    const page = await load();
    await page.render();
    expect(page.container.textContent).toBe("choice: none;analytics blocked;youtube blocked;linkedin blocked;necessary on;");

    await page.act(() => assent.acceptAll());
    expect(page.container.textContent).toBe(
      "choice: necessary,analytics,marketing;analytics on;youtube on;linkedin on;necessary on;",
    );

    await page.act(() => assent.rejectAll());
    expect(page.container.textContent).toBe("choice: necessary;analytics blocked;youtube blocked;linkedin blocked;necessary on;");

    await page.act(() => assent.acceptAll());
    await page.act(() => assent.reset());
    expect(page.container.textContent).toBe("choice: none;analytics blocked;youtube blocked;linkedin blocked;necessary on;");
  });

  it("gates each service of a category with per-service switches on its own", async () => {
    const assent = startDropIn();
    const page = await load();
    await page.render();
    await page.act(() => assent.accept(["marketing"], ["youtube"]));
    expect(page.container.textContent).toContain("youtube on;linkedin blocked;");
    expect(page.container.textContent).toContain("analytics blocked;");
    await page.act(() => assent.accept(["marketing"], ["linkedin"]));
    expect(page.container.textContent).toContain("youtube blocked;linkedin on;");
  });

  it("shows a returning visitor the children from the first render, with no fallback in between", async () => {
    document.cookie = assentCookie(cookieAfter((a) => a.acceptAll()));
    startDropIn();
    const page = await load();
    const replaced = await replacedDuring(page.container, () => page.render());
    expect(page.container.textContent).toContain("analytics on;");
    expect(replaced).not.toMatch(/blocked|none/);
  });
});

describe("assent/react with the ES module", { timeout: 30_000 }, () => {
  it("attaches to the module's instance even when the gates mount before init()", async () => {
    const page = await load();
    await page.render();
    expect(page.container.textContent).toContain("analytics blocked;");
    // A first visit: the module starts, shows its banner, and the visitor accepts.
    await page.act(() => page.esModule.init(CONFIG));
    await page.act(() => page.esModule.acceptAll());
    expect(page.container.textContent).toContain("analytics on;");
    expect(window.Assent).toBeUndefined();
    expect(assentRoots()).toBe(1);
    await page.act(() => page.esModule.reset());
    expect(page.container.textContent).toContain("analytics blocked;");
  });

  it("and one Assent with the drop-in, the ES module and the adapter together", async () => {
    const dropIn = startDropIn();
    const page = await load();
    page.esModule.init(CONFIG);
    await page.render();
    await settle();
    await page.act(() => page.esModule.acceptAll());
    expect(page.container.textContent).toContain("analytics on;");
    expect(dropIn.getConsent()).toEqual(page.esModule.getConsent());
    expect(assentRoots()).toBeLessThanOrEqual(1);
    expect(document.cookie.split("; ").filter((c) => c.startsWith("assent="))).toHaveLength(1);
  });
});

describe("assent/react on the server and while hydrating", { timeout: 30_000 }, () => {
  const header = cookieAfter((a) => a.accept(["analytics", "marketing"], ["youtube"]));
  const consent = consentFromCookies(header, CONFIG);

  it("hydrates the server's HTML without a warning, whether Assent started before or after", async () => {
    for (const startBefore of [true, false]) {
      clearPage();
      document.cookie = assentCookie(header);
      const page = await load();
      const html = page.renderToString(page.withInitial(consent));
      expect(html).toContain("analytics on;");
      page.container.innerHTML = html;
      if (startBefore) startDropIn();
      const errors = vi.spyOn(console, "error");
      const warnings = vi.spyOn(console, "warn");
      const recovered = await page.hydrate(page.withInitial(consent));
      if (!startBefore) await page.act(() => void startDropIn());
      expect(recovered).toEqual([]);
      expect(errors).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
      expect(page.container.textContent).toBe(
        "choice: necessary,analytics,marketing;analytics on;youtube on;linkedin blocked;necessary on;",
      );
      // Hydrated, it follows the page's Assent.
      await page.act(() => window.Assent!.reset());
      expect(page.container.textContent).toContain("analytics blocked;youtube blocked;");
      vi.restoreAllMocks();
    }
  });

  it("would report a mismatch if the client started from another state (the check above can fail)", async () => {
    document.cookie = assentCookie(header);
    const page = await load();
    page.container.innerHTML = page.renderToString(page.withInitial(consent));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const recovered = await page.hydrate(page.withInitial(null));
    // React 19 reports a mismatch as a recoverable error; React 18 also warns on the console.
    expect(recovered.length + errors.mock.calls.length).toBeGreaterThan(0);
  });
});
