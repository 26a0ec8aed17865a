/**
 * `npm run bench:language --workspace bench` (or `node bench/language-banner.mjs`): how long after navigation
 * the banner is visible on a German first visit, which fetches dist/locales/de.json (README, "Languages"),
 * against an English one, which needs no extra request. Same page (the bench's Assent page, bench/pages.mjs),
 * same config offering both languages; only `<html lang>` differs — and a German page whose <head> preloads
 * de.json (README, "Languages"), and the site build (`npx assent build`, README "Loading") in both languages,
 * whose UI file carries the strings of the config's languages, so German needs no request of its own. Headless Chromium, the pages interleaved (en de de-preload en …), each visit in a
 * fresh context (a first visit), on the bench's simulated networks (network.mjs): desktop at 1× CPU and mobile
 * at 4×. Prints the medians, and when the de.json request started and ended.
 *
 * LANGUAGE_BENCH_RUNS (default 9) sets the runs per language and CPU rate; BENCH_CHROMIUM the browser.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { launchChromium } from "../tests/e2e/chromium.mjs";
import { startServers } from "../examples/server.mjs";
import { assentConfig, buildPages } from "./pages.mjs";
import { installProbe } from "./probe.mjs";
import { emulateNetwork, NETWORKS } from "./network.mjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SITE = join(ROOT, "bench", ".site", "language");
const RUNS = Number(process.env.LANGUAGE_BENCH_RUNS) || 9;
const RATES = [1, 4];
/**
 * The pages: each language's `<html lang>` and "Accept all" (which the probe waits for; the strings the locales
 * hold), whether the page's <head> starts the locale's request itself, before the script (README, "Languages"),
 * whether it is the site build's page, and the English page it is compared with.
 */
const PAGES = {
  en: { lang: "en", accept: "Accept all", base: "en" },
  de: { lang: "de", accept: "Alle akzeptieren", base: "en" },
  "de-preload": { lang: "de", accept: "Alle akzeptieren", preload: "/dist/locales/de.json", base: "en" },
  "site-en": { lang: "en", accept: "Accept all", site: true, base: "site-en" },
  "site-de": { lang: "de", accept: "Alle akzeptieren", site: true, base: "site-en" },
};
const ASSENT_CLI = join(ROOT, "bin", "assent.mjs");

/** The site build's page for a config offering en and de: `assent build` run as a site would at deploy time. */
function sitePage() {
  const configFile = join(SITE, "assent-config.json");
  writeFileSync(configFile, JSON.stringify({ ...assentConfig(), languages: ["en", "de"] }));
  execFileSync(process.execPath, [ASSENT_CLI, "build", configFile, "--out", join(SITE, "site")], { encoding: "utf8" });
  const siteCoreText = readFileSync(join(SITE, "site", "assent-core.js"), "utf8");
  return buildPages({ assentSrc: "", adversarialDelayMs: 0, siteCoreText, siteBannerSrc: "/site/assent-banner.js" })[
    "assent-site.html"
  ];
}

/** The bench's Assent page, offering en and de, as each of PAGES. */
function writePages() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  const page = buildPages({ assentSrc: "/dist/assent.js", adversarialDelayMs: 0 })["assent.html"];
  const offered = page.replace('"languages":["en"]', '"languages":["en","de"]');
  if (offered == page || !page.includes("<head>"))
    throw new Error("bench/pages.mjs changed its page: update language-banner.mjs");
  const site = sitePage();
  for (const [name, { lang, preload, site: isSite }] of Object.entries(PAGES)) {
    const hint = preload ? `<head>\n  <link rel="preload" href="${preload}" as="fetch" crossorigin>` : "<head>";
    writeFileSync(
      join(SITE, `${name}.html`),
      (isSite ? site : offered).replace('<html lang="en">', `<html lang="${lang}">`).replace("<head>", hint),
    );
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** In the page: waits for the probe's "banner visible", then reads the timings of the script and the locale file. */
async function measure() {
  await Promise.race([window.__bench.banner, new Promise((_, reject) => setTimeout(() => reject(Error("no banner")), 15_000))]);
  const resources = performance.getEntriesByType("resource");
  const locales = resources.filter((entry) => entry.name.includes("/locales/"));
  const locale = locales[0];
  // The drop-in, or the site build's banner file (its core is inline).
  const script = resources.find((entry) => /\/assent(-banner)?\.js$/.test(entry.name));
  return {
    banner: window.__bench.bannerVisible,
    scriptEnd: script && script.responseEnd,
    localeStart: locale && locale.startTime,
    localeEnd: locale && locale.responseEnd,
    localeBytes: locale && locale.encodedBodySize,
    // 2 would mean the page's preload was not used and the script fetched the file again.
    localeRequests: locales.length,
  };
}

/** One first visit: ms from navigation start to the frame that paints the banner, and the locale request's timing. */
async function visit(browser, server, name, cpuRate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(installProbe, { selector: "button", text: PAGES[name].accept });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (cpuRate > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
    await emulateNetwork(cdp, cpuRate);
    await page.goto(`${server.siteOrigin}/${name}.html`, { waitUntil: "load" });
    // Raw CDP, not page.evaluate (whose helper script would run on the main thread while the banner is awaited).
    const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
      expression: `(${measure})()`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await context.close();
  }
}

async function main() {
  writePages();
  const server = await startServers({ siteRoot: SITE, compress: true });
  const browser = await launchChromium({ executablePath: process.env.BENCH_CHROMIUM });
  const load = loadavg()[0];
  try {
    console.log(
      `Chromium ${browser.version()}, ${RUNS} first visits per language and CPU rate, load average ${load.toFixed(1)} at start`,
    );
    for (const cpuRate of RATES) {
      await visit(browser, server, "en", cpuRate); // warm-up: the browser's own first-page costs
      const results = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
      for (let run = 0; run < RUNS; run++)
        for (const name in PAGES) results[name].push(await visit(browser, server, name, cpuRate));
      const figure = (name, key) => median(results[name].map((r) => r[key]));
      console.log(`\n${cpuRate}× CPU, ${NETWORKS[cpuRate].name}`);
      for (const name in PAGES) {
        const { base } = PAGES[name];
        const locale =
          name == base || PAGES[name].site
            ? ""
            : `; locale requested at ${figure(name, "localeStart").toFixed(0)} ms, arrived at ${figure(name, "localeEnd").toFixed(0)} ms (${results[name][0].localeBytes} B sent, ${Math.max(...results[name].map((r) => r.localeRequests))} request)`;
        console.log(
          `  ${name.padEnd(10)} banner visible at ${figure(name, "banner").toFixed(0)} ms (median; ${(figure(name, "banner") - figure(base, "banner")).toFixed(0)} ms after ${base}); ` +
            `${PAGES[name].site ? "assent-banner.js" : "assent.js"} arrived at ${figure(name, "scriptEnd").toFixed(0)} ms${locale}`,
        );
        console.log(`  ${"".padEnd(10)} each run: ${results[name].map((r) => r.banner.toFixed(0)).join(" ")}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
