// Builds every file a site uses (README "Install"):
//   dist/assent.js   drop-in IIFE (Preact + CSS inside), initialises itself from the page
//   dist/assent.mjs  ES module (no auto-init) + dist/assent.d.ts
//   dist/assent.css, dist/config.schema.json, and dist/cli.mjs for `npx assent validate`.
//   dist/rewrite.mjs + dist/rewrite.d.ts: `assent/rewrite`, the server-side HTML rewriter (its tokenizer, parse5,
//   stays an import: nothing of it reaches the drop-in).
import { readFileSync } from "node:fs";
import { transform } from "esbuild";
import resolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { dts } from "rollup-plugin-dts";

const STYLESHEET = "styles/assent.css";
// ASSENT_DIST builds elsewhere (e.g. to compare sizes) without touching the dist/ that tests use.
const DIST = process.env.ASSENT_DIST || "dist";

/** Minified CSS text; esbuild's CSS minifier is already in the toolchain (vitest uses it). */
async function minifyCss(file) {
  const { code } = await transform(readFileSync(file, "utf8"), { loader: "css", minify: true });
  return code.trim();
}

/** `import css from "…/assent.css?raw"` → the minified stylesheet as a string (vitest understands ?raw natively). */
function rawCss() {
  return {
    name: "assent-raw-css",
    async resolveId(source, importer) {
      if (!source.endsWith("?raw")) return null;
      const resolved = await this.resolve(source.slice(0, -4), importer, { skipSelf: true });
      return resolved && `${resolved.id}?raw`;
    },
    async load(id) {
      if (!id.endsWith("?raw")) return null;
      const file = id.slice(0, -4);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(await minifyCss(file))};`;
    },
  };
}

/** Copies the stylesheet (minified) and the config schema next to the bundles. */
function siteFiles() {
  return {
    name: "assent-site-files",
    async generateBundle() {
      this.emitFile({ type: "asset", fileName: "assent.css", source: (await minifyCss(STYLESHEET)) + "\n" });
      this.emitFile({ type: "asset", fileName: "config.schema.json", source: readFileSync("src/config.schema.json", "utf8") });
    },
  };
}

const ts = () =>
  typescript({
    tsconfig: "./tsconfig.json",
    include: ["src/**/*"],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: false },
  });

// No property mangling (STYLE.md): public API names and DOM properties must survive.
const minify = () =>
  terser({ ecma: 2019, module: true, compress: { passes: 2, pure_getters: true }, format: { comments: false } });

export default [
  {
    input: "src/auto.ts",
    output: { file: `${DIST}/assent.js`, format: "iife", strict: true },
    plugins: [rawCss(), resolve(), ts(), minify(), siteFiles()],
  },
  {
    input: "src/index.ts",
    output: { file: `${DIST}/assent.mjs`, format: "es" },
    plugins: [rawCss(), resolve(), ts(), minify()],
  },
  {
    input: "src/index.ts",
    output: { file: `${DIST}/assent.d.ts`, format: "es" },
    plugins: [dts({ tsconfig: "./tsconfig.json" })],
    external: [/\.css\?raw$/],
  },
  {
    input: "src/rewrite/index.ts",
    output: { file: `${DIST}/rewrite.mjs`, format: "es" },
    external: [/^parse5/],
    plugins: [ts()],
  },
  {
    input: "src/rewrite/index.ts",
    output: { file: `${DIST}/rewrite.d.ts`, format: "es" },
    external: [/^parse5/],
    plugins: [dts({ tsconfig: "./tsconfig.json" })],
  },
  {
    input: "src/cli/main.ts",
    output: { file: `${DIST}/cli.mjs`, format: "es" },
    external: [/^node:/],
    plugins: [ts()],
  },
];
