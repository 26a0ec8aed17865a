/**
 * What follows from the config's declaration (spec.ts): the JSON Schema, the
 * TypeScript types, and the validator's table with the defaults. Build- and
 * test-time only: scripts/generate-config.mjs writes the last two into src/,
 * rollup.config.mjs writes the schema into dist/, tests/unit/config/ checks
 * that what is in src/ is what these give.
 */
import type { SpecNode } from "./spec-node";

const { entries } = Object;

/** `googleConsentType` → `GOOGLE_CONSENT_TYPE`. */
const screaming = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

/** The named nodes under `root` (itself included), dependencies first, each once. */
function namedNodes(root: SpecNode): SpecNode[] {
  const found: SpecNode[] = [];
  const visit = (node: SpecNode) => {
    if (node.use) return visit(node.use);
    if (found.includes(node)) return;
    for (const child of [node.items, node.additionalProperties, ...(node.anyOf || []), ...Object.values(node.properties || {})])
      if (child) visit(child);
    if (node.name) found.push(node);
  };
  visit(root);
  return found;
}

/** dist/config.schema.json: draft-07, each `definition` under `definitions`, Assent's own keys left out. */
export function toJsonSchema(spec: SpecNode): object {
  const definitions: Record<string, object> = {};
  const convert = (node: SpecNode, own = false): object => {
    if (node.use) return { $ref: `#/definitions/${define(node.use)}`, description: node.description };
    if (node.definition && !own) return { $ref: `#/definitions/${define(node)}` };
    const out: Record<string, unknown> = {};
    for (const key of [
      "description",
      "default",
      "examples",
      "type",
      "enum",
      "minLength",
      "minItems",
      "minProperties",
      "minimum",
      "maximum",
    ] as const)
      if (node[key] !== undefined) out[key] = node[key];
    if (node.exclusiveMinimum !== undefined) out.exclusiveMinimum = node.exclusiveMinimum;
    if (node.pattern) out.pattern = node.pattern;
    if (node.items) out.items = convert(node.items);
    if (node.required) out.required = [...node.required];
    if (node.properties) {
      out.additionalProperties = false;
      out.properties = Object.fromEntries(entries(node.properties).map(([key, child]) => [key, convert(child)]));
    } else if (node.additionalProperties) {
      out.additionalProperties = convert(node.additionalProperties);
      // Free keys are languages: BCP 47 tags, as `map` in src/core/checks.ts checks them (it also asks Intl).
      out.propertyNames = { pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$" };
    }
    if (node.anyOf) out.anyOf = node.anyOf.map((branch) => convert(branch));
    return out;
  };
  const define = (node: SpecNode) => {
    const name = node.definition!;
    if (!definitions[name]) definitions[name] = convert(node, true);
    return name;
  };
  const root = convert(spec, true);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://unpkg.com/assent/dist/config.schema.json",
    title: "Assent config",
    ...root,
    definitions,
  };
}

/** A JSDoc comment of a description, indented. */
const doc = (description: string | undefined, indent = "") => (description ? `${indent}/** ${description} */\n` : "");

/** The TypeScript type of a node, by name when it has one of its own. */
function tsOf(node: SpecNode, own = false): string {
  if (node.use) return node.use.name!;
  if (node.name && !own) return node.name;
  if (node.ts) return node.ts;
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (node.anyOf) return node.anyOf.map((branch) => tsOf(branch)).join(" | ");
  if (node.type == "array") {
    const item = tsOf(node.items!);
    return /[ |]/.test(item) && !item.startsWith("{") ? `(${item})[]` : `${item}[]`;
  }
  if (node.properties) return `{\n${members(node, "").join("\n")}\n}`;
  if (node.additionalProperties) return `{ [key: string]: ${tsOf(node.additionalProperties)} }`;
  return node.type == "integer" ? "number" : node.type!;
}

function members(node: SpecNode, indent: string): string[] {
  return entries(node.properties!).map(
    ([key, child]) =>
      `${doc(child.description, indent)}${indent}${key}${node.required?.includes(key) ? "" : "?"}: ${tsOf(child)};`,
  );
}

/** The config's types (the generated part of src/types.ts), one per named node. */
export function toTypes(spec: SpecNode): string {
  return namedNodes(spec)
    .map((node) =>
      node.properties
        ? `${doc(node.description)}export interface ${node.name} {\n${members(node, "  ").join("\n")}\n}\n`
        : `${doc(node.description)}export type ${node.name} = ${tsOf(node, true)};\n`,
    )
    .join("\n");
}

