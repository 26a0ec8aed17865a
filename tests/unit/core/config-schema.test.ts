import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import fc from "fast-check";
import { CONFIG_SCHEMA } from "../../../src/config/json-schema";
import { validateConfig, UI_TEXT_KEYS } from "../../../src/core/validate-config";
import { BUILT_IN_LANGUAGES } from "../../../src/core/language";
import fullConfig from "../../fixtures/full-config.json";

// The schema the build writes to dist/config.schema.json, made from src/config/spec.ts.
const schema: any = CONFIG_SCHEMA;
const ajv = new Ajv({ strict: true, allErrors: true });
const schemaAccepts = ajv.compile(schema);

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
const exampleConfigs = existsSync(EXAMPLES)
  ? readdirSync(EXAMPLES)
      .filter((name) => name.endsWith(".json"))
      .map((name): [string, unknown] => [`examples/${name}`, JSON.parse(readFileSync(EXAMPLES + name, "utf8"))])
  : [];

const small = () => ({ categories: [{ id: "necessary", required: true, title: "Necessary" }] });

/** Problems the schema can't express: they need the whole config (ids across lists). */
const isCrossReference = (message: string) => /^(duplicate id|unknown category)/.test(message);

describe("the config's JSON Schema", () => {
  it("is a draft-07 schema with the published $id", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toBe("https://unpkg.com/assent/dist/config.schema.json");
  });

  it("names the built-in languages, for an editor to offer, and still takes any language tag", () => {
    const { language, languages, text } = schema.properties;
    expect(language.examples).toEqual(["auto", ...BUILT_IN_LANGUAGES]);
    expect(languages.items.examples).toEqual(BUILT_IN_LANGUAGES);
    expect(BUILT_IN_LANGUAGES).toHaveLength(30);
    for (const description of [languages.description, text.description])
      expect(description).toContain(`Built-in UI strings: ${BUILT_IN_LANGUAGES.join(" ")}`);
    // Offered, not required: a site may speak a language Assent has no strings for, given its own `text`.
    expect(schemaAccepts({ ...small(), language: "he", languages: ["he", "en"], text: { he: { acceptAll: "אישור" } } })).toBe(
      true,
    );
  });

  const goodConfigs: Array<[string, unknown]> = [
    ["the full fixture", fullConfig],
    ["a minimal config", small()],
    ...exampleConfigs,
  ];
  it.each(goodConfigs)("accepts %s, as validateConfig does", (_name, config) => {
    expect(validateConfig(config)).toEqual([]);
    expect(schemaAccepts(config), ajv.errorsText(schemaAccepts.errors)).toBe(true);
  });

  const broken: Array<[string, (config: any) => void]> = [
    ["no categories", (c) => delete c.categories],
    ["empty categories", (c) => (c.categories = [])],
    ["a category without title", (c) => delete c.categories[0].title],
    ["a category id with !", (c) => (c.categories[0].id = "!necessary")],
    ["an unknown root key", (c) => (c.colour = "red")],
    ["an unknown category key", (c) => (c.categories[0].colour = "red")],
    ["an unknown UI string", (c) => (c.text = { en: { acceptEverything: "OK" } })],
    ["a bad layout", (c) => (c.layout = "top")],
    ["a bad Consent Mode type", (c) => (c.categories[0].googleConsent = ["analytics"])],
    ["a zero revision", (c) => (c.revision = 0)],
    ["a fractional revision", (c) => (c.revision = 1.5)],
    ["an empty text map", (c) => (c.categories[0].title = {})],
    ["a number in a text map", (c) => (c.categories[0].title = { en: 1 })],
    ["a negative expiresDays", (c) => (c.cookie = { expiresDays: -1 })],
    ["an unknown expiresDays key", (c) => (c.cookie = { expiresDays: { keep: 1 } })],
    ["a cookie name with a space", (c) => (c.cookie = { name: "my cookie" })],
    ["a relative cookie path", (c) => (c.cookie = { path: "app" })],
    ["a lower-case sameSite", (c) => (c.cookie = { sameSite: "lax" })],
    ["a declared cookie without name", (c) => (c.categories[0].services = [{ id: "s", title: "S", cookies: [{ host: "x" }] }])],
    ["a bad party", (c) => (c.categories[0].services = [{ id: "s", title: "S", cookies: [{ name: "x", party: "second" }] }])],
    ["GPC without deny", (c) => (c.globalPrivacyControl = {})],
    ["a negative waitForUpdate", (c) => (c.googleConsentMode = { waitForUpdate: -1 })],
    ["a consent log without endpoint", (c) => (c.consentLog = {})],
    ["an empty languages list", (c) => (c.languages = [])],
  ];

  it.each(broken)("refuses %s, as validateConfig does", (_name, edit) => {
    const config: any = JSON.parse(JSON.stringify(fullConfig));
    edit(config);
    expect(validateConfig(config)).not.toEqual([]);
    expect(schemaAccepts(config)).toBe(false);
  });

  describe("names exactly the keys the validator accepts, at every level", () => {
    /**
     * A stand-in object that records which keys the validator looks up: it
     * reads each key of its table (and no other), so what it reads is what it
     * accepts. `missing` problems tell which of them are required.
     */
    const probe = (place: (stub: object) => unknown, path: string) => {
      const read = new Set<string>();
      const stub = new Proxy({}, { get: (_target, key) => (typeof key == "string" && read.add(key), undefined) });
      const problems = validateConfig(place(stub));
      const prefix = path ? path + "." : "";
      const required = problems
        .filter((p) => p.message == "missing" && p.path.startsWith(prefix) && !p.path.slice(prefix.length).includes("."))
        .map((p) => p.path.slice(prefix.length));
      return { keys: [...read].sort(), required: required.sort() };
    };

    const definitions = schema.definitions as Record<string, any>;
    const resolve = (node: any): any => (node.$ref ? definitions[node.$ref.split("/").pop()] : node);
    /** The object form of a schema node (the branch of an anyOf that has properties). */
    const objectForm = (node: any): any => {
      const resolved = resolve(node);
      return resolved.anyOf ? resolved.anyOf.find((branch: any) => branch.properties) : resolved;
    };
    const schemaLevel = (node: any) => ({
      keys: Object.keys(objectForm(node).properties).sort(),
      required: [...(objectForm(node).required || [])].sort(),
    });
    const props = schema.properties as Record<string, any>;
    const category = definitions.category.properties;
    const service = definitions.service.properties;

    const category0 = (stub: object) => ({ id: "c", title: "C", ...stub });
    const levels: Array<[string, any, (stub: object) => unknown, string]> = [
      ["the root", schema, (stub) => stub, ""],
      ["a category", definitions.category, (stub) => ({ categories: [stub] }), "categories[0]"],
      [
        "a service",
        category.services.items,
        (stub) => ({ categories: [category0({ services: [stub] })] }),
        "categories[0].services[0]",
      ],
      [
        "a declared cookie",
        service.cookies.items,
        (stub) => ({ categories: [category0({ services: [{ id: "s", title: "S", cookies: [stub] }] })] }),
        "categories[0].services[0].cookies[0]",
      ],
      ["cookie", props.cookie, (stub) => ({ ...small(), cookie: stub }), "cookie"],
      [
        "cookie.expiresDays",
        props.cookie.properties.expiresDays,
        (stub) => ({ ...small(), cookie: { expiresDays: stub } }),
        "cookie.expiresDays",
      ],
      ["a language of text", props.text.additionalProperties, (stub) => ({ ...small(), text: { en: stub } }), "text.en"],
      [
        "globalPrivacyControl",
        props.globalPrivacyControl,
        (stub) => ({ ...small(), globalPrivacyControl: stub }),
        "globalPrivacyControl",
      ],
      ["googleConsentMode", props.googleConsentMode, (stub) => ({ ...small(), googleConsentMode: stub }), "googleConsentMode"],
      ["consentLog", props.consentLog, (stub) => ({ ...small(), consentLog: stub }), "consentLog"],
    ];

    it.each(levels)("%s", (_name, node, place, path) => {
      const accepted = probe(place, path);
      expect(accepted.keys.length).toBeGreaterThan(0);
      expect(schemaLevel(node)).toEqual(accepted);
    });

    it("lists every UI string of src/types.ts", () => {
      expect(Object.keys(props.text.additionalProperties.properties).sort()).toEqual([...UI_TEXT_KEYS].sort());
    });

    it("describes every property for editors", () => {
      const undocumented: string[] = [];
      const visit = (node: any, path: string) => {
        for (const [key, value] of Object.entries<any>(node.properties || {})) {
          if (!value.description) undocumented.push(path + key);
          visit(value, `${path}${key}.`);
          if (value.additionalProperties?.properties) visit(value.additionalProperties, `${path}${key}.*.`);
        }
      };
      visit(schema, "");
      for (const [name, definition] of Object.entries(definitions)) visit(definition, `#${name}.`);
      expect(undocumented).toEqual([]);
    });
  });

  it("agrees with validateConfig on generated configs, apart from id cross-references", () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    /** Mostly one of the good values, now and then a bad one or any JSON at all. */
    const mostly = <T>(good: fc.Arbitrary<T> | T[], bad: unknown[] = []) =>
      fc.oneof(
        { weight: 40, arbitrary: Array.isArray(good) ? fc.constantFrom(...good) : good },
        { weight: 1, arbitrary: bad.length ? fc.oneof(fc.constantFrom(...bad), json) : json },
      );
    /** Optional keys: absent at random (JSON drops undefined), now and then a key no one knows. */
    const object = (fields: Record<string, fc.Arbitrary<unknown>>, required: string[] = []) =>
      fc.record({
        ...Object.fromEntries(
          Object.entries(fields).map(([key, value]) => [
            key,
            required.includes(key) ? value : fc.option(value, { nil: undefined }),
          ]),
        ),
        colour: fc.oneof({ weight: 200, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: json }),
      });
    const text = mostly(fc.constantFrom("Text", { en: "A", sv: "B" }, { en: "" }), ["", {}, { en: 1 }, []]);
    const bool = mostly(fc.boolean(), ["true", 0]);
    const cookie = object(
      {
        name: mostly(["_ga", "_gat_*"], [""]),
        host: mostly(["x.com"]),
        party: mostly(["first", "third"], ["none"]),
        duration: text,
        description: text,
      },
      ["name"],
    );
    const service = object(
      {
        id: mostly(["ga", "yt", "hotjar"], ["a b", ""]),
        title: text,
        description: text,
        policyUrl: text,
        cookies: mostly(fc.array(cookie, { maxLength: 2 })),
        storage: mostly(fc.array(fc.string(), { maxLength: 2 }), [[1]]),
      },
      ["id", "title"],
    );
    const category = object(
      {
        id: mostly(["necessary", "analytics", "marketing"], ["!ads", "a.b"]),
        required: bool,
        default: bool,
        toggleServices: bool,
        title: text,
        description: text,
        googleConsent: mostly(fc.array(fc.constantFrom("ad_storage", "security_storage"), { maxLength: 2 }), [["analytics"]]),
        services: mostly(fc.array(service, { maxLength: 2 })),
      },
      ["id", "title"],
    );
    const config = object(
      {
        $schema: mostly(["https://unpkg.com/assent/dist/config.schema.json"]),
        revision: mostly([1, 2, 10], [0, 1.5, -3, "1"]),
        language: mostly(["auto", "sv"], [""]),
        languages: mostly([["en"], ["en", "sv"]], [[], ["en", ""]]),
        policyUrl: text,
        cookie: mostly(
          object({
            name: mostly(["assent", "__Host-x"], ["a b", "a;b", ""]),
            expiresDays: mostly(
              fc.oneof(fc.constantFrom(365, 0.5), object({ accept: mostly([30], [0]), reject: mostly([30], [-1]) })),
              [0, -1],
            ),
            domain: mostly(["", ".example.com"]),
            path: mostly(["/", "/app"], ["app", ""]),
            sameSite: mostly(["Lax", "Strict", "None"], ["lax"]),
          }),
        ),
        layout: mostly(["bar", "box"], ["top"]),
        theme: mostly(["light", "dark", "auto"], ["blue"]),
        blocking: bool,
        reopenButton: bool,
        categories: mostly(fc.array(category, { minLength: 1, maxLength: 3 }), [[]]),
        text: mostly(
          fc.dictionary(
            fc.constantFrom("en", "sv"),
            mostly(
              fc.dictionary(mostly(["acceptAll", "save"], ["nope"]) as fc.Arbitrary<string>, mostly(fc.string()), { maxKeys: 2 }),
            ),
            { maxKeys: 2 },
          ),
        ),
        globalPrivacyControl: mostly(
          object({ deny: mostly(fc.array(fc.constantFrom("analytics", "x"), { maxLength: 2 }), [[3]]) }, ["deny"]),
        ),
        googleConsentMode: mostly(
          object({
            waitForUpdate: mostly([0, 500], [-1]),
            adsDataRedaction: bool,
            urlPassthrough: bool,
            region: mostly([["SE"], []], [[""]]),
          }),
        ),
        reloadOnWithdraw: bool,
        consentLog: mostly(object({ endpoint: mostly(["/log"], [""]) }, ["endpoint"])),
      },
      ["categories"],
    );
    let valid = 0;
    fc.assert(
      fc.property(config, (generated) => {
        const value = JSON.parse(JSON.stringify(generated));
        const problems = validateConfig(value);
        const acceptable = problems.every((problem) => isCrossReference(problem.message));
        if (acceptable) valid++;
        expect(schemaAccepts(value), JSON.stringify(problems) + " / " + ajv.errorsText(schemaAccepts.errors)).toBe(acceptable);
      }),
      { numRuns: 1000 },
    );
    // Both verdicts must occur often, or the agreement proves little.
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(900);
  });
});
