/**
 * Renders the bench results: the Markdown report (tables of medians, ranges
 * and peer ÷ Assent ratios, correctness, targets) and a hand-written SVG bar
 * chart of the ratios.
 */
import { LIGHTHOUSE_METRICS, VISITS } from "./lighthouse/figures.mjs";
import { ASSENT_SETUPS, METRICS, PEERS, RECOMMENDED, TOOLS, ratio } from "./stats.mjs";

const f1 = (v) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1)) : "—");
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function cell(summary, assent, contender) {
  if (!summary) return "—";
  let text = `${f1(summary.median)} (${f1(summary.min)}–${f1(summary.max)})`;
  if (contender !== RECOMMENDED && TOOLS.includes(contender)) {
    const r = ratio(summary, assent);
    text += r === null ? " · ×—" : ` · **×${r.toFixed(2)}**`;
  }
  return text;
}

/** The Markdown report. `meta.names` maps contender ids to display names. */
export function renderMarkdown({ meta, figures, correctness, bytes, targets, lighthouse, rates }) {
  const { names } = meta;
  const lines = [];
  lines.push(`# Assent benchmark`);
  lines.push("");
  lines.push(
    `${meta.date} · ${meta.chromium} · ${meta.cpu} (${meta.cores} cores, load ${meta.load}) · Node ${meta.node} · ${meta.runs} interleaved runs per contender and CPU rate, ${meta.adversarialRuns} adversarial, ${meta.lighthouseRuns} Lighthouse ${meta.lighthouse} runs per contender and visit · ${Math.round(meta.seconds)} s · \`${meta.command}\``,
  );
  lines.push("");
  lines.push(
    `Networks (DevTools throttling, per request; files from the HTTP cache are not throttled): ${rates.map((r) => `${r}× CPU — ${meta.networks[r]}`).join("; ")}. The site's own files are served brotli-compressed.`,
  );
  lines.push("");
  lines.push(
    `Cells: median (min–max); **×r** = contender ÷ ${names[RECOMMENDED]}, the recommended setup (above 1: it is better).` +
      " Main-thread figures are Chrome's `Performance.getMetrics` ScriptDuration / TaskDuration of the page measured as main-thread CPU time (`threadTicks`), minus the median of the same page with no consent tool (first visit: no tags; returning visit: the five tags untagged). Other timings are wall-clock `performance.now()` in the page, so they suffer when the machine is busy (see load).",
  );

  lines.push("");
  lines.push("## Bytes (JS + CSS the tool ships)");
  lines.push("");
  lines.push(`| contender | files | raw | gzip | brotli | brotli ÷ ${names[RECOMMENDED]} |`);
  lines.push("| --- | --- | ---: | ---: | ---: | ---: |");
  for (const tool of TOOLS) {
    const b = bytes[tool];
    const r = (b.brotli / bytes[RECOMMENDED].brotli).toFixed(2);
    lines.push(`| ${names[tool]} | ${b.files.join(", ")} | ${kib(b.raw)} | ${kib(b.gzip)} | ${kib(b.brotli)} | ×${r} |`);
  }

  for (const rate of rates) {
    lines.push("");
    lines.push(`## Timings at ${rate}× CPU${rate > 1 ? " (CDP Emulation.setCPUThrottlingRate)" : ""}`);
    lines.push("");
    lines.push(`| metric | ${TOOLS.map((t) => names[t]).join(" | ")} | no tool |`);
    lines.push(`| --- | ${TOOLS.map(() => "---").join(" | ")} | --- |`);
    for (const metric of METRICS) {
      const row = figures[rate][metric.key];
      const baseline = metric.net ? `(raw ${f1(row.baselineRaw?.median)})` : cell(row.baseline, null, "baseline");
      lines.push(`| ${metric.label} | ${TOOLS.map((t) => cell(row[t], row[RECOMMENDED], t)).join(" | ")} | ${baseline} |`);
    }
  }

  if (lighthouse) lines.push("", ...renderLighthouse(lighthouse, names));

  lines.push("");
  lines.push("## Correctness");
  lines.push("");
  lines.push(
    "| contender | third-party requests before consent | out of order after Accept | out of order on return | with first script +150 ms: out of order after Accept / on return | Accept → ran with first +150 ms (ms, 1× CPU) | banner again on return | failed journeys |",
  );
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const tool of TOOLS) {
    const c = correctness[tool];
    const adv = c.adversarialAcceptToRan;
    lines.push(
      `| ${names[tool]} | ${c.leakedRequests} | ${c.outOfOrderAccept}/${c.normalRuns} | ${c.outOfOrderReturning}/${c.normalRuns} | ${c.adversarialOutOfOrderAccept}/${c.adversarialRuns} / ${c.adversarialOutOfOrderReturning}/${c.adversarialRuns} | ${adv ? `${f1(adv.median)} (${f1(adv.min)}–${f1(adv.max)})` : "—"} | ${c.bannerAgain} | ${c.failures.length}/${c.journeys} |`,
    );
  }

  lines.push("");
  lines.push("## Targets (issue 11), per setup of Assent");
  for (const setup of ASSENT_SETUPS) {
    lines.push("", `### ${names[setup]}${setup === RECOMMENDED ? " — the recommended setup" : ""}`, "");
    for (const t of targets[setup].targets) lines.push(`- **${t.pass ? "MET" : "MISSED"}** ${t.label} — ${t.detail}`);
  }
  lines.push("");
  lines.push(
    `Peers that blocked every third-party request before consent (the comparison set): ${targets[RECOMMENDED].blocking.map((p) => names[p]).join(", ") || "none"}.`,
  );
  lines.push("");
  lines.push("![Peer ÷ Assent ratios](ratios.svg)");
  lines.push("");
  return lines.join("\n");
}

