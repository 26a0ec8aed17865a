import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../../../src/core/config-defaults";
import {
  chooseAll,
  chooseNone,
  declaredPatterns,
  diffCategories,
  expiryDays,
  grantFrame,
  isConsentValid,
  isGranted,
  matchesPattern,
  normalizeChoice,
  presetChoice,
  recordChoice,
  servicesAlone,
} from "../../../src/core/consent-rules";
import type { AssentConfig, Consent } from "../../../src/types";

const base: AssentConfig = {
  revision: 3,
  cookie: { expiresDays: { accept: 365, reject: 180 } },
  categories: [
    {
      id: "necessary",
      required: true,
      title: "Necessary",
      services: [{ id: "session", title: "Session", cookies: [{ name: "SID" }] }],
    },
    {
      id: "functional",
      default: true,
      title: "Functional",
      services: [{ id: "chat", title: "Chat", storage: ["chat:*"] }],
    },
    {
      id: "analytics",
      title: "Analytics",
      services: [
        { id: "google-analytics", title: "GA", cookies: [{ name: "_ga" }, { name: "_gat_UA-*" }], storage: ["_ga_*"] },
        { id: "hotjar", title: "Hotjar", cookies: [{ name: "_hj*" }, { name: "_ga" }] },
      ],
    },
    {
      id: "marketing",
      toggleServices: true,
      title: "Marketing",
      services: [
        { id: "youtube", title: "YouTube", cookies: [{ name: "VISITOR_INFO1_LIVE" }] },
        { id: "linkedin", title: "LinkedIn", cookies: [{ name: "visitor_id*" }] },
      ],
    },
    { id: "empty", title: "No services" },
  ],
};
const config = normalizeConfig(base);

const DAY = 864e5;
const chosenAt = new Date("2025-01-15T12:00:00Z");
const consent = (categories: string[], services: string[] = [], extra: Partial<Consent> = {}): Consent => ({
  id: "abc",
  revision: 3,
  categories,
  services,
  createdAt: chosenAt.toISOString(),
  updatedAt: chosenAt.toISOString(),
  ...extra,
});
const daysLater = (days: number) => new Date(chosenAt.getTime() + days * DAY);

describe("isGranted", () => {
  it("grants a required category and its services before any choice", () => {
    expect(isGranted(config, null, "necessary")).toBe(true);
    expect(isGranted(config, null, "necessary", "session")).toBe(true);
    expect(isGranted(config, consent([]), "necessary")).toBe(true);
  });

  it("grants nothing optional without a choice, and nothing unknown ever", () => {
    expect(isGranted(config, null, "analytics")).toBe(false);
    expect(isGranted(config, consent(["nope"]), "nope")).toBe(false);
    expect(isGranted(config, consent(["analytics"]), "nope")).toBe(false);
  });

  it("grants a category the visitor chose, and its services with it", () => {
    const c = consent(["analytics"]);
    expect(isGranted(config, c, "analytics")).toBe(true);
    expect(isGranted(config, c, "analytics", "hotjar")).toBe(true);
    expect(isGranted(config, c, "marketing")).toBe(false);
    expect(isGranted(config, c, "analytics", "unknown")).toBe(false);
    expect(isGranted(config, c, "analytics", "youtube")).toBe(false);
  });

  it("needs the service itself in a toggleServices category", () => {
    const c = consent(["marketing"], ["youtube"]);
    expect(isGranted(config, c, "marketing")).toBe(true);
    expect(isGranted(config, c, "marketing", "youtube")).toBe(true);
    expect(isGranted(config, c, "marketing", "linkedin")).toBe(false);
  });

  it("grants a service granted alone (a placeholder's button) without its category", () => {
    const c = consent(["necessary"], ["youtube"]);
    expect(isGranted(config, c, "marketing", "youtube")).toBe(true);
    expect(isGranted(config, c, "marketing")).toBe(false);
    expect(isGranted(config, c, "marketing", "linkedin")).toBe(false);
    expect(isGranted(config, c, "analytics", "youtube")).toBe(false); // only under its own category
  });
});

