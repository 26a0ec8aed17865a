import { fireEvent, within } from "@testing-library/dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanPage, makeConfig, makeConsent, mount } from "./ui-fixture";

afterEach(cleanPage);

/** Testing Library queries inside the UI's shadow root. */
const screenOf = (root: ShadowRoot | null) => within(root!.lastElementChild as HTMLElement);
const focusedIn = (root: ShadowRoot | null) => root!.activeElement;
const press = (element: Element, key: string, shiftKey = false) => fireEvent.keyDown(element, { key, shiftKey });

describe("mountUi: lazy", () => {
  it("adds nothing to the page while nothing has to be shown", () => {
    const before = document.body.innerHTML + document.head.innerHTML;
    const { store } = mount({ state: { consent: makeConsent(["necessary"]) } });
    store.set({ previous: null });
    expect(document.body.innerHTML + document.head.innerHTML).toBe(before);
    expect(document.querySelector("[data-assent-root]")).toBeNull();
  });

  it("renders into one shadow-root host once the banner is asked for", () => {
    const { store, root } = mount();
    store.set({ view: "banner" });
    expect(document.querySelectorAll("[data-assent-root]")).toHaveLength(1);
    expect(root()!.querySelector("[role=region]")).not.toBeNull();
    expect(document.body.querySelector("button")).toBeNull(); // nothing outside the shadow root
  });
});

describe("mountUi: banner", () => {
  it("offers Accept all, Reject all and Customize with identical looks", () => {
    const { store, root } = mount();
    store.set({ view: "banner" });
    const region = screenOf(root()).getByRole("region", { name: "Cookie consent" });
    const buttons = within(region).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(["Accept all", "Reject all", "Customize"]);
    expect(new Set(buttons.map((b) => b.className + b.getAttribute("style"))).size).toBe(1);
  });

  it("speaks Swedish, names the optional categories and links the policy", () => {
    const { store, root } = mount({ language: "sv" });
    store.set({ view: "banner" });
    const screen = screenOf(root());
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["Godkänn alla", "Avvisa alla", "Anpassa"]);
    const region = screen.getByRole("region", { name: "Samtycke till cookies" });
    expect(region.textContent).toContain("statistik och marknadsföring");
    expect(region.textContent).toContain("när som helst");
    expect(screen.getByRole("link", { name: "Integritetspolicy" }).getAttribute("href")).toBe("/integritet");
  });

  it("records the choice with the banner as source", () => {
    const { store, root, actions } = mount();
    store.set({ view: "banner" });
    fireEvent.click(screenOf(root()).getByRole("button", { name: "Reject all" }));
    expect(actions.rejectAll).toHaveBeenCalledWith("banner");
    store.set({ view: "banner" });
    fireEvent.click(screenOf(root()).getByRole("button", { name: "Accept all" }));
    expect(actions.acceptAll).toHaveBeenCalledWith("banner");
  });

  it("blocks page scrolling only with blocking: true", () => {
    const plain = mount();
    plain.store.set({ view: "banner" });
    expect(document.documentElement.hasAttribute("data-assent-blocking")).toBe(false);
    cleanPage();
    const blocking = mount({ config: makeConfig({ blocking: true }) });
    blocking.store.set({ view: "banner" });
    expect(document.documentElement.hasAttribute("data-assent-blocking")).toBe(true);
    blocking.store.set({ view: "none" });
    expect(document.documentElement.hasAttribute("data-assent-blocking")).toBe(false);
  });

  it("takes focus and keeps Tab inside when blocking", () => {
    const { store, root } = mount({ config: makeConfig({ blocking: true }) });
    store.set({ view: "banner" });
    const region = screenOf(root()).getByRole("region");
    expect(focusedIn(root())).toBe(region);
    const customize = within(region).getByRole("button", { name: "Customize" });
    customize.focus();
    press(customize, "Tab");
    expect(focusedIn(root())).toBe(within(region).getByRole("link", { name: "Privacy policy" }));
  });

  it("leaves focus alone when not blocking", () => {
    const { store, root } = mount();
    store.set({ view: "banner" });
    expect(focusedIn(root())).toBeNull();
    const customize = screenOf(root()).getByRole("button", { name: "Customize" });
    customize.focus();
    expect(press(customize, "Tab")).toBe(true); // not prevented: Tab goes on into the page
  });
});