/** The Lighthouse tables: medians (min–max) per visit, and the LCP element / audit-error counts. */
function renderLighthouse(lighthouse, names) {
  const contenders = ["baseline", ...TOOLS];
  const lines = ["## Lighthouse (mobile, simulated throttling: 150 ms RTT, 1.6 Mbit/s, 4× CPU)"];
  for (const visit of VISITS) {
    lines.push("");
    lines.push(
      visit === "first"
        ? "First visit (empty cache, no stored choice):"
        : "Returning visit (choice stored by Accept all, tool's files in the HTTP cache; no tool: the five scripts untagged):",
    );
    lines.push("");
    lines.push(`| metric | ${contenders.map((c) => names[c]).join(" | ")} |`);
    lines.push(`| --- | ${contenders.map(() => "---:").join(" | ")} |`);
    for (const { key, label } of LIGHTHOUSE_METRICS) {
      const row = lighthouse[visit][key];
      const digits = key === "cls" ? 3 : null;
      const show = (s) =>
        !s
          ? "—"
          : digits
            ? `${s.median.toFixed(digits)}`
            : `${f1(s.median)}${s.min !== s.max ? ` (${f1(s.min)}–${f1(s.max)})` : ""}`;
      lines.push(`| ${label} | ${contenders.map((c) => show(row[c])).join(" | ")} |`);
    }
    const counts = lighthouse.counts[visit];
    lines.push(
      `| LCP element in the tool's UI (runs) | ${contenders.map((c) => `${counts[c].lcpInTool}/${counts[c].runs - counts[c].failed}`).join(" | ")} |`,
    );
    lines.push(
      `| failed runs / audit errors | ${contenders.map((c) => `${counts[c].failed} / ${counts[c].auditErrors}`).join(" | ")} |`,
    );
  }
  return lines;
}

const COLORS = { cookieconsent: "#2b6cb0", klaro: "#c05621", orejime: "#2f855a" };
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A horizontal bar chart of peer ÷ Assent on a log scale: a bar to the right
 * of the 1× line means the peer costs more than Assent. Hand-written SVG, no
 * chart library.
 */
