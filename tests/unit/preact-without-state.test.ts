import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseAst } from "rollup/parseAst";
import { describe, expect, it } from "vitest";
import { LEFT_OUT, withoutStateUpdates } from "../../scripts/preact-without-state.mjs";

// The browser bundles ship Preact without Component.prototype.setState and .forceUpdate (scripts/preact-without-state.mjs).
// These checks hold what that rests on: Assent's UI never needs them, and the Preact left is still a working renderer.

const ROOT = join(__dirname, "../..");
const PREACT_BUILD = readFileSync(join(ROOT, "node_modules/preact/dist/preact.mjs"), "utf8");
const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(`${dir}/${entry.name}`) : /\.tsx?$/.test(entry.name) ? [`${dir}/${entry.name}`] : [],
  );

/**
 * Preact as the bundles get it, imported from a file of its own (it imports nothing). The file stays under the
 * project, where vitest loads modules from.
 */
async function trimmedPreact(): Promise<typeof import("preact")> {
  const dir = join(ROOT, "node_modules/.cache/assent-tests");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "preact-without-state.mjs");
  writeFileSync(file, withoutStateUpdates(PREACT_BUILD, parseAst));
  return import(/* @vite-ignore */ file);
}

describe("Preact without setState and forceUpdate", () => {
  it("takes exactly the two assignments out of Preact's build, and the code still parses", () => {
    const trimmed = withoutStateUpdates(PREACT_BUILD, parseAst);
    expect(PREACT_BUILD).toMatch(/prototype\.setState=/);
    expect(trimmed).not.toMatch(/prototype\.(setState|forceUpdate)=/);
    expect(() => parseAst(trimmed)).not.toThrow();
    // Everything else is unchanged: the render entry points are still exported.
    expect(trimmed).toMatch(/export\{[^}]*\bas render\b/);
  });

  it("stops the build when a Preact upgrade no longer assigns them as expected", () => {
    const without = withoutStateUpdates(PREACT_BUILD, parseAst);
    expect(() => withoutStateUpdates(without, parseAst)).toThrow(/setState and forceUpdate.*scripts\/preact-without-state\.mjs/);
    const twice = PREACT_BUILD + "\nC.prototype.forceUpdate=function(){};";
    expect(() => withoutStateUpdates(twice, parseAst)).toThrow(/assigns forceUpdate, forceUpdate, setState/);
  });

  it("renders, re-renders with new props and removes function components as Assent's UI does", async () => {
    const { h, render } = await trimmedPreact();
    const List = ({ items }: { items: string[] }) => h("ul", null, ...items.map((item) => h("li", { key: item }, item)));
    const root = document.createElement("div");
    render(h(List, { items: ["analytics", "marketing"] }), root);
    const list = root.firstElementChild;
    expect(root.textContent).toBe("analyticsmarketing");
    render(h(List, { items: ["marketing"] }), root);
    expect(root.firstElementChild).toBe(list);
    expect(root.innerHTML).toBe("<ul><li>marketing</li></ul>");
    render(null, root);
    expect(root.innerHTML).toBe("");
  });

  it("lets an error thrown while rendering reach the caller, as the full Preact does with no error boundary", async () => {
    const { h, render } = await trimmedPreact();
    const Broken = () => {
      throw Error("broken component");
    };
    expect(() => render(h("div", null, h(Broken, null)), document.createElement("div"))).toThrow("broken component");
  });

  it("is all Assent's UI needs: no class component, no hooks, no context, no call of either method", () => {
    const code = sources("src")
      .map((file) => readFileSync(join(ROOT, file), "utf8"))
      .join("\n");
    const fromPreact = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(preact[^"]*)"/g)];
    expect(new Set(fromPreact.map((match) => match[2]))).toEqual(new Set(["preact"]));
    const names = fromPreact.flatMap((match) => match[1].split(",").map((name) => name.replace(/^\s*type\s+/, "").trim()));
    expect(new Set(names.filter(Boolean))).toEqual(new Set(["h", "render", "ComponentChildren"]));
    expect(code).not.toMatch(new RegExp(`\\b(${LEFT_OUT.join("|")})\\b|extends Component\\b`));
  });
});
