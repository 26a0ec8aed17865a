/**
 * `node bench/profile.mjs [contender] [cpuRate] [runs]`: where a contender
 * spends main-thread time. Runs first visit → Accept all → returning visit
 * with the V8 CPU profiler on, and prints, per phase, the time from
 * Performance.getMetrics (script, layout, style, tasks), how long the
 * tool's <script> held the parser (fetch included), the tool's own JS time
 * by entry point, and the functions with the most self time.
 *
 * For Assent it profiles an unminified build of src/ (rollup.config.mjs's
 * drop-in entry without terser), so the function names are readable.
 * Defaults: assent 4 5.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium } from "../tests/e2e/chromium.mjs";
import { SCRIPTS } from "./fixture.mjs";
import { ACCEPT_BUTTON } from "./journey.mjs";
import { buildPages } from "./pages.mjs";
import { installProbe } from "./probe.mjs";
import { SITE_ROOT, serveSite, writeSite } from "./site.mjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const [contender = "assent", rateArg = "4", runsArg = "5"] = process.argv.slice(2);
const CPU_RATE = Number(rateArg);
const RUNS = Number(runsArg);

/** Builds dist/assent.js's entry without minification into bench/.site/vendor/assent.debug.js. */
async function buildDebugAssent() {
  const { rollup } = await import("rollup");
  const configs = (await import(pathToFileURL(join(ROOT, "rollup.config.mjs")).href)).default;
  const drop = configs.find((c) => c.output?.file === "dist/assent.js");
  const plugins = drop.plugins.filter((p) => p && !["terser", "assent-site-files"].includes(p.name));
  const cwd = process.cwd();
  process.chdir(ROOT); // the config's paths are relative to the repo
  try {
    const bundle = await rollup({ input: drop.input, plugins });
    await bundle.write({ file: join(SITE_ROOT, "vendor", "assent.debug.js"), format: "iife", strict: true });
  } finally {
    process.chdir(cwd);
  }
}

/** Wraps the tool's <script> so the page records how long it blocked the parser. */
function timeToolScript(html) {
  return html.replace(
    /(<script[^>]*src="\/(?:dist|vendor)\/[^"]+\.js"[^>]*><\/script>)/,
    `<script>window.__toolStart = performance.now()</script>$1<script>window.__toolBlocked = performance.now() - window.__toolStart</script>`,
  );
}

async function inPage(cdp, expression) {
  const { result } = await cdp.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
  return result.value;
}

async function metrics(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value * 1000]));
  return { script: m.ScriptDuration, layout: m.LayoutDuration, style: m.RecalcStyleDuration, task: m.TaskDuration };
}

const TOOL_FILE = { assent: "assent", cookieconsent: "cookieconsent", klaro: "klaro", orejime: "orejime" }[contender];

function frameKey({ functionName, url, lineNumber, columnNumber }) {
  const file = url ? url.split("/").pop().split("?")[0] : "";
  return `${functionName || "(anonymous)"}  ${file}${file ? `:${lineNumber + 1}:${columnNumber + 1}` : ""}`;
}

/**
 * From a CPU profile (ms, summed into the maps): self time per function, and
 * the tool's inclusive time per entry point — every sample under a frame of
 * the tool's file (DOM and native calls it makes included), keyed by the
 * outermost such frame (the script's top level, an event handler, a timer);
 * and, within the tool's time, self time per innermost frame.
 */
function selfTimes(profile, into, entries, inner) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (dt[i] ?? 0) / 1000;
    let node = byId.get(profile.samples[i]);
    const key = frameKey(node.callFrame);
    into.set(key, (into.get(key) ?? 0) + ms);
    let outer = null;
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id).callFrame;
      if (frame.url.includes(TOOL_FILE)) outer = frame;
    }
    if (outer) {
      inner.set(key, (inner.get(key) ?? 0) + ms);
      const entry = frameKey(outer);
      entries.set(entry, (entries.get(entry) ?? 0) + ms);
      entries.set("= all", (entries.get("= all") ?? 0) + ms);
    }
  }
}

