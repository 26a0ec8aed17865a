import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { toChecks, toJsonSchema, toTypes } from "../../../src/config/generate";
import { generatedFiles } from "../../../src/config/outputs";
import type { SpecNode } from "../../../src/config/spec-node";
import { normalizeConfig } from "../../../src/core/config-defaults";

// src/config/spec.ts is the config's one declaration; these files follow from it.

const ROOT = join(__dirname, "../../..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const format = async (text: string, path: string) =>
  prettier.format(text, { ...(await prettier.resolveConfig(join(ROOT, path))), filepath: join(ROOT, path) });

describe("the config's declaration (src/config/spec.ts)", () => {
  it("is what the generated files say: run `npm run generate` after editing it", async () => {
    for (const [path, text] of await generatedFiles(read, format)) expect(read(path), path).toBe(text);
  });

  it("gives normalizeConfig its defaults", () => {
    const config = normalizeConfig({ categories: [{ id: "necessary", required: true, title: "N" }] });
    expect(config).toMatchObject({
      revision: 1,
      language: "auto",
      languages: ["en"],
      cookie: { name: "assent", expiresDays: { accept: 365, reject: 365 }, domain: "", path: "/", sameSite: "Lax" },
      layout: "bar",
      blocking: false,
      reopenButton: false,
      text: {},
      globalPrivacyControl: { deny: [] },
      googleConsentMode: { waitForUpdate: 500 },
      reloadOnWithdraw: false,
    });
    // Every config gets lists of its own.
    expect(normalizeConfig({ categories: [] }).languages).not.toBe(config.languages);
  });
});

describe("what a new key becomes", () => {
  // The worked example of docs/architecture.md: `banner.position`, declared once.
  const spec: SpecNode = {
    name: "AssentConfig",
    type: "object",
    required: ["categories"],
    properties: {
      categories: { type: "array", items: { type: "string" } },
      banner: {
        type: "object",
        default: {},
        description: "Where the banner sits.",
        properties: {
          position: { enum: ["bottom", "top"], default: "bottom", description: 'Its edge of the page. Default "bottom".' },
        },
      },
    },
  };

  it("a typed, documented key", () => {
    expect(toTypes(spec)).toContain(
      '/** Where the banner sits. */\n  banner?: {\n/** Its edge of the page. Default "bottom". */\nposition?: "bottom" | "top";\n};',
    );
  });

  it("a check and a default", () => {
    const checks = toChecks(spec);
    expect(checks).toContain('banner: shape({ position: oneOf(["bottom","top"]) })');
    expect(checks).toContain('export const CONFIG_DEFAULTS = {"banner":{"position":"bottom"}} as const;');
  });

  it("a JSON Schema property with its description and default", () => {
    expect(toJsonSchema(spec)).toMatchObject({
      properties: {
        banner: {
          type: "object",
          additionalProperties: false,
          properties: { position: { enum: ["bottom", "top"], default: "bottom", description: expect.stringMatching(/edge/) } },
        },
      },
    });
  });
});
