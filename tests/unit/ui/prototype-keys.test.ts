import { within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { resolveText } from "../../../src/core/text";
import { resolveUiText } from "../../../src/locales/ui-text";
import { cleanPage, makeConfig, mount } from "./ui-fixture";

afterEach(cleanPage);

/** Names every plain object inherits: config-keyed look-ups must never find these. */
const PROTOTYPE_NAMES = ["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__", "isPrototypeOf"];

describe("config-keyed look-ups never reach Object.prototype", () => {
  it("gives every UI string as text for a language named like an Object.prototype member", () => {
    for (const language of PROTOTYPE_NAMES) {
      const config = makeConfig({ languages: [language] });
      const { text } = resolveUiText(config, language);
      for (const [key, value] of Object.entries(text)) expect(typeof value, `${language}.${key}`).toBe("string");
      expect(text.acceptAll).toBe("Accept all");
    }
  });

  it("resolves config texts without returning inherited functions", () => {
    for (const language of PROTOTYPE_NAMES) expect(resolveText({ en: "Analytics" }, language, language)).toBe("Analytics");
  });

  it("renders the banner with real strings when the language is 'constructor'", () => {
    const { store, root } = mount({ config: makeConfig({ languages: ["constructor"] }), language: "constructor" });
    store.set({ view: "banner" });
    const region = within(root()!.lastElementChild as HTMLElement).getByRole("region", { name: "Cookie consent" });
    expect(
      within(region)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Accept all", "Reject all", "Customize"]);
    expect(region.textContent).not.toContain("undefined");
    expect(region.textContent).not.toContain("function");
  });
});
