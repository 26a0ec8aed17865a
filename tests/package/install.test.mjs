// The package as a newcomer gets it: `npm pack`, installed from the tarball into a fresh project outside
// the repository, then used as the README says — the CLI, the ES module in Node, the types with tsc,
// the files of the exports map — and the tarball holds what a site needs and nothing of the repository's.
// Needs the build (`npm run build`); `npm test` runs it after the build.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(REPO, "node_modules/typescript/bin/tsc");
const GOOD_CONFIG = join(REPO, "examples/consent.json");

/** What a site needs from the package (README "Install"). */
const MUST_SHIP = [
  "package.json",
  "README.md",
  "LICENSE",
  "bin/assent.mjs",
  "dist/assent.js",
  "dist/assent.mjs",
  "dist/assent.d.ts",
  "dist/assent.css",
  "dist/config.schema.json",
  "dist/cli.mjs",
  // What `npx assent build` makes a site's files from.
  "dist/site/core.js",
  "dist/site/core-autoblock-gcm-receipts.js",
  "dist/site/core-autoblock-gcm-receipts-cookieplace.js",
  "dist/site/ui.js",
  "dist/site/banner.js",
  "dist/assent-banner.js",
  "dist/locales/de.json",
  "dist/react.mjs",
  "dist/react.d.ts",
  "dist/vue.mjs",
  "dist/vue.d.ts",
];
/** Repository parts that must stay out of the tarball. */
const MUST_NOT_SHIP =
  /^(src|tests|examples|bench|server|docs|\.ci|node_modules|styles)\/|\.test\.|\.tsx?$(?<!\.d\.ts)|^tsconfig|^rollup|^vitest|^eslint/;

let work;
let project;
let packed;

/** Runs `command args` in `cwd`; returns { status, stdout, stderr } (never throws). */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_yes: "true" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, all: result.stdout + result.stderr };
}

before(() => {
  assert.ok(existsSync(join(REPO, "dist/assent.js")), "the package needs the build: run `npm run build` first");
  work = mkdtempSync(join(tmpdir(), "assent-package-"));
  const [info] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: REPO, encoding: "utf8" }));
  packed = info;
  project = join(work, "site");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "newcomer-site", private: true, type: "module" }));
  // --prefer-offline: its dependencies come from npm's cache when `npm ci` has put them there.
  const install = run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, info.filename)], project);
  assert.equal(install.status, 0, `npm install of the tarball failed:\n${install.all}`);
});

after(() => work && rmSync(work, { recursive: true, force: true }));

test("the tarball holds what a site needs and nothing else of the repository", () => {
  const files = packed.files.map((file) => file.path);
  for (const file of MUST_SHIP) assert.ok(files.includes(file), `${file} is in the tarball`);
  const strays = files.filter((file) => MUST_NOT_SHIP.test(file));
  assert.deepEqual(strays, [], "no sources, tests or tooling in the tarball");
  assert.equal(JSON.parse(readFileSync(join(project, "node_modules/assent/package.json"), "utf8")).license, "MIT");
});

test("npx assent validate: exit 0 on a good config, 1 with the JSON path on a bad one", () => {
  copyFileSync(GOOD_CONFIG, join(project, "consent.json"));
  const good = run("npx", ["--no-install", "assent", "validate", "consent.json"], project);
  assert.equal(good.status, 0, good.all);
  const bad = JSON.parse(readFileSync(GOOD_CONFIG, "utf8"));
  bad.categories[1].id = "Not an id!";
  bad.layout = "sideways";
  writeFileSync(join(project, "bad.json"), JSON.stringify(bad));
  const result = run("npx", ["--no-install", "assent", "validate", "bad.json"], project);
  assert.equal(result.status, 1, result.all);
  assert.match(result.all, /categories\[1\]\.id/);
  assert.match(result.all, /\blayout\b/);
});

