/**
 * Generated Assent configs for the fuzz tests: near-valid configs, some wrong in the ways a probe or a careless
 * site owner tries (bad ids, language tags such as "sv_SE" or "constructor", cookie settings that lose the choice).
 * One source for both halves of the fuzzing: tests/unit/core/fuzz.test.ts runs 10,000 of them through the core in
 * Node, tests/e2e/fuzz.test.mjs loads a seeded sample in real pages with the drop-in.
 */
import fc from "fast-check";

const idArb = fc.oneof(
  { arbitrary: fc.constantFrom("a", "b", "c", "ga", "ads", "yt", "x-1", "y_2"), weight: 12 },
  fc.stringMatching(/^[\w-]{1,12}$/),
  fc.string({ maxLength: 70 }),
  fc.constant("a".repeat(65)),
);
const tagArb = fc.oneof(
  { arbitrary: fc.constantFrom("en", "sv", "de-AT", "pt-BR"), weight: 12 },
  fc.constantFrom(
    "en",
    "sv",
    "sv-SE",
    "sv_SE",
    "pt-BR",
    "constructor",
    "__proto__",
    "toString",
    "x",
    "en-",
    "zh-Hant-TW",
    "auto",
  ),
  fc.string({ maxLength: 12 }),
);
const textArb = fc.oneof(fc.string({ maxLength: 40 }), fc.dictionary(tagArb, fc.string({ maxLength: 20 }), { maxKeys: 3 }));
const serviceArb = fc.record({ id: idArb, title: textArb }, { requiredKeys: ["id", "title"] });
const categoryArb = fc.record(
  {
    id: idArb,
    title: textArb,
    required: fc.boolean(),
    default: fc.boolean(),
    services: fc.array(serviceArb, { maxLength: 4 }),
  },
  { requiredKeys: ["id", "title"] },
);
const numberArb = fc.oneof(
  { arbitrary: fc.constantFrom(1, 2, 30, 365), weight: 6 },
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e-6, 1e308, 5e17, 0, 1, 365, 3650, 3651),
);
/** Configs near valid ones: most keys right, some wrong. */
const configArb = fc.record(
  {
    revision: numberArb,
    language: tagArb,
    languages: fc.array(tagArb, { maxLength: 3 }),
    categories: fc.array(categoryArb, { minLength: 1, maxLength: 4 }),
    cookie: fc.record(
      {
        expiresDays: fc.oneof(numberArb, fc.record({ accept: numberArb, reject: numberArb }, { requiredKeys: [] })),
        domain: fc.oneof(fc.constantFrom("", ".site.test", "evil.example; Path=/x"), fc.string({ maxLength: 10 })),
        path: fc.oneof(fc.constantFrom("/", "/shop", "app", "/; Path=/x"), fc.string({ maxLength: 10 })),
      },
      { requiredKeys: [] },
    ),
    text: fc.dictionary(tagArb, fc.dictionary(fc.constantFrom("acceptAll", "bannerTitle", "nope"), fc.string()), { maxKeys: 2 }),
    globalPrivacyControl: fc.record({ deny: fc.array(idArb, { maxLength: 2 }) }),
  },
  { requiredKeys: ["categories"] },
);

/** Half the configs get unique ids and lose the cross-references, so valid configs are common too. */
const tidy = (config) => {
  let n = 0;
  for (const category of config.categories) {
    category.id = "c" + n++;
    for (const service of category.services || []) service.id = "s" + n++;
  }
  delete config.globalPrivacyControl;
  delete config.text;
  return config;
};

/** Generated configs, valid and invalid (as plain objects; the validator decides which is which). */
export const configsArb = fc.tuple(configArb, fc.boolean()).map(([config, tidied]) => (tidied ? tidy(config) : config));
