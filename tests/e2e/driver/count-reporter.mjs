/**
 * A node:test reporter that writes one JSON line per finished test (name, file, passed/failed/skipped
 * and the skip reason), from which tests/e2e/run.mjs prints each engine's totals.
 */
import { basename } from "node:path";

export default async function* countReporter(source) {
  for await (const event of source) {
    if (event.type !== "test:pass" && event.type !== "test:fail") continue;
    const { name, file, skip, todo, details } = event.data;
    if (details && details.type === "suite") continue;
    const outcome = event.type === "test:fail" ? "failed" : skip !== undefined || todo !== undefined ? "skipped" : "passed";
    const reason = typeof skip === "string" ? skip : undefined;
    yield `${JSON.stringify({ name, file: file && basename(file), outcome, reason })}\n`;
  }
}