describe("grantFrame (a placeholder's button)", () => {
  it("grants the frame's service alone, keeping the choice in force, in config order", () => {
    expect(grantFrame(config, null, "marketing", "youtube")).toEqual({
      categories: ["necessary"],
      services: ["session", "youtube"],
    });
    const earlier = consent(["necessary", "analytics"], ["session", "google-analytics", "hotjar"]);
    expect(grantFrame(config, earlier, "marketing", "youtube")).toEqual({
      categories: ["necessary", "analytics"],
      services: ["session", "google-analytics", "hotjar", "youtube"],
    });
    // A second frame adds its service; the first stays, and the category stays off.
    const once = consent(["necessary"], ["session", "youtube"]);
    expect(grantFrame(config, once, "marketing", "linkedin")).toEqual({
      categories: ["necessary"],
      services: ["session", "youtube", "linkedin"],
    });
  });

  it("grants the category when the frame names no service, or one its category does not list", () => {
    expect(grantFrame(config, null, "analytics")).toEqual({
      categories: ["necessary", "analytics"],
      services: ["session", "google-analytics", "hotjar"],
    });
    expect(grantFrame(config, null, "analytics", "youtube").categories).toEqual(["necessary", "analytics"]);
  });

  it("shows a service granted alone in the preference center's preset, its category off", () => {
    expect(presetChoice(config, consent(["necessary"], ["session", "youtube"]), [])).toEqual({
      categories: ["necessary"],
      services: ["session", "youtube"],
    });
    expect(servicesAlone(config.categories[3], consent(["necessary"], ["youtube"]))).toEqual(["youtube"]);
    expect(servicesAlone(config.categories[3], consent(["marketing"], ["youtube"]))).toEqual([]);
  });
});

describe("expiryDays and isConsentValid", () => {
  it("keeps a consent for the accept lifetime and a refusal for the reject lifetime", () => {
    expect(expiryDays(config, consent(["necessary", "analytics"]))).toBe(365);
    expect(expiryDays(config, consent(["necessary"]))).toBe(180);
    expect(expiryDays(config, consent([]))).toBe(180);
    expect(expiryDays(config, null)).toBe(180);
    // A category that is no longer in the config is no consent to anything.
    expect(expiryDays(config, consent(["necessary", "gone"]))).toBe(180);
  });

  it("is valid on day 364 and expired on day 366 of a 365-day lifetime", () => {
    const c = consent(["necessary", "analytics"]);
    expect(isConsentValid(config, c, daysLater(0))).toBe(true);
    expect(isConsentValid(config, c, daysLater(364))).toBe(true);
    expect(isConsentValid(config, c, daysLater(366))).toBe(false);
  });

  it("expires a refusal after the reject lifetime", () => {
    const c = consent(["necessary"]);
    expect(isConsentValid(config, c, daysLater(179))).toBe(true);
    expect(isConsentValid(config, c, daysLater(181))).toBe(false);
  });

  it("counts from the latest choice, not the first", () => {
    const c = consent(["analytics"], [], { createdAt: "2020-01-01T00:00:00.000Z" });
    expect(isConsentValid(config, c, daysLater(300))).toBe(true);
  });

  it("is invalidated by a higher config revision", () => {
    const c = consent(["analytics"]);
    expect(isConsentValid(config, c, chosenAt)).toBe(true);
    expect(isConsentValid({ ...config, revision: 4 }, c, chosenAt)).toBe(false);
    expect(isConsentValid({ ...config, revision: 2 }, c, chosenAt)).toBe(true);
  });

  it("is invalid without a consent or with an unreadable date", () => {
    expect(isConsentValid(config, null, chosenAt)).toBe(false);
    expect(isConsentValid(config, consent(["analytics"], [], { updatedAt: "never" }), chosenAt)).toBe(false);
  });
});

describe("choices", () => {
  it("accept all grants every category and service except GPC-denied ones", () => {
    expect(chooseAll(config, [])).toEqual({
      categories: ["necessary", "functional", "analytics", "marketing", "empty"],
      services: ["session", "chat", "google-analytics", "hotjar", "youtube", "linkedin"],
    });
    expect(chooseAll(config, ["marketing", "necessary"])).toEqual({
      categories: ["necessary", "functional", "analytics", "empty"],
      services: ["session", "chat", "google-analytics", "hotjar"],
    });
  });

  it("reject all keeps only required categories and their services", () => {
    expect(chooseNone(config)).toEqual({ categories: ["necessary"], services: ["session"] });
  });

  it("normalizes a choice: unknown ids dropped, required added, config order", () => {
    expect(normalizeChoice(config, ["analytics", "nope", "functional"])).toEqual({
      categories: ["necessary", "functional", "analytics"],
      services: ["session", "chat", "google-analytics", "hotjar"],
    });
  });

  it("with services, gives toggleServices categories only the listed ones", () => {
    expect(normalizeChoice(config, ["analytics", "marketing"], ["linkedin", "nope"])).toEqual({
      categories: ["necessary", "analytics", "marketing"],
      services: ["session", "google-analytics", "hotjar", "linkedin"],
    });
    // Listing a service is enough to grant its toggleServices category.
    expect(normalizeChoice(config, [], ["youtube"])).toEqual({
      categories: ["necessary", "marketing"],
      services: ["session", "youtube"],
    });
    // Listing a service of a non-toggle category does not grant that category.
    expect(normalizeChoice(config, [], ["hotjar"])).toEqual({ categories: ["necessary"], services: ["session"] });
    // The category on, every service off.
    expect(normalizeChoice(config, ["marketing"], [])).toEqual({
      categories: ["necessary", "marketing"],
      services: ["session"],
    });
  });

  it("presets defaults minus GPC without a choice, and the earlier choice otherwise", () => {
    expect(presetChoice(config, null, [])).toEqual({ categories: ["necessary", "functional"], services: ["session", "chat"] });
    expect(presetChoice(config, null, ["functional"])).toEqual({ categories: ["necessary"], services: ["session"] });
    const earlier = consent(["necessary", "marketing", "gone"], ["session", "youtube", "gone-service"]);
    // GPC is not applied again to what the visitor chose.
    expect(presetChoice(config, earlier, ["marketing"])).toEqual({
      categories: ["necessary", "marketing"],
      services: ["session", "youtube"],
    });
  });
});

