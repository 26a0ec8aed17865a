/**
 * `npm run test:e2e`: runs the browser tests (tests/e2e/*.test.mjs) one file at a time with node's
 * test runner, against Debian's Chromium. Without Chromium the suite is skipped, except in CI.
 */
import { existsSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { CHROMIUM_PATH } from "./helpers.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/assent.js", import.meta.url));

if (!existsSync(CHROMIUM_PATH)) {
  const message = `browser tests SKIPPED: Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
  if (process.env.CI === "true") {
    console.error(`error: ${message}`);
    process.exit(1);
  }
  console.log(message);
  process.exit(0);
}
if (!existsSync(dist)) {
  console.error("browser tests need the build: dist/assent.js is missing (run `npm run build`).");
  process.exit(1);
}

// A file name (or part of one) on the command line runs only the matching test files.
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith(".test.mjs") && (!only.length || only.some((part) => name.includes(part))))
  .sort()
  .map((name) => join(here, name));

const result = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
