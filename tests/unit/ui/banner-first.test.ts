import { fireEvent, within } from "@testing-library/dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NormalizedConfig } from "../../../src/core/config-defaults";
import { resolveUiText } from "../../../src/locales/ui-text";
import { mountBannerFirst } from "../../../src/ui/banner-first";
import { buildBanner } from "../../../src/ui/light-banner";
import { mountUi } from "../../../src/ui/mount-ui";
import { createUiContext } from "../../../src/ui/ui-context";
import type { UiModule } from "../../../src/ui-loader";
import { cleanPage, makeConfig, makeConsent, mount, uiOptions } from "./ui-fixture";

afterEach(() => {
  cleanPage();
  vi.restoreAllMocks();
});

const WHOLE_UI: UiModule = { mountUi, resolveUiText, createUiContext };
const hosts = () => document.querySelectorAll("[data-assent-root]");
const shadow = () => hosts()[0]?.shadowRoot || null;
const region = () => within(shadow()!.lastElementChild as HTMLElement).getByRole("region");
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The banner-first UI on the test document, over the real whole UI (or `loadWhole`). */
function mountFirst(options: Parameters<typeof uiOptions>[0] & { loadWhole?: () => Promise<UiModule> } = {}) {
  const mounted = uiOptions(options);
  const loadWhole = vi.fn(options.loadWhole || (() => Promise.resolve(WHOLE_UI)));
  const ui = mountBannerFirst(mounted, loadWhole);
  return { store: mounted.store, actions: mounted.actions, loadWhole, ui };
}

/** The banner as the whole UI (Preact) draws it, and as the banner-first UI builds it, for one config. */
function bothBanners(config: NormalizedConfig, language = "en") {
  const { store, root } = mount({ config, language });
  store.set({ view: "banner" });
  const drawn = root()!.querySelector(".bn")!.outerHTML;
  cleanPage();
  const context = createUiContext(config, resolveUiText(config, language), language);
  const noop = () => {};
  const built = buildBanner(document, context, { acceptAll: noop, rejectAll: noop, customize: noop }).outerHTML;
  return { drawn, built };
}

