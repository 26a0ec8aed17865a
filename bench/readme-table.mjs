/**
 * `node bench/readme-table.mjs`: rewrites the comparison table in the root
 * README (between `<!-- bench:table -->` and `<!-- /bench:table -->`) from
 * bench/results/latest.json, so the README quotes the last full run and
 * nothing else, formatted by the repository's Prettier config. `npm run bench` runs it after
 * writing the results.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { ASSENT_SETUPS, PEERS, RECOMMENDED } from "./stats.mjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const README = join(ROOT, "README.md");
const START = "<!-- bench:table -->";
const END = "<!-- /bench:table -->";

const ms = (v) => (Number.isFinite(v) ? `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms` : "—");
const kib = (v) => (Number.isFinite(v) ? `${(v / 1024).toFixed(1)} KiB` : "—");

/** The Markdown table (and the line saying where it comes from) for results `r`. */
export function renderTable(r) {
  // Results from before a setup was added have no column for it.
  const columns = [...ASSENT_SETUPS, ...PEERS].filter((c) => r.meta.names[c]);
  const slow = Math.max(...Object.keys(r.figures).map(Number));
  const fig = (key, fmt) => (c) => fmt(r.figures[slow][key]?.[c]?.median);
  const lh = (visit, key, fmt) => (c) => fmt(r.lighthouse?.[visit]?.[key]?.[c]?.median);
  const order = (c) => {
    const k = r.correctness[c];
    const bad = k.outOfOrderAccept + k.outOfOrderReturning + k.adversarialOutOfOrderAccept + k.adversarialOutOfOrderReturning;
    return `${bad} of ${2 * (k.normalRuns + k.adversarialRuns)}`;
  };
  const rows = [
    [
      "Lighthouse mobile, first visit: FCP (no tool: " + ms(r.lighthouse?.first?.fcp?.baseline?.median) + ")",
      lh("first", "fcp", ms),
    ],
    ["Lighthouse: the tool's render-blocking time", lh("first", "renderBlockingTool", ms)],
    [
      "Lighthouse, returning visit: LCP (scripts untagged: " + ms(r.lighthouse?.returning?.lcp?.baseline?.median) + ")",
      lh("returning", "lcp", ms),
    ],
    ["first visit: bytes before the banner shows", fig("firstBytes", kib)],
    ["returning visit: bytes read", fig("returningBytes", kib)],
    [`banner visible, ${slow}× CPU, mobile network`, fig("bannerVisible", ms)],
    [`first visit: main-thread script, ${slow}× CPU`, fig("firstScript", ms)],
    [`returning visit: main-thread tasks, ${slow}× CPU`, fig("returningTask", ms)],
    [`Accept all → five scripts ran, ${slow}× CPU`, fig("acceptToRan", ms)],
    ["visits with scripts out of document order", order],
  ];
  const names = columns.map((c) => r.meta.names[c].replace(/ \d+\.\d+\.\d+/, "") + (c === RECOMMENDED ? " (recommended)" : ""));
  const lines = [
    `Measured on ${r.meta.date}, ${r.meta.cores} cores (load ${r.meta.load}), ${r.meta.chromium}, \`${r.meta.command}\`: medians of ${r.meta.runs} journeys per contender and CPU rate and ${r.meta.lighthouseRuns} Lighthouse runs per visit ([full report](bench/results/latest.md)).`,
    "",
    `| | ${names.join(" | ")} |`,
    `| --- | ${columns.map(() => "---:").join(" | ")} |`,
    ...rows.map(([label, cell]) => `| ${label} | ${columns.map(cell).join(" | ")} |`),
  ];
  return lines.join("\n");
}

async function main() {
  const results = JSON.parse(readFileSync(join(ROOT, "bench", "results", "latest.json"), "utf8"));
  const readme = readFileSync(README, "utf8");
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  const text = readme.slice(0, start + START.length) + "\n\n" + renderTable(results) + "\n\n" + readme.slice(end);
  // Formatted as `npm run lint` expects (Prettier aligns the table's columns).
  writeFileSync(README, await format(text, { ...(await resolveConfig(README)), filepath: README }));
  console.error("README.md: comparison table rewritten from bench/results/latest.json");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
