import type { UiTextKey } from "../types";
import { GOOGLE_CONSENT_TYPES } from "./consent-mode";

/**
 * One thing wrong with a config: where it is, as a JSON path
 * (`categories[1].id`; "" for the config as a whole), and what is wrong.
 */
export interface ConfigProblem {
  path: string;
  message: string;
}

interface Context {
  problems: ConfigProblem[];
  /** Ids met so far ("c" + category id, "s" + service id) → where. */
  seen: Map<string, string>;
}

/** Checks one value and reports what is wrong with it; the config's table below is made of these. */
type Check = (value: any, path: string, ctx: Context) => void;

const fail = (ctx: Context, path: string, message: string) => {
  ctx.problems.push({ path, message });
};
const join = (path: string, key: string) => (path ? path + "." + key : key);

/** A plain object: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, any> =>
  !!value && typeof value == "object" && !Array.isArray(value);

const is =
  (test: (value: any) => boolean, expected: string): Check =>
  (value, path, ctx) =>
    test(value) || fail(ctx, path, "expected " + expected);

const oneOf = (values: readonly string[]) => is((value) => values.includes(value), `"${values.join('" or "')}"`);

const isString = (value: unknown): value is string => typeof value == "string";
const isName = (value: unknown) => isString(value) && value != "";
const isPositive = (value: unknown): value is number => typeof value == "number" && value > 0 && isFinite(value);

const STRING = is(isString, "a string");
const NAME = is(isName, "a non-empty string");
const BOOLEAN = is((value) => typeof value == "boolean", "true or false");
const POSITIVE = is(isPositive, "a positive number");
const NOT_AN_OBJECT = "expected an object";

/**
 * Objects: the fields are checked in the table's order (so categories are known
 * before anything refers to them), required ones must be there, any other key
 * is a problem. `other` checks a value that is not an object. Every field is
 * looked up, present or not: the schema test watches those look-ups to keep
 * config.schema.json naming the same keys.
 */
const shape =
  (fields: Record<string, Check>, required: string[] = [], other?: Check): Check =>
  (value, path, ctx) => {
    if (!isObject(value)) return other ? other(value, path, ctx) : fail(ctx, path, NOT_AN_OBJECT);
    for (const key in fields)
      // A key set to undefined (from JavaScript, never from JSON) counts as absent.
      value[key] === undefined
        ? required.includes(key) && fail(ctx, join(path, key), "missing")
        : fields[key](value[key], join(path, key), ctx);
    for (const key of Object.keys(value))
      Object.prototype.hasOwnProperty.call(fields, key) || fail(ctx, join(path, key), "unknown key");
  };

/** Maps of free keys (languages) to `item`. With `other`, a non-object or an empty map goes to `other`. */
const map =
  (item: Check, other?: Check): Check =>
  (value, path, ctx) => {
    if (!isObject(value) || (other && !Object.keys(value).length))
      return other ? other(value, path, ctx) : fail(ctx, path, NOT_AN_OBJECT);
    for (const key of Object.keys(value)) item(value[key], join(path, key), ctx);
  };

const list =
  (item: Check, nonEmpty?: boolean): Check =>
  (value, path, ctx) =>
    Array.isArray(value) && (!nonEmpty || value.length)
      ? value.forEach((entry, i) => item(entry, `${path}[${i}]`, ctx))
      : fail(ctx, path, nonEmpty ? "expected a non-empty list" : "expected a list");

/** Category and service ids: safe in `data-category` and in the consent cookie, unique per kind. */
const id =
  (kind: string): Check =>
  (value, path, ctx) => {
    if (!isString(value) || !/^[\w-]+$/.test(value)) return fail(ctx, path, "expected letters, digits, _ or -");
    const other = ctx.seen.get(kind + value);
    // The owner of "categories[0].id" is "categories[0]".
    other ? fail(ctx, path, `duplicate id "${value}" (also ${other})`) : ctx.seen.set(kind + value, path.slice(0, -3));
  };

