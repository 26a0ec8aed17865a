import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalizeConfig } from "../../../src/core/config-defaults";
import { encodeConsent } from "../../../src/core/consent-codec";
import { cookiePairs, findCookie } from "../../../src/core/cookie-header";
import { consentFromCookies, readChoice } from "../../../src/core/read-choice";
import type { AssentConfig, Consent } from "../../../src/types";

const CONFIG: AssentConfig = {
  revision: 2,
  cookie: { expiresDays: { accept: 365, reject: 180 } },
  categories: [
    { id: "necessary", required: true, title: "Necessary" },
    { id: "analytics", title: "Analytics", services: [{ id: "ga", title: "GA" }] },
  ],
};

/** The cookie value of a choice under CONFIG. */
const enc = (c: Consent) => encodeConsent(c, normalizeConfig(CONFIG));

const NOW = new Date("2026-06-01T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 864e5).toISOString();

const consent = (patch: Partial<Consent> = {}): Consent => ({
  id: "Xq3vZ9lq0m2rN8c1aB4dEf",
  revision: 2,
  categories: ["necessary", "analytics"],
  services: ["ga"],
  createdAt: daysAgo(30),
  updatedAt: daysAgo(10),
  ...patch,
});

const header = (value: string, name = "assent") => `_ga=GA1.2.3.4; ${name}=${value}; theme=dark`;

describe("consentFromCookies", () => {
  it("reads the choice a browser sends back, among the site's other cookies", () => {
    expect(consentFromCookies(header(enc(consent())), CONFIG, NOW)).toEqual(consent());
  });

  it("is null without a choice cookie, or without a Cookie header at all", () => {
    expect(consentFromCookies("_ga=GA1.2.3.4; theme=dark", CONFIG, NOW)).toBeNull();
    expect(consentFromCookies("", CONFIG, NOW)).toBeNull();
    expect(consentFromCookies(undefined, CONFIG, NOW)).toBeNull();
    expect(consentFromCookies(null, CONFIG, NOW)).toBeNull();
  });

  it("is null once the choice has expired: a consent after `accept` days, a refusal after `reject` days", () => {
    const accepted = consent({ updatedAt: daysAgo(364) });
    const refused = consent({ categories: ["necessary"], services: [], updatedAt: daysAgo(179) });
    expect(consentFromCookies(header(enc(accepted)), CONFIG, NOW)).toEqual(accepted);
    expect(consentFromCookies(header(enc(refused)), CONFIG, NOW)).toEqual(refused);
    const later = new Date(NOW.getTime() + 2 * 864e5);
    expect(consentFromCookies(header(enc(accepted)), CONFIG, later)).toBeNull();
    expect(consentFromCookies(header(enc(refused)), CONFIG, later)).toBeNull();
  });

  it("is null for a choice made under an older revision, valid under the same or a later one", () => {
    expect(consentFromCookies(header(enc(consent({ revision: 1 }))), CONFIG, NOW)).toBeNull();
    expect(consentFromCookies(header(enc(consent({ revision: 3 }))), CONFIG, NOW)).toEqual(consent({ revision: 3 }));
  });

  it("is null for a tampered, truncated or foreign value", () => {
    const value = enc(consent({ categories: ["necessary"], services: [] }));
    // The granted bits of a full consent with the refusal's checksum.
    const fields = value.split(".");
    fields[6] = enc(consent()).split(".")[6];
    const forged = fields.join(".");
    expect(forged).not.toBe(value);
    expect(consentFromCookies(header(forged), CONFIG, NOW)).toBeNull();
    expect(consentFromCookies(header(value.slice(0, -2)), CONFIG, NOW)).toBeNull();
    expect(consentFromCookies(header("{stamp:%27-1%27%2Cnecessary:true}"), CONFIG, NOW)).toBeNull();
    expect(consentFromCookies(header("%E0%A4%A"), CONFIG, NOW)).toBeNull();
  });

  it("reads the cookie name the config sets, %-encoded or not", () => {
    const named: AssentConfig = { ...CONFIG, cookie: { name: "__Host-consent" } };
    const value = enc(consent());
    expect(consentFromCookies(header(value, "__Host-consent"), named, NOW)).toEqual(consent());
    expect(consentFromCookies(header(value), named, NOW)).toBeNull();
    expect(consentFromCookies(header(encodeURIComponent(value)), CONFIG, NOW)).toEqual(consent());
  });

  it("of several cookies with that name, reads the valid one with the latest choice", () => {
    // A stale accept on a longer path comes first (browsers list the longest path first), the newer refusal after it.
    const stale = enc(consent({ updatedAt: daysAgo(20) }));
    const newer = consent({ categories: ["necessary"], services: [], updatedAt: daysAgo(1) });
    expect(consentFromCookies(`assent=${stale}; assent=${enc(newer)}`, CONFIG, NOW)).toEqual(newer);
    expect(consentFromCookies(`assent=${enc(newer)}; assent=${stale}`, CONFIG, NOW)).toEqual(newer);
    // An expired or unreadable one never wins over a valid one, however recent.
    const outdated = enc(consent({ revision: 1, updatedAt: daysAgo(0) }));
    expect(consentFromCookies(`assent=${outdated}; assent=junk; assent=${stale}`, CONFIG, NOW)).toEqual(
      consent({ updatedAt: daysAgo(20) }),
    );
  });

  it("is null when the config is not valid, as the page's Assent then blocks everything", () => {
    const broken = { categories: [{ id: "has space", title: "x" }] } as AssentConfig;
    expect(consentFromCookies(header(enc(consent())), broken, NOW)).toBeNull();
    expect(consentFromCookies(header(enc(consent())), null as unknown as AssentConfig, NOW)).toBeNull();
  });

  it("judges expiry by the server's clock when no time is given", () => {
    const fresh = consent({ createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
    const stamp = (c: Consent) => ({
      ...c,
      createdAt: c.createdAt.replace(/\.\d+Z/, ".000Z"),
      updatedAt: c.updatedAt.replace(/\.\d+Z/, ".000Z"),
    });
    expect(consentFromCookies(header(enc(fresh)), CONFIG)).toEqual(stamp(fresh));
  });

  it("never throws, whatever the header holds", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.anything()), (value) => {
        const answer = consentFromCookies(value as string, CONFIG, NOW);
        expect(answer === null || typeof answer.id == "string").toBe(true);
      }),
    );
  });
});

describe("readChoice", () => {
  const normalized = normalizeConfig(CONFIG);

  it("keeps an outdated choice as `previous`, to pre-set the preference center", () => {
    const old = consent({ revision: 1 });
    expect(readChoice(enc(old), normalized, NOW)).toEqual({ consent: null, previous: old });
    expect(readChoice(enc(consent()), normalized, NOW)).toEqual({ consent: consent(), previous: null });
    expect(readChoice("junk", normalized, NOW)).toEqual({ consent: null, previous: null });
  });
});

describe("cookie strings", () => {
  it("split into pairs the way browsers write them, malformed parts included", () => {
    expect(cookiePairs(" ;; =orphan;  a = 1 ; flag; b=x=y;c=; ")).toEqual([
      ["", "orphan"],
      ["a", "1"],
      ["", "flag"],
      ["b", "x=y"],
      ["c", ""],
    ]);
    expect(findCookie("ab=1; a=2", "a")).toBe("2");
    expect(findCookie("ab=1; a=2", "b")).toBeNull();
  });
});
