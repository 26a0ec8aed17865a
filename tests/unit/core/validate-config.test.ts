import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { validateConfig, type ConfigProblem } from "../../../src/core/validate-config";
import { UI_TEXT_KEYS } from "../../../src/core/ui-text-keys";
import { en } from "../../../src/locales/en";
import fullConfig from "../../fixtures/full-config.json";

/** A small valid config to break one key at a time. */
const base = () => ({
  categories: [
    { id: "necessary", required: true, title: "Necessary" },
    {
      id: "analytics",
      title: { en: "Analytics" },
      services: [{ id: "ga", title: "Google Analytics", cookies: [{ name: "_ga" }] }],
    },
  ],
});

/** The problems of `base()` changed by `edit`. */
const problemsOf = (edit: (config: any) => void): ConfigProblem[] => {
  const config: any = base();
  edit(config);
  return validateConfig(config);
};

const pathsOf = (problems: ConfigProblem[]) => problems.map((problem) => problem.path);

describe("validateConfig", () => {
  it("knows exactly the UI strings there are: the keys of the built-in English text", () => {
    expect([...UI_TEXT_KEYS].sort()).toEqual(Object.keys(en.text).sort());
  });

  it("accepts a small config and the full fixture that uses every key", () => {
    expect(validateConfig(base())).toEqual([]);
    expect(validateConfig(fullConfig)).toEqual([]);
  });

  it.each([null, undefined, 42, "config", true, [], [{ categories: [] }]])(
    "reports a root that is not an object (%j)",
    (value) => {
      expect(validateConfig(value)).toEqual([{ path: "", message: "expected an object" }]);
    },
  );

  it("requires a non-empty list of categories", () => {
    expect(validateConfig({})).toEqual([{ path: "categories", message: "missing" }]);
    expect(validateConfig({ categories: [] })).toEqual([{ path: "categories", message: "expected a non-empty list" }]);
    expect(validateConfig({ categories: {} })).toEqual([{ path: "categories", message: "expected a non-empty list" }]);
  });

  it.each([
    ["revision", 0, "expected a whole number from 1 to 9007199254740991"],
    ["revision", 1.5, "expected a whole number from 1 to 9007199254740991"],
    ["revision", "2", "expected a whole number from 1 to 9007199254740991"],
    ["language", 7, 'expected a language tag such as "en" or "sv-SE"'],
    ["languages", [], "expected a non-empty list"],
    ["languages", "en", "expected a non-empty list"],
    ["policyUrl", 5, "expected a string or { language: string }"],
    ["policyUrl", "", "expected a string or { language: string }"],
    ["policyUrl", {}, "expected a string or { language: string }"],
    ["layout", "top", 'expected "bar" or "box"'],
    ["theme", "blue", 'expected "light" or "dark" or "auto"'],
    ["blocking", "yes", "expected true or false"],
    ["reopenButton", 1, "expected true or false"],
    ["reloadOnWithdraw", null, "expected true or false"],
    ["cookie", "assent", "expected an object"],
    ["text", [], "expected an object"],
    ["globalPrivacyControl", true, "expected an object"],
    ["googleConsentMode", [], "expected an object"],
    ["consentLog", "/log", "expected an object"],
    ["$schema", 1, "expected a string"],
    ["colour", "red", "unknown key"],
  ])("reports root key %s = %j: %s", (key, value, message) => {
    expect(problemsOf((config) => (config[key] = value))).toEqual([{ path: key, message }]);
  });

  it("reports each bad item of a list at its index", () => {
    expect(problemsOf((config) => (config.languages = ["en", 3, ""]))).toEqual([
      { path: "languages[1]", message: 'expected a language tag such as "en" or "sv-SE"' },
      { path: "languages[2]", message: 'expected a language tag such as "en" or "sv-SE"' },
    ]);
  });

  it("checks category ids: shape, uniqueness and the ! prefix", () => {
    const problems = problemsOf((config) => {
      config.categories.push(
        { id: "analytics", title: "Again" },
        { id: "!ads", title: "Ads" },
        { id: "a b", title: "B" },
        { id: 4, title: "C" },
      );
    });
    expect(problems).toEqual([
      { path: "categories[2].id", message: 'duplicate id "analytics" (also categories[1])' },
      { path: "categories[3].id", message: "expected letters, digits, _ or - (at most 64 characters)" },
      { path: "categories[4].id", message: "expected letters, digits, _ or - (at most 64 characters)" },
      { path: "categories[5].id", message: "expected letters, digits, _ or - (at most 64 characters)" },
    ]);
  });

  it("checks that service ids are unique across the whole config", () => {
    const problems = problemsOf((config) => {
      config.categories[0].services = [{ id: "ga", title: "Shadow" }];
    });
    // The first category is read first, so its service is the original.
    expect(problems).toEqual([
      { path: "categories[1].services[0].id", message: 'duplicate id "ga" (also categories[0].services[0])' },
    ]);
  });

  it("lets a service share an id with a category", () => {
    expect(problemsOf((config) => (config.categories[1].services[0].id = "analytics"))).toEqual([]);
  });

  it("reports missing required keys at their own path", () => {
    const problems = problemsOf((config) => {
      config.categories[0] = {};
      config.categories[1].services[0] = { cookies: [{}] };
    });
    expect(problems).toEqual([
      { path: "categories[0].id", message: "missing" },
      { path: "categories[0].title", message: "missing" },
      { path: "categories[1].services[0].id", message: "missing" },
      { path: "categories[1].services[0].title", message: "missing" },
      { path: "categories[1].services[0].cookies[0].name", message: "missing" },
    ]);
  });

  it("checks every key of a category", () => {
    const problems = problemsOf((config) => {
      Object.assign(config.categories[1], {
        required: "no",
        default: 1,
        toggleServices: "true",
        title: { en: 5 },
        description: ["x"],
        googleConsent: ["analytics_storage", "analytics"],
        services: {},
        colour: "red",
      });
    });
    expect(problems).toEqual([
      { path: "categories[1].required", message: "expected true or false" },
      { path: "categories[1].default", message: "expected true or false" },
      { path: "categories[1].toggleServices", message: "expected true or false" },
      { path: "categories[1].title.en", message: "expected a string" },
      { path: "categories[1].description", message: "expected a string or { language: string }" },
      {
        path: "categories[1].googleConsent[1]",
        message:
          'expected "ad_storage" or "ad_user_data" or "ad_personalization" or "analytics_storage" or "functionality_storage" or "personalization_storage" or "security_storage"',
      },
      { path: "categories[1].services", message: "expected a list" },
      { path: "categories[1].colour", message: "unknown key" },
    ]);
  });

  it("checks every key of a service and of its cookies", () => {
    const problems = problemsOf((config) => {
      const service = config.categories[1].services[0];
      Object.assign(service, { description: 3, policyUrl: { en: null }, storage: ["ok", 5], extra: 1 });
      service.cookies = [
        { name: "" },
        { name: "_gat_*", host: 1, party: "second", duration: {}, description: false, expires: "1y" },
        "_ga",
      ];
    });
    const service = "categories[1].services[0]";
    expect(problems).toEqual([
      { path: `${service}.description`, message: "expected a string or { language: string }" },
      { path: `${service}.policyUrl.en`, message: "expected a string" },
      { path: `${service}.cookies[0].name`, message: "expected a non-empty string" },
      { path: `${service}.cookies[1].host`, message: "expected a string" },
      { path: `${service}.cookies[1].party`, message: 'expected "first" or "third"' },
      { path: `${service}.cookies[1].duration`, message: "expected a string or { language: string }" },
      { path: `${service}.cookies[1].description`, message: "expected a string or { language: string }" },
      { path: `${service}.cookies[1].expires`, message: "unknown key" },
      { path: `${service}.cookies[2]`, message: "expected an object" },
      { path: `${service}.storage[1]`, message: "expected a string" },
      { path: `${service}.extra`, message: "unknown key" },
    ]);
  });

  it("checks the choice cookie's options", () => {
    const problems = problemsOf((config) => {
      config.cookie = {
        name: "my cookie",
        expiresDays: { accept: 0, reject: "180", keep: 1 },
        domain: 5,
        path: "app",
        sameSite: "lax",
        secure: true,
      };
    });
    expect(problems).toEqual([
      { path: "cookie.name", message: "expected a cookie name without spaces or ;,=" },
      { path: "cookie.expiresDays.accept", message: "expected a number of days from 1 to 3650" },
      { path: "cookie.expiresDays.reject", message: "expected a number of days from 1 to 3650" },
      { path: "cookie.expiresDays.keep", message: "unknown key" },
      { path: "cookie.domain", message: 'expected a domain without ";", "," or spaces' },
      { path: "cookie.path", message: 'expected a path starting with "/", without ";", "," or spaces' },
      { path: "cookie.sameSite", message: 'expected "Lax" or "Strict" or "None"' },
      { path: "cookie.secure", message: "unknown key" },
    ]);
  });

  it.each(["a;b", "a=b", "a,b", "", "ä", 7])("refuses the cookie name %j", (name) => {
    expect(pathsOf(problemsOf((config) => (config.cookie = { name })))).toEqual(["cookie.name"]);
  });

  it.each([1, 365, 3650, { accept: 30 }, { reject: 30 }, {}])("accepts expiresDays %j", (expiresDays) => {
    expect(problemsOf((config) => (config.cookie = { expiresDays }))).toEqual([]);
  });

  it.each([0, 0.5, -1, "365", null, [], Number.POSITIVE_INFINITY, Number.NaN])("refuses expiresDays %j", (expiresDays) => {
    expect(problemsOf((config) => (config.cookie = { expiresDays }))).toEqual([
      { path: "cookie.expiresDays", message: "expected a number of days from 1 to 3650 or { accept, reject }" },
    ]);
  });

  it("checks UI text overrides key by key", () => {
    const problems = problemsOf((config) => {
      config.text = { en: { acceptAll: "OK", rejectAll: 3, acceptEverything: "x" }, sv: "Godkänn", de: {} };
    });
    expect(problems).toEqual([
      { path: "text.en.rejectAll", message: "expected a string" },
      { path: "text.en.acceptEverything", message: "unknown key" },
      { path: "text.sv", message: "expected an object" },
    ]);
  });

  it("checks that the Global Privacy Control list names existing categories", () => {
    expect(problemsOf((config) => (config.globalPrivacyControl = { deny: ["analytics", "marketing", 3] }))).toEqual([
      { path: "globalPrivacyControl.deny[1]", message: 'unknown category "marketing"' },
      { path: "globalPrivacyControl.deny[2]", message: "expected a string" },
    ]);
    expect(problemsOf((config) => (config.globalPrivacyControl = {}))).toEqual([
      { path: "globalPrivacyControl.deny", message: "missing" },
    ]);
  });

  it("finds the categories a GPC list names wherever the key stands in the file", () => {
    const config = { globalPrivacyControl: { deny: ["ads"] }, categories: [{ id: "ads", title: "Ads" }] };
    expect(validateConfig(config)).toEqual([]);
  });

  it("checks the Google Consent Mode options", () => {
    const problems = problemsOf((config) => {
      config.googleConsentMode = {
        waitForUpdate: -5,
        adsDataRedaction: "yes",
        urlPassthrough: 0,
        region: ["SE", ""],
        mode: "advanced",
      };
    });
    expect(problems).toEqual([
      { path: "googleConsentMode.waitForUpdate", message: "expected 0 or a positive number" },
      { path: "googleConsentMode.adsDataRedaction", message: "expected true or false" },
      { path: "googleConsentMode.urlPassthrough", message: "expected true or false" },
      { path: "googleConsentMode.region[1]", message: "expected a non-empty string" },
      { path: "googleConsentMode.mode", message: "unknown key" },
    ]);
    expect(problemsOf((config) => (config.googleConsentMode = { waitForUpdate: 0 }))).toEqual([]);
  });

  it("checks the consent log", () => {
    expect(problemsOf((config) => (config.consentLog = {}))).toEqual([{ path: "consentLog.endpoint", message: "missing" }]);
    expect(problemsOf((config) => (config.consentLog = { endpoint: 5, url: "/x" }))).toEqual([
      { path: "consentLog.endpoint", message: "expected a non-empty string" },
      { path: "consentLog.url", message: "unknown key" },
    ]);
  });

  it("collects every problem of a config that is wrong everywhere", () => {
    const problems = validateConfig({
      revision: -1,
      layout: "side",
      categories: [{ id: "a", title: "" }, { id: "a" }, "b"],
      text: { en: { nope: "x" } },
      extra: true,
    });
    expect(pathsOf(problems)).toEqual([
      "revision",
      "layout",
      "categories[0].title",
      "categories[1].id",
      "categories[1].title",
      "categories[2]",
      "text.en.nope",
      "extra",
    ]);
  });

  it("treats keys set to undefined (from JavaScript) as absent", () => {
    expect(problemsOf((config) => Object.assign(config, { layout: undefined, theme: undefined }))).toEqual([]);
  });

  it("is not fooled by keys named like Object.prototype members", () => {
    const config = JSON.parse(
      '{"categories":[{"id":"a","title":"A","__proto__":1,"constructor":2,"toString":3}],"hasOwnProperty":4}',
    );
    expect(validateConfig(config)).toEqual([
      { path: "categories[0].__proto__", message: "unknown key" },
      { path: "categories[0].constructor", message: "unknown key" },
      { path: "categories[0].toString", message: "unknown key" },
      { path: "hasOwnProperty", message: "unknown key" },
    ]);
  });

  it("never throws and always returns a list of {path, message}, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true }), (value) => {
        const problems = validateConfig(value);
        expect(Array.isArray(problems)).toBe(true);
        for (const problem of problems) {
          expect(typeof problem.path).toBe("string");
          expect(typeof problem.message).toBe("string");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on configs of the right shape with wrong leaves", () => {
    const leaf = fc.oneof(fc.anything(), fc.string(), fc.constantFrom("bar", "first", "analytics", "en", "/"));
    const cookie = fc.record({ name: leaf, host: leaf, party: leaf, duration: leaf }, { requiredKeys: [] });
    const service = fc.record(
      { id: leaf, title: leaf, cookies: fc.oneof(leaf, fc.array(cookie)), storage: leaf },
      { requiredKeys: [] },
    );
    const category = fc.record(
      {
        id: leaf,
        title: leaf,
        required: leaf,
        googleConsent: fc.oneof(leaf, fc.array(leaf)),
        services: fc.oneof(leaf, fc.array(service)),
      },
      { requiredKeys: [] },
    );
    const config = fc.record(
      {
        categories: fc.oneof(leaf, fc.array(category)),
        cookie: fc.oneof(
          leaf,
          fc.record({ name: leaf, expiresDays: fc.oneof(leaf, fc.record({ accept: leaf })) }, { requiredKeys: [] }),
        ),
        text: fc.oneof(leaf, fc.dictionary(fc.string(), fc.oneof(leaf, fc.dictionary(fc.string(), leaf)))),
        globalPrivacyControl: fc.oneof(leaf, fc.record({ deny: fc.oneof(leaf, fc.array(leaf)) })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(config, (value) => {
        for (const problem of validateConfig(value)) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
