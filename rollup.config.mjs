// Builds every file a site uses (README "Install"):
//   dist/assent.js   drop-in IIFE (Preact + CSS inside), initialises itself from the page
//   dist/assent.mjs  ES module (no auto-init) + dist/assent.d.ts
//   dist/assent-core.js + dist/assent-ui.js  the split drop-in: the part that must run in <head>, and the UI
//                    it loads only when something must be shown (README "Loading")
//   dist/site/*.js  the prebuilt variants of the split drop-in that `npx assent build` makes a site's own files
//                    from (src/cli/site-build.ts): its config inlined, parts it doesn't use left out
//   dist/assent.css, dist/config.schema.json, and dist/cli.mjs for `npx assent validate`;
//   dist/rewrite.mjs + dist/rewrite.d.ts: `assent/rewrite`, the server-side HTML rewriter (its tokenizer, parse5,
//   stays an import: nothing of it reaches the drop-in).
//   dist/react.mjs, dist/vue.mjs + .d.ts: the framework adapters (`assent/react`, `assent/vue`).
import { readdirSync, readFileSync } from "node:fs";
import { build, transform } from "esbuild";
import resolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { dts } from "rollup-plugin-dts";
import { preactWithoutState } from "./scripts/preact-without-state.mjs";
import { PRIVATE_MEMBERS } from "./scripts/private-members.mjs";

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

/** The JSON Schema made from src/config/spec.ts (TypeScript, so esbuild bundles it for node first). */
async function configSchema() {
  const { outputFiles } = await build({
    entryPoints: ["src/config/json-schema.ts"],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
  });
  const { CONFIG_SCHEMA } = await import("data:text/javascript;base64," + Buffer.from(outputFiles[0].text).toString("base64"));
  return CONFIG_SCHEMA;
}

/** Copies the stylesheet (minified) and writes the config schema next to the bundles. */
function siteFiles() {
  return {
    name: "assent-site-files",
    async generateBundle() {
      this.emitFile({ type: "asset", fileName: "assent.css", source: (await minifyCss(STYLESHEET)) + "\n" });
      this.emitFile({
        type: "asset",
        fileName: "config.schema.json",
        source: JSON.stringify(await configSchema(), null, 2) + "\n",
      });
    },
  };
}

/**
 * The split drop-in's core hands createAssent its lazy UI (src/auto-core.ts), so the bundled UI that
 * assent.ts falls back on is never called there: leave it out of assent-core.js. (BUNDLED_UI off drops
 * the call; this drops the modules, whose top-level code rollup would otherwise keep.)
 */
function withoutBundledUi() {
  const LEFT_OUT = /src\/(ui\/mount-ui\.tsx|ui\/ui-context\.ts|locales\/ui-text\.ts)$/;
  return {
    name: "assent-without-bundled-ui",
    async resolveId(source, importer) {
      if (!importer || !importer.endsWith("src/assent.ts")) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && LEFT_OUT.test(resolved.id) ? `\0left-out:${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith("\0left-out:")) return null;
      return "const leftOut = () => { throw Error('assent-core.js loads its UI from assent-ui.js'); };\nexport { leftOut as mountUi, leftOut as resolveUiText, leftOut as createUiContext };";
    },
  };
}

/**
 * dist/locales/<code>.json: each built-in language's strings and grammar (src/locales/<code>.ts) as
 * data, fetched by the drop-in and the ES module only on a page that shows that language.
 */
function localeFiles() {
  return {
    name: "assent-locale-files",
    async generateBundle() {
      for (const file of readdirSync("src/locales").filter((name) => /^[a-z]{2,3}\.ts$/.test(name))) {
        const code = file.slice(0, -3);
        this.addWatchFile(`src/locales/${file}`);
        const module = await importSource(`src/locales/${file}`);
        this.emitFile({ type: "asset", fileName: `locales/${code}.json`, source: JSON.stringify(module[code]) });
      }
    },
  };
}

/** A module of src/ bundled for node and imported here, at build time. */
async function importSource(file) {
  const { outputFiles } = await build({ entryPoints: [file], bundle: true, format: "esm", write: false });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString("base64")}`);
}

/**
 * English and Swedish in the drop-in and the ES module, as their strings in UI_TEXT_KEYS order: those bundles
 * hold that list already (the validator checks `text` against it), so the key names don't ship twice more.
 * Same objects at run time; src/locales/en.ts and sv.ts stay as written.
 */
function compactLocales() {
  const PREFIX = "\0assent-compact-locale:";
  return {
    name: "assent-compact-locales",
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const match = resolved && /src\/locales\/(en|sv)\.ts$/.exec(resolved.id);
      return match ? PREFIX + match[1] : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const code = id.slice(PREFIX.length);
      this.addWatchFile(`src/locales/${code}.ts`);
      const { UI_TEXT_KEYS } = await importSource("src/core/ui-text-keys.ts");
      const locale = (await importSource(`src/locales/${code}.ts`))[code];
      const keys = JSON.stringify(new URL("src/core/ui-text-keys.ts", import.meta.url).pathname);
      const strings = JSON.stringify(UI_TEXT_KEYS.map((key) => locale.text[key]));
      const grammar = locale.grammar ? `, grammar: ${JSON.stringify(locale.grammar)}` : "";
      return `import { UI_TEXT_KEYS } from ${keys};
export const ${code} = { text: Object.fromEntries(UI_TEXT_KEYS.map((key, i) => [key, ${strings}[i]]))${grammar} };`;
    },
  };
}

const FLAGS_FILE = "src/core/build-flags.ts";

/**
 * Builds with some switches of src/core/build-flags.ts flipped (`{ AUTO_BLOCK: false }`): the module is
 * swapped for a copy with those values, so terser drops the code behind them.
 */
