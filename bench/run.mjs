/**
 * `npm run bench`: Assent against CookieConsent v3, Klaro and Orejime on the
 * same page, in headless Chromium, contenders interleaved (A B C D A B C D …)
 * at normal CPU and 4× throttled, plus an adversarial run with the first
 * tagged script 150 ms late. Writes bench/results/latest.{md,json} and
 * ratios.svg, prints the report and each target with PASS/MISS.
 *
 * BENCH_RUNS (default 16) sets the runs per contender and CPU rate;
 * BENCH_ADVERSARIAL_RUNS (default 3) the adversarial ones;
 * BENCH_CHROMIUM the browser (default /usr/bin/chromium).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../tests/e2e/chromium.mjs";
import { measureBytes } from "./bytes.mjs";
import { runJourney } from "./journey.mjs";
import { renderMarkdown, renderSvg } from "./report.mjs";
import { serveSite, writeSite } from "./site.mjs";
import { TOOLS, computeCorrectness, computeFigures, computeTargets } from "./stats.mjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const RESULTS = join(ROOT, "bench", "results");
const RUNS = Number(process.env.BENCH_RUNS) || 16;
const ADVERSARIAL_RUNS = Number(process.env.BENCH_ADVERSARIAL_RUNS) || 3;
const ADVERSARIAL_DELAY_MS = 150;
const RATES = [1, 4];
const CONTENDERS = ["baseline", ...TOOLS];
// Every page is measured in the foreground; keep Chromium from throttling timers of the others.
const FOREGROUND_ARGS = [
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
];

const log = (...args) => console.error(...args);
const version = (pkg) => JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;

async function journey(browser, server, options) {
  try {
    return await runJourney({ browser, server, ...options });
  } catch (error) {
    log(`  ${options.contender} ${options.cpuRate}×: ${error.message}`);
    return { ...options, error: error.message.split("\n")[0] };
  }
}

async function main() {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const site = writeSite({ adversarialDelayMs: ADVERSARIAL_DELAY_MS });
  const server = await serveSite(site.siteRoot);
  const browser = await launchChromium({ executablePath: process.env.BENCH_CHROMIUM, args: FOREGROUND_ARGS });
  const chromiumVersion = `Chromium ${browser.version()}`;
  const journeys = [];
  try {
    log("warm-up");
    for (const contender of CONTENDERS) await journey(browser, server, { contender, cpuRate: 1 });
    for (const cpuRate of RATES) {
      for (let run = 1; run <= RUNS; run++) {
        log(`${cpuRate}× CPU, run ${run}/${RUNS}`);
        for (const contender of CONTENDERS) journeys.push(await journey(browser, server, { contender, cpuRate }));
      }
    }
    for (let run = 1; run <= ADVERSARIAL_RUNS; run++) {
      log(`adversarial (first script +${ADVERSARIAL_DELAY_MS} ms), run ${run}/${ADVERSARIAL_RUNS}`);
      for (const contender of TOOLS) journeys.push(await journey(browser, server, { contender, cpuRate: 1, slowFirst: true }));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const bytes = Object.fromEntries(TOOLS.map((tool) => [tool, measureBytes(site.files[tool])]));
  const figures = computeFigures(journeys, RATES);
  const correctness = computeCorrectness(journeys);
  const targets = computeTargets({ figures, correctness, bytes, rates: RATES });
  const meta = {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    chromium: chromiumVersion,
    cpu: cpus()[0]?.model ?? "unknown CPU",
    cores: cpus().length,
    load: [loadBefore, loadavg()[0]].map((l) => l.toFixed(1)).join(" → "),
    node: process.versions.node,
    runs: RUNS,
    adversarialRuns: ADVERSARIAL_RUNS,
    adversarialDelayMs: ADVERSARIAL_DELAY_MS,
    server: "examples/server.mjs",
    seconds: (performance.now() - started) / 1000,
    names: {
      baseline: "no tool",
      assent: `Assent ${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}`,
      cookieconsent: `CookieConsent ${version("vanilla-cookieconsent")}`,
      klaro: `Klaro ${version("klaro")}`,
      orejime: `Orejime ${version("orejime")}`,
    },
  };
  const markdown = renderMarkdown({ meta, figures, correctness, bytes, targets, rates: RATES });
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, "latest.md"), markdown);
  writeFileSync(join(RESULTS, "ratios.svg"), renderSvg({ meta, figures, bytes, rates: RATES }));
  writeFileSync(
    join(RESULTS, "latest.json"),
    JSON.stringify({ meta, bytes, figures, correctness, targets, journeys }, null, 1) + "\n",
  );
  console.log(markdown);
  log(`wrote bench/results/latest.md, latest.json, ratios.svg in ${Math.round(meta.seconds)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
