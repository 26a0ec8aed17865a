import { fireEvent, within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { cleanPage, mount } from "./ui-fixture";

afterEach(cleanPage);

function addFrame(attributes: Record<string, string>): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  return document.body.appendChild(frame);
}

const placeholderOf = (frame: HTMLIFrameElement) => frame.previousElementSibling as HTMLElement;
const screenOf = (frame: HTMLIFrameElement) => within(placeholderOf(frame).shadowRoot!.lastElementChild as HTMLElement);

describe("placeholder", () => {
  it("stands in for the frame, names the service and the category, and allows both", () => {
    const { ui, actions } = mount();
    const frame = addFrame({
      "data-category": "marketing",
      "data-service": "youtube",
      "data-src": "https://www.youtube.com/embed/x",
    });
    ui.placeholder(frame, { category: "marketing", service: "youtube" });
    expect(placeholderOf(frame).hasAttribute("data-assent-placeholder")).toBe(true);
    expect(frame.hidden).toBe(true);
    const screen = screenOf(frame);
    expect(screen.getByText("Content from YouTube")).toBeTruthy();
    expect(placeholderOf(frame).shadowRoot!.textContent).toContain("consent for marketing");
    fireEvent.click(screen.getByRole("button", { name: "Allow and load" }));
    expect(actions.allowFrame).toHaveBeenCalledWith("marketing", "youtube");
  });

  it("names the frame's host when no service is declared, in the UI language", () => {
    const { ui } = mount({ language: "sv" });
    const frame = addFrame({ "data-category": "marketing", "data-src": "https://maps.example.net/embed" });
    ui.placeholder(frame, { category: "marketing" });
    expect(screenOf(frame).getByText("Innehåll från maps.example.net")).toBeTruthy();
    expect(screenOf(frame).getByRole("button", { name: "Tillåt och läs in" })).toBeTruthy();
  });

  it("takes the frame's size from its width and height, without inline styles", () => {
    const { ui } = mount();
    const frame = addFrame({ "data-category": "marketing", width: "560", height: "315", "data-src": "https://x.test/" });
    ui.placeholder(frame, { category: "marketing" });
    const host = placeholderOf(frame);
    expect(host.shadowRoot!.textContent).toContain("Allow and load");
    const sheets = Array.from(host.shadowRoot!.querySelectorAll("style"))
      .map((s) => s.textContent)
      .join("");
    expect(sheets).toContain(":host{width:560px}.ph{aspect-ratio:560/315}");
    expect(document.querySelector("[style]")).toBeNull();
    expect(host.shadowRoot!.querySelector("[style]")).toBeNull();
  });

  it("defaults to 16:9 of the container and ignores CSS in the attributes", () => {
    const { ui } = mount();
    const frame = addFrame({ "data-category": "marketing", width: "1px;background:url(x)", "data-src": "https://x.test/" });
    ui.placeholder(frame, { category: "marketing" });
    const sheets = Array.from(placeholderOf(frame).shadowRoot!.querySelectorAll("style"))
      .map((s) => s.textContent)
      .join("");
    expect(sheets).toContain(":host{width:100%}.ph{aspect-ratio:16/9}");
    expect(sheets).not.toContain("url(x)");
  });

  it("goes away and shows the frame again when removed", () => {
    const { ui } = mount();
    const frame = addFrame({ "data-category": "marketing", "data-src": "https://x.test/" });
    const remove = ui.placeholder(frame, { category: "marketing" });
    remove();
    expect(document.querySelector("[data-assent-placeholder]")).toBeNull();
    expect(frame.hidden).toBe(false);
    expect(frame.hasAttribute("data-assent-hidden")).toBe(false);
  });
});