async function main() {
  const site = writeSite({ adversarialDelayMs: 150 });
  let src = contender !== "assent" ? `/vendor/ (${contender})` : "/dist/assent.js";
  if (contender === "assent") {
    try {
      await buildDebugAssent();
      src = "/vendor/assent.debug.js";
    } catch (error) {
      console.error(`unminified build failed (${error.message.split("\n")[0]}); profiling ${src}`);
    }
  }
  const html = buildPages({ assentSrc: src, adversarialDelayMs: 150 })[`${contender}.html`];
  writeFileSync(join(SITE_ROOT, "profile.html"), timeToolScript(html));
  const server = await serveSite(site.siteRoot);
  const browser = await launchChromium({ executablePath: process.env.BENCH_CHROMIUM });
  const phases = { first: [], accept: [], returning: [] };
  const hot = { first: new Map(), accept: new Map(), returning: new Map() };
  const entries = { first: new Map(), accept: new Map(), returning: new Map() };
  const inner = { first: new Map(), accept: new Map(), returning: new Map() };
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(installProbe, ACCEPT_BUTTON[contender]);
      for (const phase of ["first", "returning"]) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
        if (CPU_RATE > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });
        let before = await metrics(cdp);
        await cdp.send("Profiler.start");
        await page.goto(`${server.siteOrigin}/profile.html`, { waitUntil: "load" });
        await inPage(cdp, phase === "first" ? "window.__bench.banner" : `window.__bench.whenRan(${SCRIPTS.length})`);
        await page.waitForTimeout(300);
        selfTimes((await cdp.send("Profiler.stop")).profile, hot[phase], entries[phase], inner[phase]);
        let after = await metrics(cdp);
        const probe = await inPage(
          cdp,
          "({ blocked: window.__toolBlocked, dom: window.__bench.bannerDom, visible: window.__bench.bannerVisible, ran: window.__bench.ran.map((r) => r.t) })",
        );
        phases[phase].push({
          ...diffOf(after, before),
          parserBlocked: probe.blocked,
          bannerDom: probe.dom,
          bannerVisible: probe.visible,
          allRan: probe.ran.length ? Math.max(...probe.ran) : null,
        });
        if (phase === "first") {
          before = after;
          await cdp.send("Profiler.start");
          const box = await inPage(
            cdp,
            "(() => { const r = window.__bench.findAccept().getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()",
          );
          await page.mouse.click(box.x, box.y);
          await inPage(cdp, `window.__bench.whenRan(${SCRIPTS.length})`);
          await page.waitForTimeout(300);
          selfTimes((await cdp.send("Profiler.stop")).profile, hot.accept, entries.accept, inner.accept);
          after = await metrics(cdp);
          const t = await inPage(cdp, "({ click: window.__bench.click, ran: window.__bench.ran.map((r) => r.t) })");
          phases.accept.push({ ...diffOf(after, before), toAllRan: Math.max(...t.ran) - t.click });
        }
        await page.close();
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`# Profile of ${contender} at ${CPU_RATE}× CPU, ${RUNS} runs (${src})\n`);
  for (const phase of ["first", "accept", "returning"]) {
    const rows = phases[phase];
    const med = (k) => median(rows.map((r) => r[k]));
    console.log(`## ${phase}: medians (ms)`);
    console.log(
      Object.keys(rows[0])
        .map((k) => `${k} ${fmt(med(k))}`)
        .join(" · "),
    );
    console.log(`${contender}'s own JS, inclusive (with the DOM/native calls it makes), by entry point, mean per run:`);
    for (const [key, ms] of [...entries[phase]].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(`  ${fmt(ms / RUNS).padStart(7)}  ${key}`);
    console.log(`within it, self time per function (native calls by name), mean per run:`);
    for (const [key, ms] of [...inner[phase]].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  ${fmt(ms / RUNS).padStart(7)}  ${key}`);
    console.log(`top self time (whole page), mean per run:`);
    const top = [...hot[phase]]
      .filter(([k]) => k !== "(idle)  " && k !== "(root)  ")
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    for (const [key, ms] of top) console.log(`  ${fmt(ms / RUNS).padStart(7)}  ${key}`);
    console.log("");
  }
}

const diffOf = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k] - b[k]]));
const fmt = (v) => (Number.isFinite(v) ? v.toFixed(1) : "—");
function median(values) {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