describe("mountUi: preference center", () => {
  it("is a modal dialog named by its heading, with focus inside and the banner hidden", () => {
    const { store, root } = mount();
    store.set({ view: "banner" });
    fireEvent.click(screenOf(root()).getByRole("button", { name: "Customize" }));
    const dialog = root()!.querySelector("[role=dialog]")!;
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(root()!.getElementById(dialog.getAttribute("aria-labelledby")!)!.textContent).toBe("Cookie settings");
    expect(dialog.contains(focusedIn(root()))).toBe(true);
    expect(root()!.querySelector<HTMLElement>("[role=region]")!.hidden).toBe(true);
    expect(screenOf(root()).getAllByRole("button", { name: "Accept all" })).toHaveLength(1); // the banner's is hidden
  });

  it("shows the required category on, disabled and always on", () => {
    const { root } = mount({ state: { view: "preferences" } });
    const required = screenOf(root()).getByRole("switch", { name: "Strictly necessary" }) as HTMLInputElement;
    expect(required.checked).toBe(true);
    expect(required.disabled).toBe(true);
    expect(required.closest(".ch")!.textContent).toContain("Always on");
  });

  it("opens pre-set to the stored choice and saves exactly what is switched on", () => {
    const { root, actions } = mount({ state: { view: "preferences", consent: makeConsent(["necessary", "analytics"]) } });
    const screen = screenOf(root());
    const analytics = screen.getByRole("switch", { name: "Analytics" }) as HTMLInputElement;
    const marketing = screen.getByRole("switch", { name: "Marketing" }) as HTMLInputElement;
    expect([analytics.checked, marketing.checked]).toEqual([true, false]);
    fireEvent.click(analytics);
    expect((screen.getByRole("switch", { name: "Analytics" }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Save choices" }));
    expect(actions.accept).toHaveBeenCalledWith(["necessary"], [], "preferences");
  });

  it("pre-sets from an earlier, no longer valid choice", () => {
    const { root } = mount({ state: { view: "preferences", previous: makeConsent(["necessary", "marketing"], ["youtube"]) } });
    expect((screenOf(root()).getByRole("switch", { name: "Marketing" }) as HTMLInputElement).checked).toBe(true);
  });

  it("gives each service its own switch with toggleServices", () => {
    const { root, actions } = mount({ state: { view: "preferences" } });
    const screen = screenOf(root());
    expect(screen.queryByRole("switch", { name: "YouTube" })).toBeNull();
    const more = screen.getAllByRole("button", { name: "Services and cookies" })[2];
    expect(more.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(more);
    expect(more.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(screen.getByRole("switch", { name: "YouTube" }));
    expect((screen.getByRole("switch", { name: "Marketing" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("switch", { name: "LinkedIn" }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Save choices" }));
    expect(actions.accept).toHaveBeenCalledWith(["necessary", "marketing"], ["youtube"], "preferences");
  });

  it("turns all services of a toggleServices category on with its switch", () => {
    const { root, actions } = mount({ state: { view: "preferences" } });
    const screen = screenOf(root());
    fireEvent.click(screen.getByRole("switch", { name: "Marketing" }));
    fireEvent.click(screen.getByRole("button", { name: "Save choices" }));
    expect(actions.accept).toHaveBeenCalledWith(["necessary", "marketing"], ["youtube", "linkedin"], "preferences");
  });

  it("lists a category's services with their cookie table", () => {
    const { root } = mount({ state: { view: "preferences" } });
    const screen = screenOf(root());
    fireEvent.click(screen.getAllByRole("button", { name: "Services and cookies" })[1]);
    const table = screen.getByRole("table");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Name", "Host", "Duration", "Description"]);
    expect(within(table).getByRole("rowheader").textContent).toBe("_ga");
    expect(table.textContent).toContain("Third party");
    expect(table.textContent).toContain("2 years");
  });

  it("records Accept all and Reject all with the preference center as source", () => {
    const { store, root, actions } = mount({ state: { view: "preferences" } });
    fireEvent.click(screenOf(root()).getByRole("button", { name: "Accept all" }));
    expect(actions.acceptAll).toHaveBeenCalledWith("preferences");
    store.set({ view: "preferences" });
    fireEvent.click(screenOf(root()).getByRole("button", { name: "Reject all" }));
    expect(actions.rejectAll).toHaveBeenCalledWith("preferences");
  });

  it("says so when Global Privacy Control was honoured", () => {
    const { root } = mount({ state: { view: "preferences" }, gpcDenied: ["marketing"] });
    expect(root()!.querySelector(".note")!.textContent).toContain(
      "Global Privacy Control signal, so cookies for marketing stay off",
    );
    cleanPage();
    const without = mount({ state: { view: "preferences" } });
    expect(without.root()!.textContent).not.toContain("Global Privacy Control");
  });

  it("goes back to the banner on Escape when no choice exists yet", () => {
    const { store, root, actions } = mount();
    store.set({ view: "banner" });
    const customize = screenOf(root()).getByRole("button", { name: "Customize" });
    customize.focus();
    fireEvent.click(customize);
    press(root()!.querySelector("[role=dialog]")!, "Escape");
    expect(actions.showBanner).toHaveBeenCalled();
    expect(root()!.querySelector("[role=dialog]")).toBeNull();
    expect(focusedIn(root())).toBe(customize);
  });

  it("closes on Escape when a choice exists and gives focus back to the page's opener", () => {
    const opener = document.body.appendChild(document.createElement("button"));
    opener.focus();
    const { store, root, actions } = mount({ state: { consent: makeConsent(["necessary"]) } });
    store.set({ view: "preferences" });
    press(root()!.querySelector("[role=dialog]")!, "Escape");
    expect(actions.hide).toHaveBeenCalled();
    expect(root()!.querySelector("[role=dialog]")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("wraps Tab and Shift+Tab inside the dialog", () => {
    const { root } = mount({ state: { view: "preferences" } });
    const screen = screenOf(root());
    const close = screen.getByRole("button", { name: "Close" });
    const save = screen.getByRole("button", { name: "Save choices" });
    save.focus();
    press(save, "Tab");
    expect(focusedIn(root())).toBe(close);
    press(close, "Tab", true);
    expect(focusedIn(root())).toBe(save);
    // From the dialog itself (where focus lands on open), Shift+Tab goes to the last control too.
    const dialog = root()!.querySelector<HTMLElement>("[role=dialog]")!;
    dialog.focus();
    press(dialog, "Tab", true);
    expect(focusedIn(root())).toBe(save);
  });

  it("brings focus back into the dialog after a click on the backdrop", () => {
    const { root } = mount({ state: { view: "preferences" } });
    const screen = screenOf(root());
    const backdrop = root()!.querySelector<HTMLElement>("[role=dialog]")!.parentElement!;
    backdrop.focus();
    press(backdrop, "Tab");
    expect(focusedIn(root())).toBe(screen.getByRole("button", { name: "Close" }));
    backdrop.focus();
    press(backdrop, "Tab", true);
    expect(focusedIn(root())).toBe(screen.getByRole("button", { name: "Save choices" }));
  });
});

describe("mountUi: rendering failures", () => {
  it("are reported on the console, never thrown into the page, also from a switch", () => {
    const { root, config } = mount({ state: { view: "preferences" } });
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener("error", onError);
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = new Error("title unreadable");
    Object.defineProperty(config.categories[1], "title", {
      get() {
        throw broken;
      },
    });
    let reported: unknown[][] = [];
    try {
      fireEvent.click(screenOf(root()).getByRole("switch", { name: "Marketing" }));
      reported = consoleError.mock.calls.slice();
    } finally {
      window.removeEventListener("error", onError);
      consoleError.mockRestore();
    }
    expect(uncaught).toEqual([]);
    expect(reported).toEqual([["Assent:", broken]]);
  });
});

describe("mountUi: reopen button", () => {
  it("appears once a choice exists and opens the preference center", () => {
    const { root, actions } = mount({
      config: makeConfig({ reopenButton: true }),
      state: { consent: makeConsent(["necessary"]) },
    });
    const reopen = screenOf(root()).getByRole("button", { name: "Cookie settings" });
    fireEvent.click(reopen);
    expect(actions.showPreferences).toHaveBeenCalled();
    expect(reopen.hidden).toBe(true);
    press(root()!.querySelector("[role=dialog]")!, "Escape");
    expect(reopen.hidden).toBe(false);
  });

  it("is not there without reopenButton", () => {
    mount({ state: { consent: makeConsent(["necessary"]) } });
    expect(document.querySelector("[data-assent-root]")).toBeNull();
  });
});

describe("mountUi: config text", () => {
  it("renders markup in titles as text", () => {
    const config = makeConfig();
    config.categories[1].title = "<img src=x onerror=alert(1)>";
    const { root } = mount({ config, state: { view: "preferences" } });
    expect(root()!.querySelector("img")).toBeNull();
    expect(root()!.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("makes links of [label](url) but refuses javascript: URLs", () => {
    const config = makeConfig({
      text: { en: { bannerBody: "Read [our notes](https://example.com/notes) or [click](javascript:alert(1)) {categories}." } },
    });
    const { store, root } = mount({ config });
    store.set({ view: "banner" });
    const links = Array.from(root()!.querySelectorAll("a")).map((a) => a.getAttribute("href"));
    expect(links).toEqual(["https://example.com/notes", "/privacy"]);
    expect(root()!.textContent).toContain("[click](javascript:alert(1))");
  });
});
