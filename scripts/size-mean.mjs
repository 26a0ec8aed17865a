// `npm run size:mean [files…]`: the brotli size of each built file as the mean over neutral variants of it.
//
// One brotli (quality 11) figure of dist/assent.js moves by tens of bytes on edits that mean nothing (a trailing
// newline: +33 to +67 B; terser renames variables across the bundle after any edit), so one build cannot judge
// a change of that size. Each variant prefixes the file with a comment of k characters (k = 0 … VARIANTS - 1),
// and the comment's own compressed cost is taken off; the mean of those figures moves by a few bytes at most.
// `npm run size` (size-limit, one figure per file) keeps the budgets; this is for judging a change.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const VARIANTS = 24;
const DEFAULT_FILES = ["dist/assent.js", "dist/assent-core.js", "dist/assent-ui.js", "dist/assent.mjs", "dist/site/core.js"];

const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const prefix = (k) => (k ? `/*${"x".repeat(k)}*/\n` : "");

for (const file of process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_FILES) {
  const text = readFileSync(file, "utf8");
  const sizes = Array.from({ length: VARIANTS }, (_, k) => brotli(prefix(k) + text) - (k ? brotli(prefix(k)) - 1 : 0));
  const mean = sizes.reduce((a, b) => a + b) / VARIANTS;
  const spread = Math.sqrt(sizes.reduce((sum, size) => sum + (size - mean) ** 2, 0) / (VARIANTS - 1));
  const error = spread / Math.sqrt(VARIANTS);
  console.log(`${file}: ${mean.toFixed(0)} B ± ${error.toFixed(0)} (mean of ${VARIANTS}; one build: ${sizes[0]} B)`);
}