describe("recordChoice", () => {
  const choice = { categories: ["necessary", "analytics"], services: ["session", "google-analytics"] };

  it("starts a new consent with a new id", () => {
    const now = new Date("2025-02-01T08:00:00.789Z");
    expect(recordChoice(null, choice, 3, now, () => "new-id")).toEqual({
      id: "new-id",
      revision: 3,
      ...choice,
      createdAt: "2025-02-01T08:00:00.000Z",
      updatedAt: "2025-02-01T08:00:00.000Z",
    });
  });

  it("keeps the id and first date of an earlier consent", () => {
    const earlier = consent(["necessary"], ["session"], { revision: 2 });
    const recorded = recordChoice(earlier, choice, 3, daysLater(10), () => "unused");
    expect(recorded).toMatchObject({ id: "abc", revision: 3, createdAt: earlier.createdAt });
    expect(recorded.updatedAt).toBe(daysLater(10).toISOString());
    expect(recorded.categories).toEqual(choice.categories);
    expect(recorded.categories).not.toBe(choice.categories);
  });
});

describe("diffCategories", () => {
  it("lists optional categories granted and revoked, never required ones", () => {
    expect(diffCategories(config, null, consent(["necessary", "analytics", "marketing"]))).toEqual({
      granted: ["analytics", "marketing"],
      revoked: [],
    });
    expect(
      diffCategories(config, consent(["necessary", "analytics", "functional"]), consent(["necessary", "marketing"])),
    ).toEqual({
      granted: ["marketing"],
      revoked: ["functional", "analytics"],
    });
    expect(diffCategories(config, consent(["necessary", "analytics"]), null)).toEqual({ granted: [], revoked: ["analytics"] });
    expect(diffCategories(config, null, null)).toEqual({ granted: [], revoked: [] });
  });
});

describe("declaredPatterns", () => {
  it("collects the cookie and storage patterns of the categories' services once each", () => {
    expect(declaredPatterns(config, ["analytics", "functional"])).toEqual({
      cookies: ["_ga", "_gat_UA-*", "_hj*"],
      storage: ["chat:*", "_ga_*"],
    });
    expect(declaredPatterns(config, ["empty", "nope"])).toEqual({ cookies: [], storage: [] });
  });
});

describe("matchesPattern", () => {
  it("matches literally, with * as any run of characters", () => {
    expect(matchesPattern("_ga", "_ga")).toBe(true);
    expect(matchesPattern("_ga", "_gat")).toBe(false);
    expect(matchesPattern("_gat_UA-*", "_gat_UA-12345-1")).toBe(true);
    expect(matchesPattern("_gat_UA-*", "_gat_UA-")).toBe(true);
    expect(matchesPattern("_gat_UA-*", "_gat_UA")).toBe(false);
    expect(matchesPattern("visitor_id*", "visitor_id12345-hash")).toBe(true);
    expect(matchesPattern("visitor_id*", "my_visitor_id1")).toBe(false);
    expect(matchesPattern("*_session", "shop_session")).toBe(true);
    expect(matchesPattern("a*b*c", "a-x-b-y-c")).toBe(true);
    expect(matchesPattern("a*b*c", "a-c-b")).toBe(false);
    expect(matchesPattern("ab*ba", "aba")).toBe(false);
    expect(matchesPattern("*", "anything")).toBe(true);
  });

  it("treats regex characters in config text as plain text", () => {
    expect(matchesPattern("ASP.NET_SessionId", "ASPXNET_SessionId")).toBe(false);
    expect(matchesPattern("ASP.NET_SessionId", "ASP.NET_SessionId")).toBe(true);
    expect(matchesPattern("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!")).toBe(false);
    expect(matchesPattern("[x]", "[x]")).toBe(true);
    expect(matchesPattern("[x]", "x")).toBe(false);
  });
});