export function renderSvg({ meta, figures, bytes, rates }) {
  const rate = Math.max(...rates);
  const rows = [
    { label: "Bytes (brotli)", values: Object.fromEntries(PEERS.map((p) => [p, bytes[p].brotli / bytes[RECOMMENDED].brotli])) },
    ...["bannerVisible", "firstScript", "acceptToRan", "returningRan", "returningTask"].map((key) => {
      const metric = METRICS.find((m) => m.key === key);
      const row = figures[rate][key];
      return {
        label: `${metric.label.replace(/ \(ms.*\)$/, "").replace(/ \(ms\)$/, "")}`,
        values: Object.fromEntries(PEERS.map((p) => [p, ratio(row[p], row[RECOMMENDED])])),
      };
    }),
  ];
  const all = rows.flatMap((r) => Object.values(r.values)).filter((v) => v > 0);
  const lo = Math.min(0.5, 2 ** Math.floor(Math.log2(Math.min(...all, 1))));
  const hi = Math.max(4, 2 ** Math.ceil(Math.log2(Math.max(...all, 1))));
  const left = 330;
  const right = 860;
  const x = (v) => left + ((Math.log2(v) - Math.log2(lo)) / (Math.log2(hi) - Math.log2(lo))) * (right - left);
  const bar = 14;
  const groupH = PEERS.length * (bar + 4) + 14;
  const top = 78;
  const height = top + rows.length * groupH + 40;
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="920" height="${height}" viewBox="0 0 920 ${height}" font-family="system-ui, sans-serif" font-size="12">`,
  );
  out.push(`<rect width="920" height="${height}" fill="#fff"/>`);
  out.push(
    `<text x="20" y="26" font-size="16" font-weight="600">Peer ÷ Assent at ${rate}× CPU (log scale; right of 1× = Assent is better)</text>`,
  );
  out.push(`<text x="20" y="46" fill="#555">${esc(meta.date)} · ${esc(meta.chromium)} · medians of ${meta.runs} runs</text>`);
  PEERS.forEach((p, i) => {
    out.push(`<rect x="${20 + i * 170}" y="56" width="12" height="12" fill="${COLORS[p]}"/>`);
    out.push(`<text x="${38 + i * 170}" y="66">${esc(meta.names[p])}</text>`);
  });
  for (let v = lo; v <= hi; v *= 2) {
    const gx = x(v).toFixed(1);
    out.push(
      `<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${height - 34}" stroke="${v === 1 ? "#000" : "#ddd"}" stroke-width="${v === 1 ? 1.5 : 1}"/>`,
    );
    out.push(`<text x="${gx}" y="${height - 18}" text-anchor="middle" fill="#555">${v >= 1 ? v : `1/${1 / v}`}×</text>`);
  }
  rows.forEach((row, g) => {
    const gy = top + g * groupH;
    out.push(`<text x="20" y="${gy + 10 + ((PEERS.length * (bar + 4)) >> 1)}">${esc(row.label)}</text>`);
    PEERS.forEach((p, i) => {
      const y = gy + i * (bar + 4);
      const v = row.values[p];
      if (!(v > 0)) {
        out.push(`<text x="${x(1) + 4}" y="${y + bar - 3}" fill="#999">n/a</text>`);
        return;
      }
      const clamped = Math.min(Math.max(v, lo), hi);
      const x0 = Math.min(x(1), x(clamped));
      const w = Math.max(Math.abs(x(clamped) - x(1)), 1);
      out.push(
        `<rect x="${x0.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${COLORS[p]}"><title>${esc(meta.names[p])}: ×${v.toFixed(2)}</title></rect>`,
      );
      const tx = v >= 1 ? x0 + w + 4 : x0 - 4;
      out.push(`<text x="${tx.toFixed(1)}" y="${y + bar - 3}" text-anchor="${v >= 1 ? "start" : "end"}">×${v.toFixed(2)}</text>`);
    });
  });
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}
