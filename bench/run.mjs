/**
 * `npm run bench`: Assent against CookieConsent v3, Klaro and Orejime on the
 * same page, in headless Chromium, contenders interleaved (A B C D A B C D …)
 * at normal CPU on a desktop network and 4× throttled on a mobile one
 * (network.mjs), plus an adversarial run with the first tagged script 150 ms
 * late, then a Lighthouse pass (lighthouse/run.mjs). Writes
 * bench/results/latest.{md,json}, a dated copy of the Markdown and
 * ratios.svg, prints the report and each target with PASS/MISS.
 *
 * BENCH_RUNS (default 8) sets the runs per contender and CPU rate;
 * BENCH_ADVERSARIAL_RUNS (default 3) the adversarial ones;
 * BENCH_LIGHTHOUSE_RUNS (default 4; 0 skips the pass) the Lighthouse runs per contender and visit;
 * BENCH_CHROMIUM the browser (default /usr/bin/chromium).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../tests/e2e/chromium.mjs";
import { measureBytes } from "./bytes.mjs";
import { runJourney } from "./journey.mjs";
import { computeLighthouse } from "./lighthouse/figures.mjs";
import { runLighthousePass } from "./lighthouse/run.mjs";
import { NETWORKS } from "./network.mjs";
import { renderMarkdown, renderSvg } from "./report.mjs";
import { serveSite, writeSite } from "./site.mjs";
import { ASSENT_SETUPS, TOOLS, computeCorrectness, computeFigures } from "./stats.mjs";
import { computeTargets } from "./targets.mjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const RESULTS = join(ROOT, "bench", "results");
const RUNS = Number(process.env.BENCH_RUNS) || 8;
const ADVERSARIAL_RUNS = Number(process.env.BENCH_ADVERSARIAL_RUNS) || 3;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 4);
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
const assentVersion = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const version = (pkg) => JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;

async function journey(browser, server, options) {
  try {
    return { ...(await runJourney({ browser, server, ...options })), inlineBytes: options.inlineBytes };
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
    for (const contender of CONTENDERS)
      await journey(browser, server, { inlineBytes: site.inlineBytes[contender] ?? 0, contender, cpuRate: 1 });
    for (const cpuRate of RATES) {
      for (let run = 1; run <= RUNS; run++) {
        log(`${cpuRate}× CPU, run ${run}/${RUNS}`);
        for (const contender of CONTENDERS)
          journeys.push(await journey(browser, server, { inlineBytes: site.inlineBytes[contender] ?? 0, contender, cpuRate }));
      }
    }
    for (let run = 1; run <= ADVERSARIAL_RUNS; run++) {
      log(`adversarial (first script +${ADVERSARIAL_DELAY_MS} ms), run ${run}/${ADVERSARIAL_RUNS}`);
      for (const contender of TOOLS)
        journeys.push(
          await journey(browser, server, {
            inlineBytes: site.inlineBytes[contender] ?? 0,
            contender,
            cpuRate: 1,
            slowFirst: true,
          }),
        );
    }
  } finally {
    await browser.close();
  }
  let lighthouseRuns = [];
  try {
    if (LIGHTHOUSE_RUNS > 0) {
      lighthouseRuns = (
        await runLighthousePass({ server, contenders: CONTENDERS, runs: LIGHTHOUSE_RUNS, inlineBytes: site.inlineBytes, log })
      ).runs;
    }
  } finally {
    await server.close();
  }

  const bytes = Object.fromEntries(TOOLS.map((tool) => [tool, measureBytes(site.files[tool])]));
  const figures = computeFigures(journeys, RATES);
  const correctness = computeCorrectness(journeys);
  const lighthouse = lighthouseRuns.length ? computeLighthouse(lighthouseRuns, CONTENDERS) : null;
  const targets = Object.fromEntries(
    ASSENT_SETUPS.map((who) => [who, computeTargets({ figures, correctness, lighthouse, rates: RATES, who })]),
  );
  const meta = {
    command: [
      "npm run bench",
      ...Object.entries(process.env)
        .filter(([k]) => k.startsWith("BENCH_"))
        .map(([k, v]) => `${k}=${v}`),
    ].join(" "),
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    chromium: chromiumVersion,
    cpu: cpus()[0]?.model ?? "unknown CPU",
    cores: cpus().length,
    load: [loadBefore, loadavg()[0]].map((l) => l.toFixed(1)).join(" → "),
    node: process.versions.node,
    runs: RUNS,
    adversarialRuns: ADVERSARIAL_RUNS,
    adversarialDelayMs: ADVERSARIAL_DELAY_MS,
    lighthouseRuns: LIGHTHOUSE_RUNS,
    lighthouse: version("lighthouse"),
    networks: Object.fromEntries(RATES.map((rate) => [rate, NETWORKS[rate].name])),
    server: "examples/server.mjs",
    seconds: (performance.now() - started) / 1000,
    names: {
      baseline: "no tool",
      assent: `Assent ${assentVersion} one file`,
      "assent-split": `Assent ${assentVersion} core + UI`,
      "assent-inline": `Assent ${assentVersion} inline core + banner`,
      "assent-site": `Assent ${assentVersion} site build + banner`,
      cookieconsent: `CookieConsent ${version("vanilla-cookieconsent")}`,
      klaro: `Klaro ${version("klaro")}`,
      orejime: `Orejime ${version("orejime")}`,
    },
  };
  const markdown = renderMarkdown({ meta, figures, correctness, bytes, targets, lighthouse, rates: RATES });
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, "latest.md"), markdown);
  writeFileSync(join(RESULTS, `${meta.date.slice(0, 16).replace(/[ :]/g, "-").replace(/-UTC$/, "")}.md`), markdown);
  writeFileSync(join(RESULTS, "ratios.svg"), renderSvg({ meta, figures, bytes, rates: RATES }));
  writeFileSync(
    join(RESULTS, "latest.json"),
    JSON.stringify({ meta, bytes, figures, correctness, targets, lighthouse, journeys, lighthouseRuns }, null, 1) + "\n",
  );
  console.log(markdown);
  log(`wrote bench/results/latest.md, latest.json, ratios.svg in ${Math.round(meta.seconds)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