/** The validator's check of a node, as code over the combinators of src/core/checks.ts. */
function checkOf(node: SpecNode, own = false): string {
  if (node.use) return screaming(node.use.name!);
  if (node.definition && !own && !node.enum) return screaming(node.name!);
  const expected = node.expected && JSON.stringify(node.expected);
  if (node.check == "text") return "TEXT";
  if (node.check == "categoryId" || node.check == "serviceId")
    return `id(${JSON.stringify(node.check[0])}, /${node.pattern}/, ${expected})`;
  if (node.check == "categoryRef") return "CATEGORY_REF";
  if (node.check == "languageTag") return "LANGUAGE_TAG";
  if (node.check == "languageOrAuto") return "LANGUAGE_OR_AUTO";
  if (node.maximum !== undefined)
    return `range(${node.minimum ?? node.exclusiveMinimum}, ${node.maximum}, ${node.type == "integer"}, ${expected})`;
  if (node.enum) return `oneOf(${node.name ? screaming(node.name) + "S" : JSON.stringify(node.enum)})`;
  if (node.type == "boolean") return "BOOLEAN";
  if (node.type == "string")
    return node.pattern ? `matches(/${node.pattern.replace(/\//g, "\\/")}/, ${expected})` : node.minLength ? "NAME" : "STRING";
  if (node.type == "integer" && node.minimum == 1) return "WHOLE";
  if (node.type == "number" && node.exclusiveMinimum == 0) return expected ? `is(isPositive, ${expected})` : "POSITIVE";
  if (node.type == "number" && node.minimum == 0) return "ZERO_OR_POSITIVE";
  if (node.type == "array") return `list(${checkOf(node.items!)}${node.minItems ? ", true" : ""})`;
  // Marked pure so that a bundle that never validates (a site build's core, rollup.config.mjs) can drop the
  // whole table: rollup must otherwise assume a method call on an imported list has side effects.
  if (node.keysFrom)
    return `shape(/* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ ${node.keysFrom}.map((key) => [key, STRING])))`;
  if (node.properties) return shapeOf(node);
  if (node.additionalProperties) return `map(${checkOf(node.additionalProperties)})`;
  // A number or an object (cookie.expiresDays): the object's shape, with the number as its alternative.
  const object = node.anyOf && node.anyOf.find((branch) => branch.properties);
  const other = node.anyOf && node.anyOf.find((branch) => branch != object);
  if (object && other) return shapeOf(object, checkOf({ ...other, expected: node.expected }));
  throw new Error(`spec.ts: no check for ${JSON.stringify(node)}`);
}

function shapeOf(node: SpecNode, other?: string): string {
  const fields = entries(node.properties!).map(
    ([key, child]) => `${/^\w+$/.test(key) ? key : JSON.stringify(key)}: ${checkOf(child)}`,
  );
  const required = JSON.stringify(node.required || []);
  return `shape({ ${fields.join(", ")} }${other ? `, ${required}, ${other}` : node.required ? `, ${required}` : ""})`;
}

/** The defaults of an object node's keys (nested objects' own defaults merged in); undefined when it has none. */
function defaultsOf(node: SpecNode): Record<string, unknown> | undefined {
  const defaults: Record<string, unknown> = {};
  for (const [key, child] of entries(node.properties || {})) {
    const nested = child.properties && defaultsOf(child);
    if (child.default !== undefined || nested)
      defaults[key] = nested ? { ...(child.default as object), ...nested } : child.default;
  }
  return Object.keys(defaults).length ? defaults : undefined;
}

/** src/core/config-spec.generated.ts: the named lists, the validator's table and the defaults. */
export function toChecks(spec: SpecNode): string {
  const lines = [
    "// Generated from src/config/spec.ts by `npm run generate`: edit that file, not this one.",
    'import type { GoogleConsentType } from "../types";',
    'import { UI_TEXT_KEYS } from "./ui-text-keys";',
    "CHECKS_IMPORT",
    "",
  ];
  for (const node of namedNodes(spec)) {
    if (node.enum)
      lines.push(
        `/** ${node.description} */`,
        `export const ${screaming(node.name!)}S: readonly ${node.name}[] = ${JSON.stringify(node.enum)};`,
      );
    else if (node.definition && !node.check) lines.push(`const ${screaming(node.name!)} = ${checkOf(node, true)};`);
  }
  lines.push(
    "",
    "/** The whole config, as a table of checks (see src/core/checks.ts). */",
    `export const CONFIG_CHECK = ${checkOf(spec, true)};`,
    "",
    "/** The value of every key the config may leave out. */",
    `export const CONFIG_DEFAULTS = ${JSON.stringify(defaultsOf(spec))} as const;`,
    "",
  );
  // Only the combinators the table uses, so the file passes the unused-import lint whatever spec.ts declares.
  const body = lines.join("\n");
  const code = lines.filter((line) => !/^\s*(\/\/|\/\*\*)|CHECKS_IMPORT/.test(line)).join("\n");
  const used = CHECKS.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  return body.replace("CHECKS_IMPORT", `import { ${used.join(", ")} } from "./checks";`);
}

/** What src/core/checks.ts offers the generated table. */
const CHECKS =
  "BOOLEAN CATEGORY_REF id is isPositive LANGUAGE_OR_AUTO LANGUAGE_TAG list map matches NAME oneOf POSITIVE range shape STRING TEXT WHOLE ZERO_OR_POSITIVE".split(
    " ",
  );
