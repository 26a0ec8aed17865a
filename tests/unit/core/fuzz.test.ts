import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../../../src/core/config-defaults";
import { decodeConsent, encodeConsent, maxEncodedLength } from "../../../src/core/consent-codec";
import { chooseAll, chooseNone, grantFrame, isGranted, presetChoice, serviceIds } from "../../../src/core/consent-rules";
import { pickLanguage } from "../../../src/core/language";
import { consentFromCookies } from "../../../src/core/read-choice";
import { parseLinks } from "../../../src/core/text-links";
import { validateConfig } from "../../../src/core/validate-config";
import type { AssentConfig, Consent } from "../../../src/types";
import { configsArb as generatedConfigs } from "../../fuzz/config-arbitraries.mjs";

// Property-based tests (the generators are in tests/fuzz/config-arbitraries.mjs, shared with the browser fuzz in
// tests/e2e/fuzz.test.mjs): generated configs and mutated cookie values through the validator, the
// codec, the consent rules, the language pick and the text-link parser. Each case is timed; the slowest must stay
// under 100 ms, a hang shows up as a failure instead of a stuck suite.

const RUNS = 10_000;
// An hour after the generated choices (below): every valid expiresDays (1 day or more) keeps them.
const NOW = new Date("2026-05-02T01:00:00Z");

const MAX_CASE_MS = 100;
// 10,000 cases take a few seconds alone but several times that on a loaded 2-core machine (vitest's 5 s default).
const FUZZ_TIMEOUT_MS = 120_000;

/**
 * Runs `body` and returns how long it took, in ms. A case over MAX_CASE_MS is run twice more and its fastest run
 * counts: a case that really hangs is slow every time, a garbage-collection pause or a busy CPU is not.
 */
