import { randomBytes } from "node:crypto";
import { ACTIONS, dashboardSince, summarize } from "../dashboard-data.mjs";
import { resolveText } from "../../dist/sdk.mjs";

const COLORS = { accept_all: "#2e7d32", custom: "#1565c0", reject_all: "#c62828", withdraw: "#6d4c41" };
const LABELS = { accept_all: "Accept all", custom: "Custom", reject_all: "Reject all", withdraw: "Withdraw" };

/**
 * GET /dashboard: the last 90 days for marketing, as one HTML page with
 * server-drawn SVG — no script at all, and its one stylesheet allowed by a
 * per-answer nonce, so it shows under the strictest Content-Security-Policy.
 */
export async function answerDashboard(res, { store, configs }) {
  const config = configs.get(Math.max(...configs.keys()));
  const data = summarize(await store.dailyCounts(dashboardSince()), config);
  const nonce = randomBytes(16).toString("base64");
  const title = (id) => {
    const category = config.categories.find((c) => c.id == id);
    // The page is in English: category titles in English when the site has them.
    const language = config.languages.includes("en") ? "en" : config.languages[0];
    return resolveText(category && category.title, language, config.languages[0]) || id;
  };
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  });
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent receipts: last 90 days</title>
<style nonce="${nonce}">
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#1a1a1a;background:#fff}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}svg{width:100%;height:auto;display:block}
.optin{list-style:none;padding:0;max-width:640px}.optin li{display:flex;flex-wrap:wrap;justify-content:space-between;margin:.8em 0}
.optin svg{height:1.2em;flex-basis:100%}.scroll{overflow-x:auto}.scroll svg{min-width:640px}
.legend span{margin-right:1.2em;white-space:nowrap}.legend i{display:inline-block;width:.8em;height:.8em;margin-right:.3em}
${ACTIONS.map((a) => `.k-${a}{background:${COLORS[a]}}`).join("")}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}svg text{fill:#eee}}
</style></head><body>
<h1>Consent receipts: last 90 days</h1>
<p>${data.choices} choices recorded (withdrawals not counted).</p>
<h2>Opt-in rate per category</h2>
${optInChart(data.optIn, title)}
<h2>Choices per day</h2>
<p class="legend">${ACTIONS.map((a) => `<span><i class="k-${a}"></i>${LABELS[a]}</span>`).join("")}</p>
<div class="scroll">${actionsChart(data.days)}</div>
</body></html>`);
}

/** One row per category: its name and rate as text (readable at any width), the bar as a stretched SVG. */
function optInChart(rows, title) {
  const items = rows.map((row) => {
    const pct = Math.round(row.rate * 1000) / 10;
    return `<li><span>${escapeXml(title(row.id))}</span><b>${pct}%</b>
<svg viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="${escapeXml(title(row.id))}: ${pct}%"><rect width="100" height="6" fill="#e0e0e0"/><rect width="${(100 * row.rate).toFixed(2)}" height="6" fill="#1565c0"/></svg></li>`;
  });
  return `<ul class="optin">${items.join("\n")}</ul>`;
}

function actionsChart(days) {
  const max = Math.max(1, ...days.map((d) => ACTIONS.reduce((sum, a) => sum + d.actions[a], 0)));
  const w = 9;
  const h = 220;
  const bars = days.flatMap((d, i) => {
    let y = h + 10;
    return ACTIONS.filter((a) => d.actions[a]).map((a) => {
      const bh = (d.actions[a] / max) * h;
      y -= bh;
      return `<rect x="${50 + i * w}" y="${y.toFixed(1)}" width="${w - 2}" height="${bh.toFixed(1)}" fill="${COLORS[a]}"><title>${d.date} ${LABELS[a]}: ${d.actions[a]}</title></rect>`;
    });
  });
  const ticks = days
    .map((d, i) =>
      // Every 15th day, and today at the right edge, anchored at its end so it stays inside the chart.
      i % 15 == 0 || i == days.length - 1
        ? `<text x="${50 + (i == days.length - 1 ? (i + 1) * w : i * w)}" y="${h + 30}" font-size="12"${i == days.length - 1 ? ' text-anchor="end"' : ""}>${d.date.slice(5)}</text>`
        : "",
    )
    .join("");
  return `<svg viewBox="0 0 ${60 + days.length * w} ${h + 40}" role="img" aria-label="Choices per day by action">
<text x="0" y="20" font-size="12">${max}</text><text x="0" y="${h + 10}" font-size="12">0</text>
<line x1="48" y1="${h + 10}" x2="${50 + days.length * w}" y2="${h + 10}" stroke="#888"/>${bars.join("")}${ticks}</svg>`;
}

const escapeXml = (text) => String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
