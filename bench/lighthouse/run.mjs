/**
 * The Lighthouse pass of `npm run bench`: Lighthouse 12.2.3 in navigation
 * mode with its default mobile config (simulated 150 ms RTT, 1.6 Mbit/s,
 * 4× CPU; see config.mjs) on every contender's page, runs interleaved
 * (no tool, Assent, CookieConsent, Klaro, Orejime, no tool, …).
 *
 * - First visit: storage and HTTP cache cleared, no stored choice.
 * - Returning visit: a visit before it accepted everything with the tool's
 *   own button (in a Playwright page over CDP, disconnected before
 *   Lighthouse starts), so the choice is stored and the tool's files are in
 *   the HTTP cache; Lighthouse keeps both (`disableStorageReset`). The no-tool
 *   contender's returning page has the five scripts untagged.
 *
 * Chromium is Debian's (/usr/bin/chromium), started by chrome-launcher; no
 * browser is downloaded.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../../tests/e2e/chromium.mjs";
import { SCRIPTS } from "../fixture.mjs";
import { ACCEPT_BUTTON } from "../journey.mjs";
import { installProbe } from "../probe.mjs";
import { LIGHTHOUSE_CONFIG } from "./config.mjs";
import { VISITS } from "./figures.mjs";
import { readAudits } from "./read-audits.mjs";

/** Everything a first visit must start without: the stored choices and caches of earlier runs. */
const CLEAR_STORAGE = [
  "cookies",
  "local_storage",
  "indexeddb",
  "file_systems",
  "shader_cache",
  "service_workers",
  "cache_storage",
];
const PREPARE_TIMEOUT_MS = 15_000;

/** The page each contender is measured on: `{ first, returning }` file names. */
export const pageOf = (contender, visit) =>
  contender === "baseline" && visit === "returning" ? "baseline-scripts.html" : `${contender}.html`;

/** Visits `contender`'s page and clicks its Accept-all button, so the next visit is a returning one. */
async function acceptBefore(port, server, contender) {
  if (contender === "baseline") return;
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    // Another contender's stored choice may be there (Assent's setups share one cookie): start from none.
    await browser.contexts()[0].clearCookies();
    const page = await browser.contexts()[0].newPage();
    await page.addInitScript(installProbe, ACCEPT_BUTTON[contender]);
    await page.goto(`${server.siteOrigin}/${contender}.html`, { waitUntil: "load" });
    await page.waitForFunction(() => window.__bench.findAccept(), null, { timeout: PREPARE_TIMEOUT_MS });
    await page.evaluate(() => window.__bench.findAccept().click());
    await page.waitForFunction((n) => window.__bench.ran.length >= n, SCRIPTS.length, { timeout: PREPARE_TIMEOUT_MS });
    await page.close();
  } finally {
    await browser.close(); // over CDP this only disconnects
  }
}

/** One Lighthouse run; the figures of read-audits.mjs, or `{ error }`. */
async function measure(port, server, contender, visit) {
  const returning = visit === "returning";
  const url = `${server.siteOrigin}/${pageOf(contender, visit)}`;
  const flags = {
    port,
    logLevel: "error",
    output: "json",
    ...(returning ? { disableStorageReset: true } : { clearStorageTypes: CLEAR_STORAGE }),
  };
  const { lhr } = await lighthouse(url, flags, LIGHTHOUSE_CONFIG);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return readAudits(lhr, { siteOrigin: server.siteOrigin, thirdPartyOrigin: server.thirdPartyOrigin });
}

/**
 * Runs `runs` rounds over `contenders` (first visits, then returning visits,
 * each round interleaved; `visits` may leave one out). `inlineBytes[contender]` is added to the tool's bytes. Returns `{ runs: [{ contender, visit, run, ...figures | error }], chromium }`.
 */
export async function runLighthousePass({ server, contenders, runs, visits = VISITS, inlineBytes = {}, log = () => {} }) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.BENCH_CHROMIUM || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  const results = [];
  let version = "";
  try {
    const response = await fetch(`http://127.0.0.1:${chrome.port}/json/version`);
    version = (await response.json()).Browser;
    for (let run = 1; run <= runs; run++) {
      for (const visit of visits) {
        log(`Lighthouse ${visit} visits, run ${run}/${runs}`);
        for (const contender of contenders) {
          try {
            if (visit === "returning") await acceptBefore(chrome.port, server, contender);
            const figures = await measure(chrome.port, server, contender, visit);
            // A tool inlined in the page comes with every page, cached or not.
            figures.toolBytes += inlineBytes[contender] ?? 0;
            results.push({ contender, visit, run, ...figures });
          } catch (error) {
            log(`  ${contender} ${visit}: ${error.message.split("\n")[0]}`);
            results.push({ contender, visit, run, error: error.message.split("\n")[0] });
          }
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return { runs: results, chromium: version };
}
