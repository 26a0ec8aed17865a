import { afterEach, describe, expect, it, vi } from "vitest";
import { listenForPreferenceTriggers } from "../../../src/browser/triggers";

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = "";
});

const listen = () => {
  const open = vi.fn();
  stop = listenForPreferenceTriggers(document, open);
  return open;
};

const press = (element: Element, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
  element.dispatchEvent(event);
  return event;
};

describe("listenForPreferenceTriggers", () => {
  it("opens on a click on the element or inside it, and keeps href='#' from jumping", () => {
    const open = listen();
    document.body.innerHTML = '<a href="#" data-assent-preferences><span>Cookie settings</span></a>';
    const link = document.querySelector("a")!;
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    link.querySelector("span")!.dispatchEvent(click);
    expect(open).toHaveBeenCalledWith(link);
    expect(click.defaultPrevented).toBe(true);
  });

  it("works for elements added after it started", () => {
    const open = listen();
    const button = document.createElement("button");
    button.setAttribute("data-assent-preferences", "");
    document.body.append(button);
    button.click();
    expect(open).toHaveBeenCalledWith(button);
  });

  it("ignores clicks elsewhere, and doesn't prevent them", () => {
    const open = listen();
    document.body.innerHTML = '<a href="#top">Top</a>';
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    document.querySelector("a")!.dispatchEvent(click);
    expect(open).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(false);
  });

  it("still opens when the page stops the click's propagation", () => {
    const open = listen();
    document.body.innerHTML = '<div id="menu"><span data-assent-preferences>Cookies</span></div>';
    document.getElementById("menu")!.addEventListener("click", (event) => event.stopPropagation());
    (document.querySelector("span") as HTMLElement).click();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it("opens on Enter and Space for a role=button span, and stops Space from scrolling", () => {
    const open = listen();
    document.body.innerHTML = '<span role="button" tabindex="0" data-assent-preferences>Cookies</span>';
    const span = document.querySelector("span")!;
    press(span, "Enter");
    const space = press(span, " ");
    expect(open).toHaveBeenCalledTimes(2);
    expect(open).toHaveBeenCalledWith(span);
    expect(space.defaultPrevented).toBe(true);
    press(span, "a");
    press(span, "Enter", { repeat: true });
    expect(open).toHaveBeenCalledTimes(2);
  });

  it("leaves keys on native buttons and links to the browser (their click opens it once)", () => {
    const open = listen();
    document.body.innerHTML =
      '<button data-assent-preferences>Prefs</button><a href="/p" data-assent-preferences>Prefs</a>' +
      '<div data-assent-preferences><button id="inner">Prefs</button></div>';
    for (const element of document.querySelectorAll("button, a")) {
      expect(press(element, "Enter").defaultPrevented).toBe(false);
      press(element, " ");
    }
    expect(open).not.toHaveBeenCalled();
  });

  it("finds triggers inside the page's open shadow roots", () => {
    const open = listen();
    const host = document.createElement("site-footer");
    document.body.append(host);
    const root = host.attachShadow({ mode: "open" });
    root.innerHTML = "<button data-assent-preferences>Cookies</button>";
    root.querySelector("button")!.click();
    expect(open).toHaveBeenCalledWith(root.querySelector("button"));
  });

  it("stops listening when unsubscribed", () => {
    const open = listen();
    document.body.innerHTML = '<span role="button" tabindex="0" data-assent-preferences>Cookies</span>';
    stop!();
    const span = document.querySelector("span")!;
    span.click();
    press(span, "Enter");
    expect(open).not.toHaveBeenCalled();
  });
});
