/**
 * Turns raw journeys into the figures of the report: medians and ranges per
 * contender and CPU rate, main-thread costs net of the no-tool baseline,
 * correctness counts, and the targets with PASS/MISS.
 */

/**
 * Assent's setups, measured side by side (README "Loading"): the one-file drop-in (dist/assent.js), the
 * split drop-in (dist/assent-core.js in <head>, loading dist/assent-ui.js when needed), the core
 * inlined in <head> with the banner-first UI (dist/assent-banner.js), and the site build (`assent
 * build`: the same, with the config inlined in the core and the UI files holding only its languages).
 */
export const ASSENT_SETUPS = ["assent", "assent-split", "assent-inline", "assent-site"];
/** The setup the README recommends; ratios and the chart are against it. */
export const RECOMMENDED = "assent-site";
export const PEERS = ["cookieconsent", "klaro", "orejime"];
export const TOOLS = [...ASSENT_SETUPS, ...PEERS];
/** Assent's UI files (the whole UI, or the banner-first one), loaded only when something must be shown. */
const UI_FILE = /^assent-(ui|banner)\b/;

/** `{ median, min, max, n }` of the finite numbers in `values` (null when there are none). */
export function summarize(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/**
 * The timed metrics. `pick` reads one journey; `net` names the baseline
 * figure subtracted (its median, same CPU rate) so the number is the tool's own
 * cost; `lower` says smaller is better (all of them are).
 */
export const METRICS = [
  {
    key: "bannerVisible",
    label: "First visit: navigation → banner visible (ms; no tool: its content visible)",
    pick: (j) => j.first?.bannerVisible,
  },
  {
    key: "firstBytes",
    label: "First visit: tool bytes downloaded before the banner showed (compressed, B)",
    pick: (j) => j.first?.toolBytes + (j.inlineBytes ?? 0),
  },
  {
    key: "firstScript",
    label: "First visit: main-thread script (ms, net of baseline)",
    pick: (j) => j.first?.script,
    net: (b) => b.first?.script,
  },
  {
    key: "firstTask",
    label: "First visit: main-thread tasks (ms, net of baseline)",
    pick: (j) => j.first?.task,
    net: (b) => b.first?.task,
  },
  { key: "acceptToFetch", label: "Accept all click → first tagged script requested (ms)", pick: (j) => j.accept?.toFirstFetch },
  { key: "acceptToRan", label: "Accept all click → all 5 tagged scripts ran (ms)", pick: (j) => j.accept?.toAllRan },
  { key: "acceptScript", label: "Accept all: main-thread script (ms, incl. the 5 tags)", pick: (j) => j.accept?.script },
  {
    key: "returningFetch",
    label: "Returning visit: navigation → first tagged script requested (ms)",
    pick: (j) => j.returning?.firstFetch,
  },
  { key: "returningRan", label: "Returning visit: navigation → all 5 scripts ran (ms)", pick: (j) => j.returning?.allRan },
  {
    key: "returningBytes",
    label: "Returning visit: tool bytes read, from cache or network (compressed, B)",
    pick: (j) => j.returning?.toolBytes + (j.inlineBytes ?? 0),
  },
  {
    key: "returningScript",
    label: "Returning visit: main-thread script (ms, net of baseline)",
    pick: (j) => j.returning?.script,
    net: (b) => b.returning?.script,
  },
  {
    key: "returningTask",
    label: "Returning visit: main-thread tasks (ms, net of baseline)",
    pick: (j) => j.returning?.task,
    net: (b) => b.returning?.task,
  },
];

/** Figures per CPU rate, metric and contender: `{ [rate]: { [metric]: { [contender]: summary } } }`. */
export function computeFigures(journeys, rates) {
  const figures = {};
  for (const rate of rates) {
    const ok = journeys.filter((j) => j.cpuRate === rate && !j.slowFirst && !j.error);
    const baseline = ok.filter((j) => j.contender === "baseline");
    figures[rate] = {};
    for (const metric of METRICS) {
      const offset = metric.net ? (summarize(baseline.map(metric.net))?.median ?? 0) : 0;
      figures[rate][metric.key] = {};
      for (const contender of ["baseline", ...TOOLS]) {
        if (contender === "baseline" && metric.net) continue;
        const values = ok
          .filter((j) => j.contender === contender)
          .map(metric.pick)
          .filter(Number.isFinite);
        figures[rate][metric.key][contender] = summarize(values.map((v) => v - offset));
      }
      if (metric.net) figures[rate][metric.key].baselineRaw = summarize(baseline.map(metric.net));
    }
  }
  return figures;
}

/** Correctness per tool, over every journey (normal and adversarial). */
export function computeCorrectness(journeys) {
  const out = {};
  for (const tool of TOOLS) {
    const mine = journeys.filter((j) => j.contender === tool);
    const normal = mine.filter((j) => !j.slowFirst && !j.error);
    const slow = mine.filter((j) => j.slowFirst && !j.error);
    const count = (list, test) => list.filter(test).length;
    out[tool] = {
      journeys: mine.length,
      failures: mine.filter((j) => j.error).map((j) => j.error),
      leakyVisits: count([...normal, ...slow], (j) => j.first.leaks.length > 0),
      leakedRequests: [...normal, ...slow].reduce((n, j) => n + j.first.leaks.length, 0),
      outOfOrderAccept: count(normal, (j) => !j.accept.ordered),
      outOfOrderReturning: count(normal, (j) => !j.returning.ordered),
      normalRuns: normal.length,
      adversarialRuns: slow.length,
      adversarialOutOfOrderAccept: count(slow, (j) => !j.accept.ordered),
      adversarialOutOfOrderReturning: count(slow, (j) => !j.returning.ordered),
      adversarialAcceptToRan: summarize(slow.map((j) => j.accept.toAllRan)),
      bannerAgain: count([...normal, ...slow], (j) => j.returning.bannerShown),
      uiOnReturn: count([...normal, ...slow], (j) => (j.returning.toolFiles ?? []).some((f) => UI_FILE.test(f))),
    };
  }
  return out;
}

/** Peer median ÷ Assent median; null when either is missing or not positive (net figures can be ≈ 0). */
export function ratio(peer, assent) {
  if (!peer || !assent || !(peer.median > 0) || !(assent.median > 0)) return null;
  return peer.median / assent.median;
}
