import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Imports point down (docs/architecture.md): types ← core ← {browser, locales, ui} ← assent.ts ← {index, auto}.
// The UI never reaches into browser/, and the core never into anything that touches the page.
const ALLOWED: Record<string, string[]> = {
  core: ["types", "core"],
  browser: ["types", "core", "browser"],
  locales: ["types", "core", "locales"],
  ui: ["types", "core", "locales", "ui", "preact", "styles"],
  // `validate --html` parses pages with the same WHATWG tokenizer as the rewriter.
  cli: ["types", "core", "cli", "node", "parse5"],
  // The config's declaration and what is made from it at build and test time; never in a bundle. It reads the core's
  // lists (the built-in languages) so that each list stays written once.
  config: ["types", "core", "config"],
  // The rewriter runs on servers and edge runtimes: core and its tokenizer, never a module that touches the page.
  rewrite: ["types", "core", "rewrite", "parse5"],
  // The framework adapters reach the page's Assent through window, never through the SDK's modules.
  adapters: ["types", "core", "adapters", "react", "vue"],
};

const SRC = join(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The layer an import lands in: a src/ folder, `types`, a package name, or `node` for built-ins. */
function layerOf(file: string, specifier: string): string {
  if (specifier.startsWith("node:")) return "node";
  if (!specifier.startsWith(".")) return specifier.split("/")[0];
  const target = relative(SRC, join(file, "..", specifier));
  if (target.startsWith("..")) return target.split("/")[1]; // e.g. ../../styles/assent.css
  return target.includes("/") ? target.split("/")[0] : target.replace(/\.tsx?$/, "");
}

/** What a file imports (types included): the specifiers of its `import`/`export … from` and `import()`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
    (m) => m[1] || m[2],
  );
}

/** The src/ file a relative import lands on, or null for packages, styles and other non-source files. */
function resolveSource(file: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = join(file, "..", specifier);
  return (
    [base, base + ".ts", base + ".tsx", join(base, "index.ts")].find((path) => /\.tsx?$/.test(path) && existsSync(path)) || null
  );
}

/** Every import cycle among the files, each as the list of files around it (relative to src/). */
function findCycles(files: string[]): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, stack: string[]) => {
    const at = stack.indexOf(file);
    if (at >= 0) return void cycles.push(stack.slice(at).map((f) => relative(SRC, f)));
    if (done.has(file)) return;
    for (const specifier of importsOf(file)) {
      const target = resolveSource(file, specifier);
      if (target) visit(target, [...stack, file]);
    }
    done.add(file);
  };
  for (const file of files) visit(file, []);
  return cycles;
}

describe("layering", () => {
  it("tells which layer an import lands in", () => {
    const uiFile = join(SRC, "ui/banner.tsx");
    expect(layerOf(uiFile, "../browser/cookie-jar")).toBe("browser");
    expect(layerOf(uiFile, "../types")).toBe("types");
    expect(layerOf(uiFile, "preact/hooks")).toBe("preact");
    expect(layerOf(uiFile, "../../styles/assent.css?raw")).toBe("styles");
  });

  for (const file of sourceFiles(SRC)) {
    const layer = relative(SRC, file).split("/")[0];
    if (!ALLOWED[layer]) continue;
    it(`${relative(SRC, file)} imports only from ${ALLOWED[layer].join(", ")}`, () => {
      const wrong = importsOf(file).filter((s) => !ALLOWED[layer].includes(layerOf(file, s)));
      expect(wrong).toEqual([]);
    });
  }

  it("has no import cycles, not even through type-only imports", () => {
    expect(findCycles(sourceFiles(SRC))).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    // The check itself, on the cycle this repository once had (banner.tsx ↔ mount-ui.tsx), simulated by a fixture.
    const dir = join(__dirname, "../fixtures/cycle");
    expect(findCycles(sourceFiles(dir)).map((cycle) => cycle.map((f) => f.split("/").pop()))).toEqual([["a.ts", "b.ts"]]);
  });

  it("comments point at what a reader of this repository can open, not at a file outside it", () => {
    const offenders = sourceFiles(SRC).filter((file) => /\bCONTRACT\b/.test(readFileSync(file, "utf8")));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("the core never mentions document, window or navigator", () => {
    const offenders = sourceFiles(join(SRC, "core")).filter((file) =>
      /\b(document|window|navigator)\s*\./.test(readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")),
    );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