function buildFlags(flags) {
  const ID = "\0assent-build-flags";
  return {
    name: "assent-build-flags",
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && resolved.id.endsWith(FLAGS_FILE) ? ID : null;
    },
    load(id) {
      if (id != ID) return null;
      let text = readFileSync(FLAGS_FILE, "utf8");
      for (const [name, value] of Object.entries(flags)) {
        const declaration = new RegExp(`(export const ${name}: boolean = )(true|false);`);
        if (!declaration.test(text)) throw Error(`${FLAGS_FILE} has no switch ${name}`);
        text = text.replace(declaration, `$1${value};`);
      }
      // A virtual module is not TypeScript to the typescript plugin: hand rollup plain JavaScript.
      return text.replace(/: boolean = /g, " = ");
    },
  };
}

const ts = () =>
  typescript({
    tsconfig: "./tsconfig.json",
    include: ["src/**/*"],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: false },
  });

// Public API names, config keys, JSON fields and DOM properties keep their names (STYLE.md). Only the members listed in
// scripts/private-members.mjs, which never leave the bundle they are in, are shortened: they ship in every drop-in.
const minify = () =>
  terser({
    ecma: 2019,
    module: true,
    compress: { passes: 2, pure_getters: true },
    mangle: { properties: { regex: new RegExp(`^(${PRIVATE_MEMBERS.join("|")})$`) } },
    format: { comments: false },
  });

/** The adapters use the site's own React or Vue: neither is ever bundled. */
const FRAMEWORKS = [/^react(\/|$)/, /^vue(\/|$)/];

/**
 * The prebuilt site variants (dist/site/): a core per combination of the parts a config may leave
 * unused (its name lists the parts it has: core-autoblock-gcm-receipts-cookieplace has all four), and one UI;
 * src/cli/site-build.ts picks by the same names.
 */
const SITE_PARTS = { autoblock: "AUTO_BLOCK", gcm: "CONSENT_MODE", receipts: "RECEIPTS", cookieplace: "COOKIE_PLACE" };
const SITE_CORES = Object.fromEntries(
  Array.from({ length: 2 ** Object.keys(SITE_PARTS).length }, (_, bits) => {
    const parts = Object.keys(SITE_PARTS).filter((_, i) => bits & (1 << i));
    const flags = Object.fromEntries(Object.entries(SITE_PARTS).map(([part, flag]) => [flag, parts.includes(part)]));
    return [["core", ...parts].join("-"), flags];
  }),
);
// The validator's table (src/core/config-spec.generated.ts) is built at load time by these combinators of
// src/core/checks.ts; rollup keeps calls it can't prove harmless. They only make closures: a site core,
// which never validates, drops the table when they are declared pure.
const CHECK_COMBINATORS = ["shape", "list", "map", "oneOf", "id", "range", "matches", "is"];
const siteVariants = () => [
  ...Object.entries(SITE_CORES).map(([name, flags]) => ({
    input: "src/auto-core.ts",
    treeshake: { manualPureFunctions: CHECK_COMBINATORS },
    output: { file: `${DIST}/site/${name}.js`, format: "iife", strict: true },
    plugins: [
      buildFlags({ PREBUILT_CONFIG: true, BUNDLED_UI: false, ...flags }),
      withoutBundledUi(),
      rawCss(),
      resolve(),
      ts(),
      minify(),
    ],
  })),
  {
    input: "src/auto-ui.ts",
    output: { file: `${DIST}/site/ui.js`, format: "iife", strict: true },
    plugins: [buildFlags({ PREBUILT_CONFIG: true }), rawCss(), preactWithoutState(), resolve(), ts(), minify()],
  },
  {
    input: "src/auto-banner.ts",
    output: { file: `${DIST}/site/banner.js`, format: "iife", strict: true },
    plugins: [buildFlags({ PREBUILT_CONFIG: true }), rawCss(), resolve(), ts(), minify()],
  },
];

const adapter = (name) => [
  {
    input: `src/adapters/${name}.ts`,
    output: { file: `${DIST}/${name}.mjs`, format: "es" },
    external: FRAMEWORKS,
    plugins: [resolve(), ts(), minify()],
  },
  {
    input: `src/adapters/${name}.ts`,
    output: { file: `${DIST}/${name}.d.ts`, format: "es" },
    external: FRAMEWORKS,
    plugins: [dts({ tsconfig: "./tsconfig.json" })],
  },
];

export default [
  {
    input: "src/auto.ts",
    output: { file: `${DIST}/assent.js`, format: "iife", strict: true },
    plugins: [compactLocales(), rawCss(), preactWithoutState(), resolve(), ts(), minify(), siteFiles(), localeFiles()],
  },
  {
    input: "src/auto-core.ts",
    output: { file: `${DIST}/assent-core.js`, format: "iife", strict: true },
    plugins: [buildFlags({ BUNDLED_UI: false }), withoutBundledUi(), rawCss(), resolve(), ts(), minify()],
  },
  {
    input: "src/auto-ui.ts",
    output: { file: `${DIST}/assent-ui.js`, format: "iife", strict: true },
    plugins: [rawCss(), preactWithoutState(), resolve(), ts(), minify()],
  },
  {
    input: "src/auto-banner.ts",
    output: { file: `${DIST}/assent-banner.js`, format: "iife", strict: true },
    plugins: [rawCss(), resolve(), ts(), minify()],
  },
  {
    input: "src/index.ts",
    output: { file: `${DIST}/assent.mjs`, format: "es" },
    plugins: [compactLocales(), rawCss(), preactWithoutState(), resolve(), ts(), minify()],
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
    external: [/^node:/, /^parse5/],
    plugins: [ts()],
  },
  ...siteVariants(),
  ...adapter("react"),
  ...adapter("vue"),
];
