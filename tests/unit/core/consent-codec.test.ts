import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  createConsentId,
  decodeConsent,
  encodeConsent,
  maxEncodedLength,
  type CodecConfig,
} from "../../../src/core/consent-codec";
import type { Consent } from "../../../src/types";

const idChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-".split("");
const anyId = fc.stringOf(fc.constantFrom(...idChars), { minLength: 1, maxLength: 64 });
// Whole seconds between 1970 and 2100: the cookie keeps times to the second.
const anySeconds = fc.integer({ min: 0, max: 4102444800 });

/** A config's categories and services (ids unique, as the validator demands). */
const anyConfig: fc.Arbitrary<CodecConfig> = fc
  .uniqueArray(anyId, { minLength: 1, maxLength: 40 })
  .chain((ids) =>
    fc.nat(ids.length - 1).map((split) => ({ categoryIds: ids.slice(0, split + 1), serviceIds: ids.slice(split + 1) })),
  )
  .map(({ categoryIds, serviceIds }) => ({
    categories: categoryIds.map((id, i) => ({
      id,
      services: serviceIds.filter((_, j) => j % categoryIds.length == i).map((s) => ({ id: s, title: s })),
    })),
  }));

/** A config and a consent under it: a subset of its categories and services. */
const anyConsent: fc.Arbitrary<[CodecConfig, Consent]> = anyConfig.chain((config) => {
  const categoryIds = config.categories.map((c) => c.id);
  const serviceIds = config.categories.flatMap((c) => (c.services || []).map((s) => s.id));
  return fc
    .record({
      id: fc.stringOf(fc.constantFrom(...idChars), { minLength: 1, maxLength: 64 }),
      revision: fc.nat(1e6),
      categories: fc.subarray(categoryIds),
      services: fc.subarray(serviceIds),
      created: anySeconds,
      age: fc.nat(3e8),
    })
    .map(({ created, age, ...rest }): [CodecConfig, Consent] => [
      config,
      { ...rest, createdAt: new Date(created * 1000).toISOString(), updatedAt: new Date((created + age) * 1000).toISOString() },
    ]);
});

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

/** The realistic consent's config: its categories, with its services spread over them, plus a few not granted. */
const REALISTIC: CodecConfig = {
  categories: [...realistic.categories, "unused"].map((id, i) => ({
    id,
    services: [...realistic.services, "spare-1", "spare-2"].filter((_, j) => j % 11 == i).map((s) => ({ id: s, title: s })),
  })),
};
/** The services of REALISTIC in config order (the order decodeConsent gives them in). */
realistic.services = REALISTIC.categories
  .flatMap((c) => (c.services || []).map((s) => s.id))
  .filter((id) => !id.startsWith("spare"));

describe("createConsentId", () => {
  it("turns 22 random bytes into 22 base64url characters, each byte's six low bits one character", () => {
    const id = createConsentId((bytes) => bytes.set(Array.from({ length: 22 }, (_, i) => i * 17)));
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(createConsentId((bytes) => bytes.fill(0))).toBe("A".repeat(22));
    expect(createConsentId((bytes) => bytes.fill(0xff))).toBe("_".repeat(22));
    // 64 + 1 = 0b1000001: only its low six bits count ("B"); 62 is "-".
    expect(createConsentId((bytes) => bytes.set([65, 62]))).toBe("B-" + "A".repeat(20));
  });

  it("gives different ids for different random bytes", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 22; i++) ids.add(createConsentId((bytes) => (bytes[i] = 1)));
    expect(ids.size).toBe(22);
  });
});

