import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../../../src/core/config-defaults";
import { choiceToSave, flipSwitch, toggleId } from "../../../src/core/preference-switches";
import type { CategoryConfig } from "../../../src/types";

const analytics: CategoryConfig = { id: "analytics", title: "Analytics", services: [{ id: "ga", title: "GA" }] };
const marketing: CategoryConfig = {
  id: "marketing",
  title: "Marketing",
  toggleServices: true,
  services: [
    { id: "youtube", title: "YouTube" },
    { id: "linkedin", title: "LinkedIn" },
  ],
};
const none = { categories: ["necessary"], services: [] };

describe("preference center switches", () => {
  it("toggleId adds an id at the end once, or removes it", () => {
    expect(toggleId(["a", "b"], "a", true)).toEqual(["b", "a"]);
    expect(toggleId(["a", "b"], "a", false)).toEqual(["b"]);
    expect(toggleId([], "a", false)).toEqual([]);
  });

  it("a category switch turns the category on or off", () => {
    const on = flipSwitch(none, analytics, null, true);
    expect(on).toEqual({ categories: ["necessary", "analytics"], services: [] });
    expect(flipSwitch(on, analytics, null, false)).toEqual(none);
  });

  it("with per-service switches, the category switch turns all of its services on or off", () => {
    const on = flipSwitch(none, marketing, null, true);
    expect(on).toEqual({ categories: ["necessary", "marketing"], services: ["youtube", "linkedin"] });
    expect(flipSwitch(on, marketing, null, false)).toEqual(none);
  });

  it("a service switch turns its category on while any of its services is on", () => {
    const youtube = flipSwitch(none, marketing, "youtube", true);
    expect(youtube).toEqual({ categories: ["necessary", "marketing"], services: ["youtube"] });
    const both = flipSwitch(youtube, marketing, "linkedin", true);
    const onlyLinkedin = flipSwitch(both, marketing, "youtube", false);
    expect(onlyLinkedin).toEqual({ categories: ["necessary", "marketing"], services: ["linkedin"] });
    expect(flipSwitch(onlyLinkedin, marketing, "linkedin", false)).toEqual(none);
  });
});

describe("Save choices", () => {
  it("keeps the switched-on categories and only the services that have a switch of their own", () => {
    const config = normalizeConfig({ categories: [{ id: "necessary", required: true, title: "N" }, analytics, marketing] });
    const choice = { categories: ["necessary", "analytics", "marketing"], services: ["ga", "linkedin"] };
    expect(choiceToSave(config, choice)).toEqual({ categories: choice.categories, services: ["linkedin"] });
  });
});
