import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../../../src/core/config-defaults";
import { buildReceipt, shownText, stripQueryAndHash } from "../../../src/core/receipt";
import type { AssentConfig, Consent, UiText } from "../../../src/types";

const consent: Consent = {
  id: "c0ns3nt",
  revision: 3,
  categories: ["necessary", "analytics"],
  services: ["google-analytics"],
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-02-01T00:00:00.000Z",
};

describe("buildReceipt", () => {
  it("has exactly the fields README 'Proof of consent' lists", () => {
    const receipt = buildReceipt({
      consent,
      action: "custom",
      source: "preferences",
      language: "sv",
      textHash: "ab".repeat(32),
      href: "https://shop.example/cart?q=1#x",
      now: new Date("2025-03-04T05:06:07.890Z"),
    });
    expect(receipt).toEqual({
      consentId: "c0ns3nt",
      revision: 3,
      categories: ["necessary", "analytics"],
      services: ["google-analytics"],
      action: "custom",
      source: "preferences",
      language: "sv",
      textHash: "ab".repeat(32),
      url: "https://shop.example/cart",
      timestamp: "2025-03-04T05:06:07.890Z",
    });
    expect(receipt.categories).not.toBe(consent.categories);
  });
});

describe("stripQueryAndHash", () => {
  it.each([
    ["https://a.example/p?q=1#x", "https://a.example/p"],
    ["https://a.example/p#x?q=1", "https://a.example/p"],
    ["https://a.example/p?q=1", "https://a.example/p"],
    ["https://a.example/", "https://a.example/"],
  ])("%s → %s", (href, url) => expect(stripQueryAndHash(href)).toBe(url));
});

describe("shownText", () => {
  const ui = { bannerTitle: "We use cookies", acceptAll: "Accept all", rejectAll: "Reject all" } as UiText;
  const make = (): AssentConfig => ({
    languages: ["en", "sv"],
    categories: [
      {
        id: "analytics",
        title: { en: "Analytics", sv: "Statistik" },
        description: { en: "Counts visits.", sv: "Räknar besök." },
        services: [
          {
            id: "ga",
            title: "Google Analytics",
            cookies: [{ name: "_ga", duration: { en: "2 years", sv: "2 år" }, description: "Tells visitors apart." }],
          },
        ],
      },
    ],
  });

  it("gives the same string for the same texts, whatever the key order of the UI table", () => {
    const reordered = { rejectAll: "Reject all", acceptAll: "Accept all", bannerTitle: "We use cookies" } as UiText;
    expect(shownText(normalizeConfig(make()), ui, "en")).toBe(shownText(normalizeConfig(make()), reordered, "en"));
  });

  it("contains the texts of the chosen language", () => {
    const text = shownText(normalizeConfig(make()), ui, "sv");
    for (const shown of ["Statistik", "Räknar besök.", "Google Analytics", "_ga", "2 år", "Tells visitors apart.", "Accept all"])
      expect(text).toContain(shown);
    expect(text).not.toContain("Counts visits.");
  });

  it("changes when any shown text changes", () => {
    const before = shownText(normalizeConfig(make()), ui, "en");
    const edits: Array<(c: AssentConfig) => void> = [
      (c) => (c.categories[0].description = { en: "Counts visits and clicks." }),
      (c) => (c.categories[0].title = "Statistics"),
      (c) => (c.categories[0].services![0].title = "GA4"),
      (c) => (c.categories[0].services![0].cookies![0].duration = "13 months"),
      (c) => (c.categories[0].services![0].cookies![0].name = "_gid"),
    ];
    for (const edit of edits) {
      const config = make();
      edit(config);
      expect(shownText(normalizeConfig(config), ui, "en")).not.toBe(before);
    }
    expect(shownText(normalizeConfig(make()), { ...ui, acceptAll: "OK" }, "en")).not.toBe(before);
  });

  it("does not confuse texts that only differ in how they are split", () => {
    const a = make();
    a.categories[0].title = "Ana";
    a.categories[0].description = "lytics";
    const b = make();
    b.categories[0].title = "Analy";
    b.categories[0].description = "tics";
    expect(shownText(normalizeConfig(a), ui, "en")).not.toBe(shownText(normalizeConfig(b), ui, "en"));
  });
});