const CATEGORY_REF: Check = (value, path, ctx) =>
  isString(value) ? ctx.seen.has("c" + value) || fail(ctx, path, `unknown category "${value}"`) : STRING(value, path, ctx);

/** A text shown to visitors: a string, or a map from language to string. */
const TEXT = map(STRING, is(isName, "a string or { language: string }"));

/** The keys of the built-in UI strings that `text` may override (the `UiTextKey` type, as a list). */
export const UI_TEXT_KEYS = (
  "bannerTitle bannerBody bannerLabel acceptAll rejectAll customize save preferencesTitle preferencesBody close " +
  "alwaysOn policyLink services cookies cookieName cookieService cookieHost cookieDuration cookieDescription " +
  "partyFirst partyThird gpcHonoured placeholderTitle placeholderBody placeholderButton reopen declarationEmpty and " +
  "partlyOn consentId consentDate"
).split(" ") as UiTextKey[];

const SERVICE = shape(
  {
    id: id("s"),
    title: TEXT,
    description: TEXT,
    policyUrl: TEXT,
    cookies: list(
      shape({ name: NAME, host: STRING, party: oneOf(["first", "third"]), duration: TEXT, description: TEXT }, ["name"]),
    ),
    storage: list(STRING),
    urls: list(NAME),
  },
  ["id", "title"],
);

const CATEGORY = shape(
  {
    id: id("c"),
    required: BOOLEAN,
    default: BOOLEAN,
    toggleServices: BOOLEAN,
    title: TEXT,
    description: TEXT,
    googleConsent: list(oneOf(GOOGLE_CONSENT_TYPES)),
    services: list(SERVICE),
  },
  ["id", "title"],
);

/** The whole config, as a table of checks. */
const CONFIG_CHECK = shape(
  {
    $schema: STRING,
    revision: is((value) => isPositive(value) && value % 1 == 0, "a positive whole number"),
    language: NAME,
    languages: list(NAME, true),
    policyUrl: TEXT,
    cookie: shape({
      // RFC 6265 §4.1.1: a cookie-name is an RFC 2616 token.
      name: is((value) => isString(value) && /^[\w!#$%&'*+.^`|~-]+$/.test(value), "a cookie name without spaces or ;,="),
      expiresDays: shape({ accept: POSITIVE, reject: POSITIVE }, [], is(isPositive, "a positive number or { accept, reject }")),
      domain: STRING,
      path: is((value) => isString(value) && value[0] == "/", 'a path starting with "/"'),
      sameSite: oneOf(["Lax", "Strict", "None"]),
    }),
    layout: oneOf(["bar", "box"]),
    theme: oneOf(["light", "dark", "auto"]),
    blocking: BOOLEAN,
    reopenButton: BOOLEAN,
    categories: list(CATEGORY, true),
    text: map(shape(Object.fromEntries(UI_TEXT_KEYS.map((key) => [key, STRING])))),
    globalPrivacyControl: shape({ deny: list(CATEGORY_REF) }, ["deny"]),
    googleConsentMode: shape({
      waitForUpdate: is((value) => value === 0 || isPositive(value), "0 or a positive number"),
      adsDataRedaction: BOOLEAN,
      urlPassthrough: BOOLEAN,
      region: list(NAME),
    }),
    reloadOnWithdraw: BOOLEAN,
    consentLog: shape({ endpoint: NAME }, ["endpoint"]),
    autoBlock: BOOLEAN,
  },
  ["categories"],
);

/**
 * Checks a config and lists every problem in it, each with its JSON path
 * (`categories[1].id: expected letters, digits, _ or -`). An empty list means
 * the config is valid. Never throws, whatever it is given.
 */
export function validateConfig(value: unknown): ConfigProblem[] {
  const ctx: Context = { problems: [], seen: new Map() };
  CONFIG_CHECK(value, "", ctx);
  return ctx.problems;
}
