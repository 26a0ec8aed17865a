/**
 * `npm run test:e2e`: runs the browser tests (tests/e2e/*.test.mjs) once per engine — Chromium,
 * Firefox, WebKit, one after another — with node's test runner, one file at a time, and prints per
 * engine how many tests passed, failed and were skipped, and how long it took.
 *
 *   npm run test:e2e                          every engine, every file
 *   E2E_ENGINES=firefox,webkit npm run test:e2e   only these engines (or --engines=firefox,webkit)
 *   node tests/e2e/run.mjs order placeholder  only the files whose name holds one of these words
 *
 * An engine whose browser is not installed is skipped with what to install — except in CI
 * (CI=true), where that fails the run.
 */
import { existsSync, readdirSync, readFileSync, rmSync, mkdtempSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { ENGINES, ENGINE_NAMES } from "./driver/engines.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/assent.js", import.meta.url));
const reporter = fileURLToPath(new URL("./driver/count-reporter.mjs", import.meta.url));

const args = process.argv.slice(2);
const engineArg = args.find((arg) => arg.startsWith("--engines="));
const engines = (engineArg ? engineArg.slice("--engines=".length) : process.env.E2E_ENGINES || ENGINE_NAMES.join(","))
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = engines.filter((name) => !ENGINES[name]);
if (unknown.length) {
  console.error(`unknown engine ${unknown.join(", ")}: choose from ${ENGINE_NAMES.join(", ")}`);
  process.exit(1);
}
if (!existsSync(dist)) {
  console.error("browser tests need the build: dist/assent.js is missing (run `npm run build`).");
  process.exit(1);
}

// A file name (or part of one) on the command line runs only the matching test files.
const only = args.filter((arg) => !arg.startsWith("--"));
const files = readdirSync(here)
  .filter((name) => name.endsWith(".test.mjs") && (!only.length || only.some((part) => name.includes(part))))
  .sort()
  .map((name) => join(here, name));

const summaries = [];
let failed = false;
for (const engine of engines) {
  const missing = ENGINES[engine].missing();
  if (missing.length) {
    const what = `missing ${missing.join("; ")}`;
    summaries.push(`e2e ${engine}: ${CI() ? "FAILED" : "SKIPPED"}, ${what}`);
    if (CI()) failed = true;
    console.log(
      CI() ? `error: ${engine}: ${what} (CI=true: a missing browser fails the run)` : `${engine}: browser tests skipped, ${what}`,
    );
    continue;
  }
  console.log(`\n=== ${engine} ===`);
  const out = mkdtempSync(join(tmpdir(), "assent-e2e-"));
  const counts = join(out, "counts.jsonl");
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [
      "--test",
      "--test-concurrency=1",
      "--test-reporter=spec",
      "--test-reporter-destination=stdout",
      `--test-reporter=${reporter}`,
      `--test-reporter-destination=${counts}`,
      ...files,
    ],
    { stdio: "inherit", env: { ...process.env, E2E_ENGINE: engine } },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  const tests = existsSync(counts)
    ? readFileSync(counts, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
  rmSync(out, { recursive: true, force: true });
  const count = (outcome) => tests.filter((test) => test.outcome === outcome).length;
  if (result.status !== 0 || count("failed") > 0) failed = true;
  const exit = result.status !== 0 && count("failed") === 0 ? ` (test runner exited with ${result.status})` : "";
  summaries.push(
    `e2e ${engine}: ${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped in ${seconds} s${exit}`,
    ...tests
      .filter((test) => test.outcome !== "passed")
      .map((test) => `    ${test.outcome}: ${test.file} › ${test.name}${test.reason ? ` — ${test.reason}` : ""}`),
  );
}

console.log(`\n${summaries.join("\n")}`);
process.exit(failed ? 1 : 0);

function CI() {
  return process.env.CI === "true";
}
