/**
 * How `spec.ts` declares a config key: a small subset of JSON Schema (draft-07),
 * which dist/config.schema.json is made from, plus a few keys of Assent's own
 * for what JSON Schema can't say (the validator's wording, cross-references,
 * the TypeScript type's name). See docs/architecture.md, "The config, declared once".
 */
export interface SpecNode {
  /** What the key is for, in the site owner's words: the JSON Schema's and the TypeScript type's documentation. */
  description?: string;
  /** The value Assent uses when the key is absent (filled in by `normalizeConfig`). */
  default?: unknown;
  /** Values an editor offers while typing (JSON Schema `examples`); any other valid value is allowed too. */
  examples?: readonly string[];

  type?: "string" | "number" | "integer" | "boolean" | "object" | "array";
  enum?: readonly string[];
  minLength?: 1;
  minItems?: 1;
  minProperties?: 1;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  /** A regular expression the whole string must match (anchor it with ^ and $). */
  pattern?: string;
  items?: SpecNode;
  /** The keys of an object; no other key is allowed. */
  properties?: { [key: string]: SpecNode };
  required?: readonly string[];
  /** The values of a map whose keys are free (languages). */
  additionalProperties?: SpecNode;
  /** One of these; the validator supports a number or an object (`cookie.expiresDays`). */
  anyOf?: readonly SpecNode[];

  /** This named node (`TEXT`), here with a description of its own: a `$ref` in the schema, the type's name in TypeScript. */
  use?: SpecNode;
  /** A type of its own: an exported TypeScript type of this name (an interface for an object). */
  name?: string;
  /** Also a JSON Schema definition of this name, referred to with `$ref` wherever the node is used. */
  definition?: string;
  /** The validator's message when the value is wrong, after "expected " (e.g. `a path starting with "/"`). */
  expected?: string;
  /**
   * Checks that need the whole config: `categoryId` / `serviceId` (unique per kind, and known to
   * `categoryRef`), `categoryRef` (an id of a category declared before it), `text` (a visitor-facing text),
   * `languageTag` / `languageOrAuto` (a BCP 47 tag, checked with Intl; "auto" too).
   */
  check?: "categoryId" | "serviceId" | "categoryRef" | "text" | "languageTag" | "languageOrAuto";
  /** An object whose keys are this list of src/core/ (e.g. `UI_TEXT_KEYS`), each a string: checked against the list. */
  keysFrom?: string;
  /** The TypeScript type, when it can't be derived from the rest. */
  ts?: string;
}