const timed = (body: () => void) => {
  let fastest = Infinity;
  for (let run = 0; run < 3 && fastest >= MAX_CASE_MS; run++) {
    const start = performance.now();
    body();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
};

// The generators are shared with the browser half of the fuzzing (tests/e2e/fuzz.test.mjs).
const configsArb: fc.Arbitrary<AssentConfig> = generatedConfigs;

const consentOf = (config: AssentConfig, revision: number): Consent => ({
  id: "AAAAAAAAAAAAAAAAAAAAAA",
  revision,
  categories: config.categories.map((c) => c.id),
  services: config.categories.flatMap((c) => (c.services || []).map((s) => s.id)),
  createdAt: "2026-05-01T00:00:00.000Z",
  updatedAt: "2026-05-02T00:00:00.000Z",
});

describe("fuzz: generated configs", () => {
  it(
    `never throw, never hang, and a config the validator rejects never yields a choice (${RUNS} configs)`,
    () => {
      let slowest = 0;
      let valid = 0;
      fc.assert(
        fc.property(configsArb, (config) => {
          slowest = Math.max(
            slowest,
            timed(() => {
              const problems = validateConfig(config);
              const normalized = normalizeConfig(config);
              const consent = consentOf(config, typeof config.revision == "number" ? config.revision : 1);
              const cookie = "assent=" + encodeConsent(consent, normalized);
              if (problems.length) {
                // The core's equivalent of "no session": a server (and the page) sees no choice at all.
                expect(consentFromCookies(cookie, config, NOW)).toBeNull();
                return;
              }
              valid++;
              // What the validator lets through works at run time: the language Intl takes, a cookie that fits and
              // reads back, the rules answer.
              const language = pickLanguage(normalized.language, normalized.languages, "sv-SE", ["de", "en-US"]);
              expect(normalized.languages).toContain(language);
              expect(() => "A".toLocaleLowerCase(language)).not.toThrow();
              expect(maxEncodedLength(normalized)).toBeLessThanOrEqual(400);
              expect(cookie.length - "assent=".length).toBeLessThanOrEqual(maxEncodedLength(normalized));
              expect(consentFromCookies(cookie, config, NOW)).toEqual(decodeConsent(cookie.slice(7), normalized));
              expect(decodeConsent(cookie.slice(7), normalized)).toEqual({ ...consent, revision: normalized.revision });
              chooseAll(normalized, []);
              chooseNone(normalized);
              presetChoice(normalized, consent, []);
              for (const category of normalized.categories) isGranted(normalized, consent, category.id);
              // A placeholder's button keeps everything granted and adds its frame's service alone (here under a
              // choice that grants some categories and some services).
              const some = {
                ...consent,
                categories: consent.categories.filter((_, i) => i % 2),
                services: consent.services.filter((_, i) => i % 3 == 0),
              };
              const owner = normalized.categories.find((category) => serviceIds(category).length);
              if (owner) {
                const frame = serviceIds(owner).slice(-1)[0];
                const after = { ...some, ...grantFrame(normalized, some, owner.id, frame) };
                for (const category of normalized.categories)
                  for (const service of [undefined, ...serviceIds(category)])
                    expect(isGranted(normalized, after, category.id, service)).toBe(
                      isGranted(normalized, some, category.id, service) || service == frame,
                    );
              }
              for (const category of normalized.categories) parseLinks(String(category.title));
            }),
          );
        }),
        { numRuns: RUNS },
      );
      expect(slowest).toBeLessThan(MAX_CASE_MS);
      // The generator must reach valid configs too, or the second half above proves nothing.
      expect(valid).toBeGreaterThan(RUNS / 50);
    },
    FUZZ_TIMEOUT_MS,
  );
});

const BASE: AssentConfig = {
  categories: [
    { id: "necessary", required: true, title: "Necessary" },
    { id: "analytics", title: "Analytics", services: [{ id: "ga", title: "GA" }] },
    {
      id: "marketing",
      title: "Marketing",
      services: [
        { id: "ads", title: "Ads" },
        { id: "yt", title: "YouTube" },
      ],
    },
  ],
};
const CONFIG = normalizeConfig(BASE);
const ORIGINAL: Consent = {
  id: "Xq3kP9_aZ-0123456789ab",
  revision: 1,
  categories: ["necessary", "analytics"],
  services: ["ga", "yt"],
  createdAt: "2026-05-01T00:00:00.000Z",
  updatedAt: "2026-05-02T03:04:05.000Z",
};
const VALUE = encodeConsent(ORIGINAL, CONFIG);

/** A cookie value changed in one of the ways tampering, truncation or another tool's cookie would change it. */
const mutatedArb = fc.oneof(
  fc.tuple(fc.nat(VALUE.length - 1), fc.char()).map(([i, c]) => VALUE.slice(0, i) + c + VALUE.slice(i + 1)),
  fc.tuple(fc.nat(VALUE.length), fc.string({ maxLength: 4 })).map(([i, s]) => VALUE.slice(0, i) + s + VALUE.slice(i)),
  fc.tuple(fc.nat(VALUE.length), fc.nat(8)).map(([i, n]) => VALUE.slice(0, i) + VALUE.slice(i + n)),
  fc
    .array(fc.oneof(fc.string({ maxLength: 24 }), fc.constantFrom("2", "1", "zz", "")), { maxLength: 9 })
    .map((parts) => parts.join(".")),
  fc.string({ maxLength: 120 }),
);

describe("fuzz: mutated cookie values", () => {
  it(
    `never throw, never hang, and are never a choice unless they decode to the same one (${RUNS} values)`,
    () => {
      let slowest = 0;
      fc.assert(
        fc.property(mutatedArb, (value) => {
          slowest = Math.max(
            slowest,
            timed(() => {
              const decoded = decodeConsent(value, CONFIG);
              if (decoded) {
                // Only the exact value written for this choice reads back; anything else is no choice at all.
                expect(value).toBe(VALUE);
                expect(decoded).toEqual(ORIGINAL);
              }
              const server = consentFromCookies("assent=" + value, BASE, NOW);
              // The Cookie header's own parsing may trim the value (" 2.…"): then it is the same choice, else none.
              if (server) expect(server).toEqual(ORIGINAL);
            }),
          );
        }),
        { numRuns: RUNS },
      );
      expect(slowest).toBeLessThan(MAX_CASE_MS);
    },
    FUZZ_TIMEOUT_MS,
  );
});
