import { afterEach, describe, expect, it } from "vitest";
import { keepTabInside } from "../../../src/ui/focus-trap";

afterEach(() => document.body.replaceChildren());

/** A dialog of `html` in a shadow root (as Assent's UI is); returns the container and a Tab presser. */
function dialog(html: string) {
  const host = document.body.appendChild(document.createElement("div"));
  const root = host.attachShadow({ mode: "open" });
  const container = root.appendChild(document.createElement("div"));
  container.innerHTML = html;
  const byId = (id: string) => root.getElementById(id) as HTMLElement;
  const tab = (shiftKey = false) => {
    const event = new KeyboardEvent("keydown", { key: "Tab", shiftKey, cancelable: true });
    keepTabInside(event, container);
    return { wrapped: event.defaultPrevented, focused: root.activeElement && root.activeElement.id };
  };
  return { byId, tab };
}

describe("keepTabInside", () => {
  it("wraps Tab from the last control to the first and Shift+Tab from the first to the last", () => {
    const { byId, tab } = dialog('<button id="a"></button><input id="b" type="checkbox"><button id="c"></button>');
    byId("c").focus();
    expect(tab()).toEqual({ wrapped: true, focused: "a" });
    expect(tab(true)).toEqual({ wrapped: true, focused: "c" });
    byId("b").focus();
    expect(tab()).toEqual({ wrapped: false, focused: "b" });
  });

  it("takes Shift+Tab as WebKitGTK reports it (key Unidentified, keyCode 9)", () => {
    const { byId } = dialog('<button id="a"></button><button id="b"></button>');
    byId("a").focus();
    const event = new KeyboardEvent("keydown", { key: "Unidentified", keyCode: 9, shiftKey: true, cancelable: true });
    keepTabInside(event, byId("a").parentElement as HTMLElement);
    expect(event.defaultPrevented).toBe(true);
    expect((byId("a").getRootNode() as ShadowRoot).activeElement).toBe(byId("b"));
  });

  it("lets Tab go on from a focusable scrolling box between the controls (Firefox) instead of wrapping", () => {
    const { byId, tab } = dialog('<button id="a"></button><div id="scroll" tabindex="0"><button id="b"></button></div>');
    byId("scroll").focus();
    expect(tab()).toEqual({ wrapped: false, focused: "scroll" });
    expect(tab(true)).toEqual({ wrapped: false, focused: "scroll" });
  });

  it("wraps from such a box when no control follows it (Tab) or precedes it (Shift+Tab)", () => {
    const after = dialog('<button id="a"></button><button id="b"></button><div id="scroll" tabindex="0"></div>');
    after.byId("scroll").focus();
    expect(after.tab()).toEqual({ wrapped: true, focused: "a" });
    document.body.replaceChildren();
    const before = dialog('<div id="scroll" tabindex="0"></div><button id="a"></button><button id="b"></button>');
    before.byId("scroll").focus();
    expect(before.tab(true)).toEqual({ wrapped: true, focused: "b" });
  });
});
