import { within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { cleanPage, mount } from "./ui-fixture";

afterEach(cleanPage);

describe("fillDeclarations", () => {
  it("fills the element with each category's title, description and cookie table, in the page", () => {
    document.body.innerHTML = `<main><div data-assent-declaration>Loading…</div></main>`;
    const { ui } = mount();
    ui.fillDeclarations(document);
    const declaration = document.querySelector<HTMLElement>("[data-assent-declaration]")!;
    expect(declaration.shadowRoot).toBeNull();
    expect(declaration.textContent).not.toContain("Loading");
    const screen = within(declaration);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Strictly necessary",
      "Analytics",
      "Marketing",
    ]);
    expect(declaration.textContent).toContain("Counts visits.");
    const tables = screen.getAllByRole("table");
    expect(tables).toHaveLength(3);
    const heads = tables[0].querySelectorAll("thead th");
    expect(Array.from(heads).map((th) => [th.getAttribute("scope"), th.textContent])).toEqual([
      ["col", "Name"],
      ["col", "Service"],
      ["col", "Host"],
      ["col", "Duration"],
      ["col", "Description"],
    ]);
    const row = tables[0].querySelector("tbody tr")!;
    expect(row.querySelector("th")!.getAttribute("scope")).toBe("row");
    expect(Array.from(row.children).map((cell) => cell.textContent)).toEqual([
      "SID",
      "Session",
      "www.example.comFirst party",
      "Session",
      "Keeps a session.",
    ]);
    // Visible, not collapsed: no disclosure buttons in the declaration.
    expect(declaration.querySelector("button, details")).toBeNull();
  });

  it("speaks the page's language and takes the heading level from the attribute", () => {
    document.body.innerHTML = `<div data-assent-declaration="2"></div>`;
    const { ui } = mount({ language: "sv" });
    ui.fillDeclarations(document);
    const declaration = document.querySelector<HTMLElement>("[data-assent-declaration]")!;
    expect(within(declaration).getAllByRole("heading", { level: 2 })[1].textContent).toBe("Statistik");
    expect(Array.from(declaration.querySelectorAll("thead th")).map((th) => th.textContent)).toContain("Lagringstid");
    expect(declaration.textContent).toContain("2 år");
  });

  it("leaves a filled element alone the second time", () => {
    document.body.innerHTML = `<div data-assent-declaration></div>`;
    const { ui } = mount();
    ui.fillDeclarations(document);
    const first = document.querySelector("[data-assent-declaration] section");
    ui.fillDeclarations(document);
    expect(document.querySelector("[data-assent-declaration] section")).toBe(first);
    expect(document.querySelectorAll("[data-assent-declaration] section")).toHaveLength(3);
  });
});
