/**
 * `node bench/autoblock.mjs` (after `npm run build`): what auto-blocking costs (README "Auto-blocking"). The bench's
 * Assent page is loaded in three variants, interleaved, with the journeys of journey.mjs: as it is (no `urls`:
 * nothing is patched or observed), with `urls` for its five tagged scripts (the guard on, nothing left for it to
 * do), and with `urls` and the five scripts untagged (the guard holds them). Prints the medians of main-thread
 * script time (CPU time, as the main bench reads it) on a first and a returning visit. BENCH_RUNS (default 8).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { launchChromium } from "../tests/e2e/chromium.mjs";
import { ACCEPT_BUTTON, runJourney } from "./journey.mjs";
import { SCRIPTS } from "./fixture.mjs";
import { serveSite, writeSite } from "./site.mjs";

const RUNS = Number(process.env.BENCH_RUNS) || 8;
const VARIANTS = ["assent", "assent-urls", "assent-untagged"];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

const { siteRoot } = writeSite({ adversarialDelayMs: 150 });
const page = readFileSync(join(siteRoot, "assent.html"), "utf8");
const [before, json, after] = page.split(/(?<=id="assent-config">)|(?=<\/script>)/).slice(0, 3);
const config = JSON.parse(json);
const owner = Object.fromEntries(SCRIPTS.map((s) => [s.id, s.file]));
for (const category of config.categories)
  for (const service of category.services) if (owner[service.id]) service.urls = [`127.0.0.1/third/${owner[service.id]}`];
const withUrls = before + JSON.stringify(config) + page.slice(before.length + json.length);
writeFileSync(join(siteRoot, "assent-urls.html"), withUrls);
writeFileSync(
  join(siteRoot, "assent-untagged.html"),
  withUrls.replace(/<script type="text\/plain" data-category="\w+" /g, "<script "),
);
void after;
for (const variant of VARIANTS) ACCEPT_BUTTON[variant] = ACCEPT_BUTTON.assent;

const server = await serveSite(siteRoot);
const browser = await launchChromium({ executablePath: process.env.BENCH_CHROMIUM });
const results = [];
try {
  for (const cpuRate of [1, 4])
    for (let run = 0; run < RUNS; run++)
      for (const contender of VARIANTS) {
        const result = await runJourney({ browser, server, contender, cpuRate }).catch((error) => ({
          contender,
          cpuRate,
          error,
        }));
        if (result.error) console.error(`  ${contender} ${cpuRate}×: ${result.error.message || result.error}`);
        else results.push(result);
      }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `Auto-blocking cost, medians of ${RUNS} interleaved runs, main-thread script time in ms (load ${loadavg()[0].toFixed(1)})`,
);
console.log("| variant | CPU | first visit | returning visit | leaks before consent |");
console.log("| --- | --- | --- | --- | --- |");
for (const cpuRate of [1, 4])
  for (const contender of VARIANTS) {
    const mine = results.filter((r) => r.contender == contender && r.cpuRate == cpuRate);
    const first = median(mine.map((r) => r.first.script)).toFixed(1);
    const returning = median(mine.map((r) => r.returning.script)).toFixed(1);
    const leaks = mine.reduce((sum, r) => sum + (r.first.leaks ? r.first.leaks.length || 0 : 0), 0);
    console.log(`| ${contender} | ${cpuRate}× | ${first} | ${returning} | ${leaks} |`);
  }
