/**
 * Turns raw journeys into the figures of the report: medians and ranges per
 * contender and CPU rate, main-thread costs net of the no-tool baseline,
 * correctness counts, and the targets with PASS/MISS.
 */

export const TOOLS = ["assent", "cookieconsent", "klaro", "orejime"];
export const PEERS = TOOLS.slice(1);

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
    };
  }
  return out;
}

/** Peer median ÷ Assent median; null when either is missing or not positive (net figures can be ≈ 0). */
export function ratio(peer, assent) {
  if (!peer || !assent || !(peer.median > 0) || !(assent.median > 0)) return null;
  return peer.median / assent.median;
}

/**
 * The targets (Assent against the best peer that blocked every third-party
 * request before consent, in the same run). Returns `[{ label, pass, detail }]`.
 */
export function computeTargets({ figures, correctness, bytes, rates }) {
  const blocking = PEERS.filter(
    (p) => correctness[p].leakyVisits === 0 && correctness[p].failures.length < correctness[p].journeys,
  );
  const best = (rate, key) => {
    const candidates = blocking.map((p) => [p, figures[rate]?.[key]?.[p]?.median]).filter(([, v]) => Number.isFinite(v));
    return candidates.sort((a, b) => a[1] - b[1])[0] ?? [null, NaN];
  };
  const assent = (rate, key) => figures[rate]?.[key]?.assent?.median;
  const fmt = (v) => (Number.isFinite(v) ? v.toFixed(1) : "n/a");
  const relative = (rate, key, factor, what) => {
    const [peer, peerValue] = best(rate, key);
    const mine = assent(rate, key);
    return {
      label: `${what} ≤ ${factor}× best peer (${rate}× CPU)`,
      pass: Number.isFinite(mine) && Number.isFinite(peerValue) && mine <= factor * peerValue,
      detail: `Assent ${fmt(mine)} ms vs ${peer ?? "no peer"} ${fmt(peerValue)} ms → ${Number.isFinite(mine) && peerValue > 0 ? (mine / peerValue).toFixed(2) + "×" : "n/a"}`,
    };
  };
  const slow = Math.max(...rates);
  const targets = [
    {
      label: "Drop-in bytes ≤ 10 KiB brotli",
      pass: bytes.assent.brotli <= 10 * 1024,
      detail: `${bytes.assent.brotli} B (${(bytes.assent.brotli / 1024).toFixed(2)} KiB)`,
    },
    relative(slow, "bannerVisible", 0.6, "Banner visible"),
    relative(slow, "firstScript", 0.5, "First-visit script time"),
    relative(slow, "returningTask", 0.5, "Returning-visit main-thread time"),
  ];
  for (const rate of rates) {
    const [peer, peerValue] = best(rate, "acceptToRan");
    const mine = assent(rate, "acceptToRan");
    targets.push({
      label: `Accept → all scripts ran no slower than the fastest peer, in document order (${rate}× CPU)`,
      pass: Number.isFinite(mine) && mine <= peerValue && correctness.assent.outOfOrderAccept === 0,
      detail: `Assent ${fmt(mine)} ms vs ${peer ?? "no peer"} ${fmt(peerValue)} ms; out of order: ${correctness.assent.outOfOrderAccept}/${correctness.assent.normalRuns}`,
    });
  }
  const c = correctness.assent;
  targets.push({
    label: "Zero third-party requests before consent",
    pass: c.leakedRequests === 0 && c.normalRuns + c.adversarialRuns > 0,
    detail: `${c.leakedRequests} requests in ${c.normalRuns + c.adversarialRuns} first visits`,
  });
  const disorder = c.outOfOrderAccept + c.outOfOrderReturning + c.adversarialOutOfOrderAccept + c.adversarialOutOfOrderReturning;
  targets.push({
    label: "Zero out-of-order scripts, also with the first script 150 ms late",
    pass: disorder === 0 && c.adversarialRuns > 0,
    detail: `${disorder} out of order in ${2 * (c.normalRuns + c.adversarialRuns)} accept/return visits (${c.adversarialRuns} adversarial journeys)`,
  });
  if (c.failures.length) targets.push({ label: "Every Assent journey completed", pass: false, detail: c.failures[0] });
  return { targets, blocking };
}
