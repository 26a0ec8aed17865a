import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createConsentId, decodeConsent, encodeConsent } from "../../../src/core/consent-codec";
import type { Consent } from "../../../src/types";

const idChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-".split("");
const anyId = fc.stringOf(fc.constantFrom(...idChars), { minLength: 1, maxLength: 24 });
// Whole seconds between 1970 and 2100: the cookie keeps times to the second.
const anySeconds = fc.integer({ min: 0, max: 4102444800 });
const anyConsent: fc.Arbitrary<Consent> = fc
  .record({
    id: fc.stringOf(fc.constantFrom(...idChars), { minLength: 1, maxLength: 64 }),
    revision: fc.nat(1e6),
    categories: fc.array(anyId, { maxLength: 12 }),
    services: fc.array(anyId, { maxLength: 25 }),
    created: anySeconds,
    age: fc.nat(3e8),
  })
  .map(({ created, age, ...rest }) => ({
    ...rest,
    createdAt: new Date(created * 1000).toISOString(),
    updatedAt: new Date((created + age) * 1000).toISOString(),
  }));

const realistic: Consent = {
  id: createConsentId((bytes) => bytes.fill(0xff)),
  revision: 12,
  categories: [
    "necessary",
    "functional",
    "analytics",
    "marketing",
    "personalization",
    "social",
    "video",
    "maps",
    "chat",
    "ab-testing",
  ],
  services: [
    "session",
    "csrf",
    "google-analytics",
    "hotjar",
    "matomo",
    "facebook-pixel",
    "linkedin-insight",
    "google-ads",
    "tiktok-pixel",
    "youtube",
    "vimeo",
    "google-maps",
    "intercom",
    "zendesk",
    "optimizely",
    "vwo",
    "twitter",
    "pinterest",
    "hubspot",
    "mailchimp",
  ],
  createdAt: "2024-03-01T09:30:00.000Z",
  updatedAt: "2025-02-28T17:45:12.000Z",
};

describe("createConsentId", () => {
  it("turns 16 random bytes into 22 base64url characters", () => {
    const id = createConsentId((bytes) => bytes.set(Array.from({ length: 16 }, (_, i) => i * 17)));
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(createConsentId((bytes) => bytes.fill(0))).toBe("A".repeat(22));
    // 0xff bytes: 21 full sextets of 63 ("_"), then 2 leftover bits padded with zeros (0b110000 = "w").
    expect(createConsentId((bytes) => bytes.fill(0xff))).toBe("_".repeat(21) + "w");
  });

  it("gives different ids for different random bytes", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 16; i++) ids.add(createConsentId((bytes) => (bytes[i] = 1)));
    expect(ids.size).toBe(16);
  });
});

describe("encodeConsent / decodeConsent", () => {
  it("reads back exactly the consent it wrote", () => {
    fc.assert(
      fc.property(anyConsent, (consent) => {
        expect(decodeConsent(encodeConsent(consent))).toEqual(consent);
      }),
    );
  });

  it("writes only URL-safe characters and starts with its format version", () => {
    fc.assert(
      fc.property(anyConsent, (consent) => {
        const value = encodeConsent(consent);
        expect(value).toMatch(/^1\.[A-Za-z0-9._~-]+$/);
        expect(encodeURIComponent(value)).toBe(value);
      }),
    );
  });

  it("stays well under 400 bytes for 10 categories and 20 services", () => {
    const value = encodeConsent(realistic);
    expect(value.length).toBeLessThan(350);
    expect(decodeConsent(value)).toEqual(realistic);
  });

  it("keeps a refusal (no categories, no services) apart from anything else", () => {
    const refusal = { ...realistic, categories: [], services: [] };
    expect(decodeConsent(encodeConsent(refusal))).toEqual(refusal);
  });

  it("rejects every value with one character changed, deleted or added", () => {
    fc.assert(
      fc.property(anyConsent, fc.nat(), fc.constantFrom(...idChars, ".", "~", "!", "*", "%", " "), (consent, at, char) => {
        const value = encodeConsent(consent);
        const i = at % value.length;
        const changed = value.slice(0, i) + char + value.slice(i + 1);
        if (changed !== value) expect(decodeConsent(changed)).toBeNull();
        expect(decodeConsent(value.slice(0, i) + value.slice(i + 1))).toBeNull();
        expect(decodeConsent(value.slice(0, i) + char + value.slice(i))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects every single-character edit of a realistic value", () => {
    const value = encodeConsent(realistic);
    for (let i = 0; i < value.length; i++) {
      expect(decodeConsent(value.slice(0, i) + value.slice(i + 1))).toBeNull();
      for (const char of ["a", "Z", "0", "9", "-", "_", ".", "~"]) {
        const changed = value.slice(0, i) + char + value.slice(i + 1);
        if (changed !== value) expect(decodeConsent(changed)).toBeNull();
      }
    }
  });

  it("rejects a value cut short or with its checksum edited", () => {
    const value = encodeConsent(realistic);
    for (let end = 0; end < value.length; end++) expect(decodeConsent(value.slice(0, end))).toBeNull();
    const body = value.slice(0, value.lastIndexOf("."));
    expect(decodeConsent(body + ".0")).toBeNull();
    expect(decodeConsent(value.toUpperCase())).toBeNull();
  });

  it("rejects a hand-edited grant even when the rest is well formed", () => {
    const value = encodeConsent({ ...realistic, categories: ["necessary"] });
    const edited = value.replace(".necessary.", ".necessary~marketing.");
    expect(edited).not.toBe(value);
    expect(decodeConsent(edited)).toBeNull();
  });

  it("rejects a future format version", () => {
    const value = encodeConsent(realistic);
    expect(decodeConsent("2" + value.slice(1))).toBeNull();
  });

  it("returns null, never throws, for other tools' cookies and garbage", () => {
    const foreign = [
      "isGpcEnabled=0&datestamp=Mon+Mar+03+2025+10%3A00%3A00+GMT%2B0100&version=202401.1.0&groups=C0001%3A1%2CC0002%3A0",
      '{"categories":["necessary","analytics"],"revision":0,"data":null}',
      "{stamp:%27abc%27%2Cnecessary:true%2Cpreferences:false}",
      "%E0%A4%A",
      "%",
      "",
      ".",
      "1.",
      "1.......",
      "1.a.1.1.1...",
      "GA1.2.123456789.1700000000",
      "1.a.1.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.0...x",
      "x".repeat(10_000),
      "1." + "a.".repeat(5_000),
      "\u0000\uffff\ud800",
    ];
    for (const value of foreign) expect(decodeConsent(value)).toBeNull();
    expect(decodeConsent(null)).toBeNull();
    expect(decodeConsent(undefined)).toBeNull();
    expect(decodeConsent(42 as unknown as string)).toBeNull();
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (value) => {
        expect(decodeConsent(value)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom("1", ".", "~", "a", "-", "0", "z", "%", "Z"), { maxLength: 80 }), (chars) => {
        const value = chars.join("");
        const consent = decodeConsent(value);
        if (consent) expect(encodeConsent(consent)).toBe(value);
      }),
    );
  });

  it("leaves out ids it could not read back instead of writing a broken value", () => {
    const consent = { ...realistic, categories: ["necessary", "bad id", "a.b", "analytics"], services: ["x~y"] };
    expect(decodeConsent(encodeConsent(consent))).toEqual({ ...consent, categories: ["necessary", "analytics"], services: [] });
  });
});