describe("encodeConsent / decodeConsent", () => {
  it("reads back exactly the consent it wrote", () => {
    fc.assert(
      fc.property(anyConsent, ([config, consent]) => {
        expect(decodeConsent(encodeConsent(consent, config), config)).toEqual(consent);
      }),
    );
  });

  it("writes only URL-safe characters and starts with its format version", () => {
    fc.assert(
      fc.property(anyConsent, ([config, consent]) => {
        const value = encodeConsent(consent, config);
        expect(value).toMatch(/^2\.[A-Za-z0-9._~-]+$/);
        expect(encodeURIComponent(value)).toBe(value);
      }),
    );
  });

  it("stays under 400 bytes with 500 services of 64-character ids all granted, within maxEncodedLength", () => {
    const long = (prefix: string, i: number) => (prefix + i + "-").padEnd(64, "x");
    const config: CodecConfig = {
      categories: Array.from({ length: 20 }, (_, c) => ({
        id: long("category", c),
        services: Array.from({ length: 25 }, (_, s) => ({ id: long("service", c * 25 + s), title: "" })),
      })),
    };
    const all: Consent = {
      ...realistic,
      revision: Number.MAX_SAFE_INTEGER,
      categories: config.categories.map((c) => c.id),
      services: config.categories.flatMap((c) => c.services!.map((s) => s.id)),
    };
    const value = encodeConsent(all, config);
    expect(value.length).toBeLessThan(400);
    expect(value.length).toBeLessThanOrEqual(maxEncodedLength(config));
    expect(decodeConsent(value, config)).toEqual(all);
  });

  it("never writes more than maxEncodedLength", () => {
    fc.assert(
      fc.property(anyConsent, ([config, consent]) => {
        expect(encodeConsent(consent, config).length).toBeLessThanOrEqual(maxEncodedLength(config));
      }),
    );
  });

  it("keeps a refusal (no categories, no services) apart from anything else", () => {
    const refusal = { ...realistic, categories: [], services: [] };
    expect(decodeConsent(encodeConsent(refusal, REALISTIC), REALISTIC)).toEqual(refusal);
    expect(decodeConsent(encodeConsent(realistic, REALISTIC), REALISTIC)).toEqual(realistic);
  });

  it("does not read a value written for another list of categories and services", () => {
    const value = encodeConsent(realistic, REALISTIC);
    const added = { categories: [...REALISTIC.categories, { id: "new", services: [] }] };
    const reordered = { categories: [...REALISTIC.categories].reverse() };
    const moved = {
      categories: REALISTIC.categories.map((c, i) =>
        i == 0 ? { ...c, services: [] } : i == 1 ? { ...c, services: REALISTIC.categories[0].services } : c,
      ),
    };
    for (const other of [added, reordered, moved]) expect(decodeConsent(value, other)).toBeNull();
  });

  it("rejects every value with one character changed, deleted or added", () => {
    fc.assert(
      fc.property(
        anyConsent,
        fc.nat(),
        fc.constantFrom(...idChars, ".", "~", "!", "*", "%", " "),
        ([config, consent], at, char) => {
          const value = encodeConsent(consent, config);
          const i = at % value.length;
          const changed = value.slice(0, i) + char + value.slice(i + 1);
          if (changed !== value) expect(decodeConsent(changed, config)).toBeNull();
          expect(decodeConsent(value.slice(0, i) + value.slice(i + 1), config)).toBeNull();
          expect(decodeConsent(value.slice(0, i) + char + value.slice(i), config)).toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("rejects a value cut short, with its checksum edited, or with a future format version", () => {
    const value = encodeConsent(realistic, REALISTIC);
    for (let end = 0; end < value.length; end++) expect(decodeConsent(value.slice(0, end), REALISTIC)).toBeNull();
    const body = value.slice(0, value.lastIndexOf("."));
    expect(decodeConsent(body + ".0", REALISTIC)).toBeNull();
    expect(decodeConsent(value.toUpperCase(), REALISTIC)).toBeNull();
    expect(decodeConsent("3" + value.slice(1), REALISTIC)).toBeNull();
  });

  it("returns null, never throws, for other tools' cookies, the old format and garbage", () => {
    const foreign = [
      "isGpcEnabled=0&datestamp=Mon+Mar+03+2025+10%3A00%3A00+GMT%2B0100&version=202401.1.0&groups=C0001%3A1%2CC0002%3A0",
      '{"categories":["necessary","analytics"],"revision":0,"data":null}',
      "{stamp:%27abc%27%2Cnecessary:true%2Cpreferences:false}",
      "1.Xq3aaaaaaaaaaaaaaaaaaa.1.sm4k2f.0.necessary~analytics.session~google-analytics.1x9zq4d",
      "%E0%A4%A",
      "%",
      "",
      ".",
      "2.",
      "2.......",
      "GA1.2.123456789.1700000000",
      "x".repeat(10_000),
      "2." + "a.".repeat(5_000),
      "\u0000\uffff\ud800",
    ];
    for (const value of foreign) expect(decodeConsent(value, REALISTIC)).toBeNull();
    expect(decodeConsent(null, REALISTIC)).toBeNull();
    expect(decodeConsent(undefined, REALISTIC)).toBeNull();
    expect(decodeConsent(42 as unknown as string, REALISTIC)).toBeNull();
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (value) => {
        expect(decodeConsent(value, REALISTIC)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("2", ".", "~", "a", "-", "0", "z", "%", "Z", "A", "_"), { maxLength: 80 }),
        (chars) => {
          const value = chars.join("");
          const consent = decodeConsent(value, REALISTIC);
          if (consent) expect(encodeConsent(consent, REALISTIC)).toBe(value);
        },
      ),
    );
  });

  it("leaves out ids the config does not list", () => {
    const consent = { ...realistic, categories: ["necessary", "bad id", "elsewhere", "analytics"], services: ["x~y"] };
    expect(decodeConsent(encodeConsent(consent, REALISTIC), REALISTIC)).toEqual({
      ...consent,
      categories: ["necessary", "analytics"],
      services: [],
    });
  });
});
