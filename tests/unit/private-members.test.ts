import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PRIVATE_MEMBERS } from "../../scripts/private-members.mjs";

// Terser renames these members in the browser bundles (rollup.config.mjs). A name that the page, a site's code, the
// DOM or the other half of the split drop-in also uses would break there, and only there: these checks catch the
// ways that can happen which a file can show.

const read = (path: string) => readFileSync(join(__dirname, "../..", path), "utf8");
const sources = (dir: string): string[] =>
  readdirSync(join(__dirname, "../..", dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(`${dir}/${entry.name}`) : /\.tsx?$/.test(entry.name) ? [`${dir}/${entry.name}`] : [],
  );
/** The code of a source file without its comments (which name members in backticks). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
/** `name` declared as a member (`name:`, `name?:`, `name(`) in a declaration file. */
const declares = (text: string, name: string) => new RegExp(`^\\s*(readonly )?${name}\\??[:(]`, "m").test(text);

describe("private member names", () => {
  it("are no DOM member (lib.dom.d.ts)", () => {
    const dom = read("node_modules/typescript/lib/lib.dom.d.ts");
    expect(PRIVATE_MEMBERS.filter((name) => declares(dom, name))).toEqual([]);
  });

  it("are no public name: the API and its types, the config, the UI strings", () => {
    const publicText = ["src/types.ts", "src/core/ui-text-keys.ts"].map((file) => code(read(file))).join("\n");
    const configKeys = read("src/config/spec.ts");
    expect(PRIVATE_MEMBERS.filter((name) => new RegExp(`\\b${name}\\b`).test(publicText) || declares(configKeys, name))).toEqual(
      [],
    );
  });

  it("are not what the split drop-in's core and UI hand each other", () => {
    const boundary = ["src/ui/ui-types.ts", "src/ui-loader.ts"].map(read).join("\n");
    expect(PRIVATE_MEMBERS.filter((name) => declares(boundary, name))).toEqual([]);
  });

  it("are never written as a string in src/ (a string is not renamed with the member)", () => {
    const quoted = sources("src").flatMap((file) => {
      const text = code(read(file));
      return PRIVATE_MEMBERS.filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(text)).map((name) => `${file}: ${name}`);
    });
    expect(quoted).toEqual([]);
  });

  it("catch a DOM name and a boundary name (the checks can fail)", () => {
    expect(declares(read("node_modules/typescript/lib/lib.dom.d.ts"), "reload")).toBe(true);
    expect(declares(read("src/ui/ui-types.ts"), "withContext")).toBe(true);
  });
});