test("npx assent build writes the site's core and UI from the installed package; a bad config writes nothing", () => {
  copyFileSync(GOOD_CONFIG, join(project, "consent.json"));
  const result = run("npx", ["--no-install", "assent", "build", "consent.json", "--out", "public/assent"], project);
  assert.equal(result.status, 0, result.all);
  const core = readFileSync(join(project, "public/assent/assent-core.js"), "utf8");
  assert.ok(core.includes('"revision":1'), "the config is inlined in the core");
  assert.ok(existsSync(join(project, "public/assent/assent-ui.js")));
  writeFileSync(join(project, "bad.json"), JSON.stringify({ categories: [] }));
  const bad = run("npx", ["--no-install", "assent", "build", "bad.json", "--out", "public/bad"], project);
  assert.equal(bad.status, 1, bad.all);
  assert.ok(!existsSync(join(project, "public/bad")));
});

test("import { init } from 'assent' works in Node and the exports map resolves the site files", () => {
  writeFileSync(
    join(project, "use.mjs"),
    `import * as assent from "assent";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
const files = ["assent/assent.js", "assent/assent.css", "assent/config.schema.json"].map((id) => fileURLToPath(import.meta.resolve(id)));
console.log(JSON.stringify({ exports: Object.keys(assent).sort(), init: typeof assent.init, files, exist: files.map((f) => existsSync(f)) }));
`,
  );
  const result = run(process.execPath, ["use.mjs"], project);
  assert.equal(result.status, 0, result.all);
  const { exports, init, files, exist } = JSON.parse(result.stdout);
  assert.equal(init, "function");
  for (const name of ["acceptAll", "allowed", "getConsent", "init", "on", "rejectAll", "reset", "validateConfig"]) {
    assert.ok(exports.includes(name), `exports ${name}`);
  }
  assert.deepEqual(exist, [true, true, true], files.join());
  for (const file of files) assert.ok(file.includes(join("node_modules", "assent", "dist")), file);
  const schema = JSON.parse(readFileSync(files[2], "utf8"));
  assert.equal(schema.type, "object");
});

test("a TypeScript consumer type-checks against the shipped types, and a wrong call does not", () => {
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        lib: ["es2022", "dom"],
      },
      files: ["consumer.ts"],
    }),
  );
  writeFileSync(
    join(project, "consumer.ts"),
    `import { init, allowed, on, type AssentConfig, type Consent } from "assent";
const config: AssentConfig = { revision: 1, categories: [{ id: "necessary", required: true, title: "Necessary", description: "Needed." }] };
init(config);
const analytics: boolean = allowed("analytics");
const stop: () => void = on("consent", (consent: Consent) => console.log(consent.id, analytics));
stop();
// @ts-expect-error: revision is a number (fails if the types were missing or any)
init({ revision: "one", categories: [] });
`,
  );
  const result = run(process.execPath, [TSC, "-p", "."], project);
  assert.equal(result.status, 0, `tsc:\n${result.all}`);
});

test("a site with neither React nor Vue installs neither and imports assent fine; the adapters ask for theirs", () => {
  // React and Vue are optional peer dependencies (README "React and Vue"): npm installs neither.
  for (const framework of ["react", "react-dom", "vue"])
    assert.ok(!existsSync(join(project, "node_modules", framework)), `${framework} was not installed`);
  writeFileSync(
    join(project, "no-frameworks.mjs"),
    `import { consentFromCookies, init } from "assent";
const adapters = {};
for (const id of ["assent/react", "assent/vue"]) {
  const file = import.meta.resolve(id);
  adapters[id] = await import(id).then(() => "loaded", (error) => error.code + " " + error.message.split("\\n")[0]);
  adapters[id + " file"] = file.slice(file.indexOf("node_modules"));
}
console.log(JSON.stringify({ init: typeof init, read: consentFromCookies("a=1", { categories: [] }), adapters }));
`,
  );
  const result = run(process.execPath, ["no-frameworks.mjs"], project);
  assert.equal(result.status, 0, result.all);
  const { init, read, adapters } = JSON.parse(result.stdout);
  assert.equal(init, "function");
  assert.equal(read, null);
  assert.equal(adapters["assent/react file"], join("node_modules", "assent", "dist", "react.mjs"));
  assert.equal(adapters["assent/vue file"], join("node_modules", "assent", "dist", "vue.mjs"));
  // Only when a site imports an adapter does it need the framework, and the error names it.
  assert.match(adapters["assent/react"], /ERR_MODULE_NOT_FOUND.*'react'/);
  assert.match(adapters["assent/vue"], /ERR_MODULE_NOT_FOUND.*'vue'/);
});
