import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../../../src/core/config-defaults";
import { consentDefaultCommands, consentUpdateCommand, FALLBACK_DEFAULT_COMMAND } from "../../../src/core/consent-mode";
import type { AssentConfig } from "../../../src/types";

const base: AssentConfig = {
  categories: [
    { id: "necessary", required: true, title: "Necessary", googleConsent: ["security_storage"] },
    { id: "analytics", title: "Analytics", googleConsent: ["analytics_storage"] },
    { id: "marketing", title: "Marketing", googleConsent: ["ad_storage", "ad_user_data", "ad_personalization"] },
    { id: "video", title: "Video" },
  ],
};
const config = (extra: Partial<AssentConfig> = {}) => normalizeConfig({ ...base, ...extra });

describe("consentDefaultCommands", () => {
  it("denies every type of an optional category and grants the types of required ones", () => {
    expect(consentDefaultCommands(config())).toEqual([
      [
        "consent",
        "default",
        {
          security_storage: "granted",
          analytics_storage: "denied",
          ad_storage: "denied",
          ad_user_data: "denied",
          ad_personalization: "denied",
          wait_for_update: 500,
        },
      ],
    ]);
  });

  it("mentions only the mapped types", () => {
    const [[, , states]] = consentDefaultCommands(config()) as [[string, string, object]];
    expect(states).not.toHaveProperty("functionality_storage");
    expect(states).not.toHaveProperty("region");
  });

  it("denies a type mapped to both a required and an optional category", () => {
    const commands = consentDefaultCommands(
      config({
        categories: [
          { id: "analytics", title: "A", googleConsent: ["analytics_storage"] },
          { id: "necessary", required: true, title: "N", googleConsent: ["analytics_storage"] },
        ],
      }),
    );
    expect(commands[0][2]).toMatchObject({ analytics_storage: "denied" });
  });

  it("puts the set commands first, then the default with wait_for_update and region", () => {
    const commands = consentDefaultCommands(
      config({
        googleConsentMode: { adsDataRedaction: true, urlPassthrough: true, waitForUpdate: 800, region: ["SE", "US-CA"] },
      }),
    );
    expect(commands.slice(0, 2)).toEqual([
      ["set", "ads_data_redaction", true],
      ["set", "url_passthrough", true],
    ]);
    expect(commands[2][0]).toBe("consent");
    expect(commands[2][1]).toBe("default");
    expect(commands[2][2]).toMatchObject({ wait_for_update: 800, region: ["SE", "US-CA"] });
  });

  it("passes an explicit false through and leaves out unset options and an empty region", () => {
    const commands = consentDefaultCommands(config({ googleConsentMode: { urlPassthrough: false, region: [] } }));
    expect(commands).toHaveLength(2);
    expect(commands[0]).toEqual(["set", "url_passthrough", false]);
    expect(commands[1][2]).not.toHaveProperty("region");
  });

  it("says nothing to Google when no category is mapped", () => {
    expect(
      consentDefaultCommands(config({ categories: [{ id: "a", title: "A" }], googleConsentMode: { adsDataRedaction: true } })),
    ).toEqual([]);
  });
});

describe("consentUpdateCommand", () => {
  it("grants the types of granted categories and denies the others", () => {
    expect(consentUpdateCommand(config(), (id) => id === "analytics")).toEqual([
      "consent",
      "update",
      {
        security_storage: "granted",
        analytics_storage: "granted",
        ad_storage: "denied",
        ad_user_data: "denied",
        ad_personalization: "denied",
      },
    ]);
  });

  it("keeps required categories granted even if the predicate says no", () => {
    expect(consentUpdateCommand(config(), () => false)?.[2]).toMatchObject({ security_storage: "granted" });
  });

  it("grants a type mapped to several categories when any of them is granted", () => {
    const shared = config({
      categories: [
        { id: "stats", title: "S", googleConsent: ["analytics_storage"] },
        { id: "ab", title: "AB", googleConsent: ["analytics_storage"] },
      ],
    });
    expect(consentUpdateCommand(shared, (id) => id === "stats")?.[2]).toEqual({ analytics_storage: "granted" });
    expect(consentUpdateCommand(shared, (id) => id === "ab")?.[2]).toEqual({ analytics_storage: "granted" });
    expect(consentUpdateCommand(shared, () => false)?.[2]).toEqual({ analytics_storage: "denied" });
  });

  it("is null when no category is mapped", () => {
    expect(consentUpdateCommand(config({ categories: [{ id: "a", title: "A" }] }), () => true)).toBeNull();
  });
});

describe("FALLBACK_DEFAULT_COMMAND", () => {
  it("denies everything but security_storage and waits 500 ms", () => {
    expect(FALLBACK_DEFAULT_COMMAND).toEqual([
      "consent",
      "default",
      {
        ad_storage: "denied",
        ad_user_data: "denied",
        ad_personalization: "denied",
        analytics_storage: "denied",
        functionality_storage: "denied",
        personalization_storage: "denied",
        security_storage: "granted",
        wait_for_update: 500,
      },
    ]);
  });
});
