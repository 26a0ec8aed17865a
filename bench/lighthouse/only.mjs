/**
 * `npm run lighthouse --workspace bench`: the Lighthouse pass of `npm run bench` on its own, without the
 * journeys, for checking a change to what Lighthouse sees (first paint, LCP element) in a few minutes.
 * Needs `npm run build` first. Prints FCP, LCP, CLS and the LCP-element counts per contender and visit;
 * writes nothing (results/ stays the full bench's).
 *
 * BENCH_LIGHTHOUSE_RUNS (default 3) the runs per contender and visit;
 * BENCH_CONTENDERS a comma-separated subset (default: no tool, every Assent setup and every peer);
 * BENCH_VISITS "first", "returning" or both (default);
 * BENCH_CHROMIUM the browser (default /usr/bin/chromium).
 */
import { serveSite, writeSite } from "../site.mjs";
import { TOOLS } from "../stats.mjs";
import { VISITS, computeLighthouse } from "./figures.mjs";
import { runLighthousePass } from "./run.mjs";

const ALL = ["baseline", ...TOOLS];
const list = (value, fallback) => (value ? value.split(",").map((s) => s.trim()) : fallback);
const contenders = list(process.env.BENCH_CONTENDERS, ALL);
const visits = list(process.env.BENCH_VISITS, VISITS);
const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3;
for (const c of contenders) if (!ALL.includes(c)) throw new Error(`BENCH_CONTENDERS: no contender "${c}" (${ALL.join(", ")})`);
for (const v of visits) if (!VISITS.includes(v)) throw new Error(`BENCH_VISITS: no visit "${v}" (${VISITS.join(", ")})`);

const log = (...args) => console.error(...args);
const site = writeSite({ adversarialDelayMs: 150 });
const server = await serveSite(site.siteRoot);
let pass;
try {
  pass = await runLighthousePass({ server, contenders, runs, visits, inlineBytes: site.inlineBytes, log });
} finally {
  await server.close();
}
const lighthouse = computeLighthouse(pass.runs, contenders);
const ms = (s) => (s ? `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})` : "n/a");
const cls = (s) => (s ? s.max.toFixed(3) : "n/a");
console.log(`${pass.chromium}, Lighthouse mobile, ${runs} runs per contender and visit; medians (min–max), CLS the largest`);
for (const visit of visits) {
  console.log(
    `\n${visit} visit\n| contender | FCP (ms) | LCP (ms) | CLS | LCP element in the tool's UI | LCP elements |\n| --- | ---: | ---: | ---: | ---: | --- |`,
  );
  for (const c of contenders) {
    const n = lighthouse.counts[visit][c];
    console.log(
      `| ${c} | ${ms(lighthouse[visit].fcp[c])} | ${ms(lighthouse[visit].lcp[c])} | ${cls(lighthouse[visit].cls[c])} | ${n.lcpInTool}/${n.runs - n.failed} | ${n.lcpElements.join(", ")} |`,
    );
  }
}
