/**
 * The validator's building blocks: small checks that report what is wrong
 * with a value at its JSON path. The config's table is made of them in
 * config-spec.generated.ts (from src/config/spec.ts); validate-config.ts runs it.
 */

/**
 * One thing wrong with a config: where it is, as a JSON path
 * (`categories[1].id`; "" for the config as a whole), and what is wrong.
 */
export interface ConfigProblem {
  path: string;
  message: string;
}

/** What a check reports into while it walks one config. */
export interface CheckContext {
  problems: ConfigProblem[];
  /** Ids met so far ("c" + category id, "s" + service id) → where. */
  seen: Map<string, string>;
}

/** Checks one value and reports what is wrong with it. */
export type Check = (value: any, path: string, ctx: CheckContext) => void;

const fail = (ctx: CheckContext, path: string, message: string) => {
  ctx.problems.push({ path, message });
};
const join = (path: string, key: string) => (path ? path + "." + key : key);

/** A plain object: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, any> =>
  !!value && typeof value == "object" && !Array.isArray(value);

/** A check of `test`; its message is "expected " + `expected`. */
export const is =
  (test: (value: any) => boolean, expected: string): Check =>
  (value, path, ctx) =>
    test(value) || fail(ctx, path, "expected " + expected);

export const oneOf = (values: readonly string[]) => is((value) => values.includes(value), `"${values.join('" or "')}"`);

/** Whether `key` is an own key of `object`: config-keyed look-ups never reach Object.prototype ("constructor"). */
export const hasOwn = (object: object, key: string) => ({}).hasOwnProperty.call(object, key);

const isString = (value: unknown): value is string => typeof value == "string";
const isName = (value: unknown) => isString(value) && value != "";
export const isPositive = (value: unknown): value is number => typeof value == "number" && value > 0 && isFinite(value);

/** A string that `pattern` matches. */
export const matches = (pattern: RegExp, expected: string) => is((value) => isString(value) && pattern.test(value), expected);

export const STRING = is(isString, "a string");
export const NAME = is(isName, "a non-empty string");
export const BOOLEAN = is((value) => typeof value == "boolean", "true or false");
export const POSITIVE = is(isPositive, "a positive number");
export const WHOLE = is((value) => isPositive(value) && value % 1 == 0, "a positive whole number");
export const ZERO_OR_POSITIVE = is((value) => value === 0 || isPositive(value), "0 or a positive number");
const OBJECT = is(isObject, "an object");

/**
 * Objects: the fields are checked in the table's order (so categories are known
 * before anything refers to them), required ones must be there, any other key
 * is a problem. `other` checks a value that is not an object. Every field is
 * looked up, present or not: the schema test watches those look-ups to keep
 * the JSON Schema naming the same keys.
 */
export const shape =
  (fields: Record<string, Check>, required: string[] = [], other = OBJECT): Check =>
  (value, path, ctx) => {
    if (!isObject(value)) return other(value, path, ctx);
    for (const key in fields)
      // A key set to undefined (from JavaScript, never from JSON) counts as absent.
      value[key] === undefined
        ? required.includes(key) && fail(ctx, join(path, key), "missing")
        : fields[key](value[key], join(path, key), ctx);
    for (const key of Object.keys(value)) hasOwn(fields, key) || fail(ctx, join(path, key), "unknown key");
  };

/**
 * A BCP 47 language tag ("en", "sv-SE", "zh-Hant-TW"). The UI passes it to Intl, which throws a RangeError on
 * anything else, so a wrong tag would leave the visitor without a banner (README, "Languages").
 */
const isLanguageTag = (value: unknown): boolean => {
  if (!isString(value) || !/^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(value)) return false;
  try {
    // Every supported browser has it (Chrome 54, Firefox 48, Safari 11; Node 7), so only a RangeError is caught.
    return !!Intl.getCanonicalLocales(value);
  } catch {
    return false;
  }
};
/** "sv_SE" is rejected with the spelling BCP 47 wants, not silently rewritten: the config says what the page shows. */
const languageProblem = (value: unknown) =>
  `expected a language tag such as "en" or "sv-SE"` +
  (isString(value) && isLanguageTag(value.replace(/_/g, "-")) ? ` (did you mean "${value.replace(/_/g, "-")}"?)` : "");
export const LANGUAGE_TAG: Check = (value, path, ctx) => isLanguageTag(value) || fail(ctx, path, languageProblem(value));
export const LANGUAGE_OR_AUTO: Check = (value, path, ctx) => value === "auto" || LANGUAGE_TAG(value, path, ctx);

/**
 * Maps of free keys (languages) to `item`; every key must be a language tag. With `other`, a non-object or an empty
 * map goes to `other`.
 */
export const map =
  (item: Check, other?: Check): Check =>
  (value, path, ctx) => {
    if (!isObject(value) || (other && !Object.keys(value).length)) return (other || OBJECT)(value, path, ctx);
    for (const key of Object.keys(value))
      isLanguageTag(key) ? item(value[key], join(path, key), ctx) : fail(ctx, join(path, key), languageProblem(key));
  };

/** A number from `min` to `max` (a whole one when `whole`): outside it the cookie loses the choice. */
export const range = (min: number, max: number, whole: boolean, expected: string) =>
  is((value) => typeof value == "number" && value >= min && value <= max && (!whole || value % 1 == 0), expected);

export const list =
  (item: Check, nonEmpty?: boolean): Check =>
  (value, path, ctx) =>
    Array.isArray(value) && (!nonEmpty || value.length)
      ? value.forEach((entry, i) => item(entry, `${path}[${i}]`, ctx))
      : fail(ctx, path, nonEmpty ? "expected a non-empty list" : "expected a list");

/** Category ("c") and service ("s") ids: `pattern` keeps them safe in `data-category` and the cookie; unique per kind. */
export const id =
  (kind: string, pattern: RegExp, expected: string): Check =>
  (value, path, ctx) => {
    if (!isString(value) || !pattern.test(value)) return fail(ctx, path, "expected " + expected);
    const other = ctx.seen.get(kind + value);
    // The owner of "categories[0].id" is "categories[0]".
    other ? fail(ctx, path, `duplicate id "${value}" (also ${other})`) : ctx.seen.set(kind + value, path.slice(0, -3));
  };

/** The id of a category declared before it. */
export const CATEGORY_REF: Check = (value, path, ctx) =>
  isString(value) ? ctx.seen.has("c" + value) || fail(ctx, path, `unknown category "${value}"`) : STRING(value, path, ctx);

/** A text shown to visitors: a string, or a map from language to string. */
export const TEXT = map(STRING, is(isName, "a string or { language: string }"));