describe("the light banner", () => {
  it.each([
    ["a bar in English", makeConfig(), "en"],
    ["a box in Swedish", makeConfig({ layout: "box" }), "sv"],
    ["no policy link", makeConfig({ policyUrl: undefined }), "en"],
    [
      "links and markup in the config's text",
      makeConfig({
        text: {
          en: {
            bannerTitle: "<b>Hi</b>",
            bannerBody: 'See [our list](/cookies) or [this](javascript:alert(1)) <img src=x onerror="alert(1)">',
          },
        },
      }),
      "en",
    ],
    ["an empty text with only the policy link", makeConfig({ text: { en: { bannerBody: "" } } }), "en"],
  ])("is the whole UI's banner, element for element: %s", (_, config, language) => {
    const { drawn, built } = bothBanners(config, language);
    expect(built).toBe(drawn);
  });

  it("shows config text as text: no element comes from it", () => {
    const config = makeConfig({ text: { en: { bannerBody: '<img src=x onerror="alert(1)"> [ok](/x)' } } });
    const context = createUiContext(config, resolveUiText(config, "en"), "en");
    const banner = buildBanner(document, context, { acceptAll() {}, rejectAll() {}, customize() {} });
    expect(banner.querySelector("img")).toBeNull();
    expect(banner.querySelector("p")!.textContent).toContain('<img src=x onerror="alert(1)">');
    expect([...banner.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["/x", "/privacy"]);
  });
});

describe("mountBannerFirst", () => {
  it("shows a first visit's banner without loading the whole UI, mirrored in Arabic", () => {
    const { store, loadWhole } = mountFirst({ config: makeConfig({ languages: ["en", "ar"] }), language: "ar" });
    store.set({ view: "banner" });
    expect(hosts()).toHaveLength(1);
    expect(shadow()!.lastElementChild!.getAttribute("dir")).toBe("rtl");
    expect(region().getAttribute("aria-label")).not.toBe("");
    expect(loadWhole).not.toHaveBeenCalled();
  });

  it("records Accept all and Reject all from the banner alone, and takes the banner away", () => {
    const { store, actions, loadWhole } = mountFirst();
    store.set({ view: "banner" });
    fireEvent.click(within(region()).getByRole("button", { name: "Reject all" }));
    expect(actions.rejectAll).toHaveBeenCalledWith("banner");
    expect(hosts()).toHaveLength(0);
    store.set({ view: "banner" });
    fireEvent.click(within(region()).getByRole("button", { name: "Accept all" }));
    expect(actions.acceptAll).toHaveBeenCalledWith("banner");
    expect(hosts()).toHaveLength(0);
    expect(loadWhole).not.toHaveBeenCalled();
  });

  it("waits for <body> when the banner is asked for from <head>", () => {
    const body = document.body;
    body.remove();
    const { store } = mountFirst();
    store.set({ view: "banner" });
    expect(hosts()).toHaveLength(0);
    document.documentElement.appendChild(body);
    document.dispatchEvent(new Event("DOMContentLoaded"));
    expect(hosts()).toHaveLength(1);
  });

  it("Customize loads the whole UI, which opens the preference center and gives focus back to Customize on close", async () => {
    const { loadWhole, store } = mountFirst();
    store.set({ view: "banner" });
    const customize = within(region()).getByRole("button", { name: "Customize" });
    customize.focus();
    fireEvent.click(customize);
    expect(loadWhole).toHaveBeenCalledTimes(1);
    await settle();
    expect(hosts()).toHaveLength(1); // the light banner went; the whole UI's host is the one left
    const dialog = within(shadow()!.lastElementChild as HTMLElement).getByRole("dialog");
    expect(shadow()!.activeElement).toBe(dialog);
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(store.get().view).toBe("banner");
    expect(shadow()!.activeElement!.textContent).toBe("Customize");
  });

  it("hands everything but the plain banner to the whole UI: the preference center, a blocking banner, a reopen button", async () => {
    const first = mountFirst();
    first.store.set({ view: "preferences" });
    expect(first.loadWhole).toHaveBeenCalledTimes(1);
    await settle();
    expect(shadow()!.querySelector(".dlg")).not.toBeNull();
    cleanPage();

    const blocking = mountFirst({ config: makeConfig({ blocking: true }) });
    blocking.store.set({ view: "banner" });
    expect(hosts()).toHaveLength(0);
    await settle();
    expect(blocking.loadWhole).toHaveBeenCalledTimes(1);
    expect(shadow()!.querySelector(".scrim .bn")).not.toBeNull();
    cleanPage();

    const reopen = mountFirst({ config: makeConfig({ reopenButton: true }), state: { consent: makeConsent(["necessary"]) } });
    await settle();
    expect(reopen.loadWhole).toHaveBeenCalledTimes(1);
    expect(shadow()!.querySelector(".re")).not.toBeNull();
  });

  it("loads nothing and shows nothing for a returning visitor", async () => {
    const { loadWhole } = mountFirst({ state: { consent: makeConsent(["necessary"]) } });
    await settle();
    expect(loadWhole).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
  });

  it("puts a placeholder and fills a cookie declaration through the whole UI", async () => {
    const { ui, loadWhole } = mountFirst({ state: { consent: makeConsent(["necessary"]) } });
    const frame = document.body.appendChild(document.createElement("iframe"));
    ui.placeholder(frame, { category: "marketing", service: "youtube" });
    const declaration = document.body.appendChild(document.createElement("div"));
    declaration.setAttribute("data-assent-declaration", "");
    ui.fillDeclarations(document);
    await settle();
    expect(loadWhole).toHaveBeenCalledTimes(1);
    expect(document.querySelector("[data-assent-placeholder]")).not.toBeNull();
    expect(declaration.querySelector("table")).not.toBeNull();
  });

  it("keeps the banner and reports on the console when the whole UI can't be loaded", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { store } = mountFirst({ loadWhole: () => Promise.reject(Error("could not load /assent-ui.js")) });
    store.set({ view: "banner" });
    fireEvent.click(within(region()).getByRole("button", { name: "Customize" }));
    await settle();
    expect(error).toHaveBeenCalledWith("Assent:", expect.objectContaining({ message: "could not load /assent-ui.js" }));
    expect(hosts()).toHaveLength(1);
    fireEvent.click(within(region()).getByRole("button", { name: "Accept all" }));
    expect(store.get().view).toBe("none");
  });
});
