/**
 * Medians of the Lighthouse pass per visit, metric and contender, and the
 * counts that are not medians (audit errors, LCP elements in the tool's UI).
 */
import { summarize } from "../stats.mjs";

/** The figures reported per contender (read-audits.mjs names them). */
export const LIGHTHOUSE_METRICS = [
  { key: "fcp", label: "First Contentful Paint (ms)" },
  { key: "lcp", label: "Largest Contentful Paint (ms)" },
  { key: "tbt", label: "Total Blocking Time (ms)" },
  { key: "cls", label: "Cumulative Layout Shift" },
  { key: "renderBlockingTool", label: "Render-blocking: the tool's files (ms, Lighthouse's estimate)" },
  { key: "renderBlocking", label: "Render-blocking: whole page (ms)" },
  { key: "toolBytes", label: "The tool's files transferred (compressed, B)" },
  { key: "thirdPartyRequests", label: "Third-party requests" },
];

export const VISITS = ["first", "returning"];

/** `{ [visit]: { [metric]: { [contender]: summary } }, counts: { [visit]: { [contender]: {...} } } }`. */
export function computeLighthouse(runs, contenders) {
  const out = { counts: {} };
  for (const visit of VISITS) {
    const mine = runs.filter((r) => r.visit === visit);
    out[visit] = {};
    for (const { key } of LIGHTHOUSE_METRICS) {
      out[visit][key] = Object.fromEntries(
        contenders.map((c) => [c, summarize(mine.filter((r) => r.contender === c && !r.error).map((r) => r[key]))]),
      );
    }
    out.counts[visit] = Object.fromEntries(
      contenders.map((c) => {
        const list = mine.filter((r) => r.contender === c);
        const ok = list.filter((r) => !r.error);
        return [
          c,
          {
            runs: list.length,
            failed: list.length - ok.length,
            auditErrors: ok.reduce((n, r) => n + r.auditErrors.length, 0),
            lcpInTool: ok.filter((r) => r.lcpInTool).length,
            lcpUnknown: ok.filter((r) => r.lcpInTool == null).length,
            lcpElements: [...new Set(ok.map((r) => r.lcpElement))],
            layoutShifts: ok.reduce((n, r) => n + (r.layoutShifts || 0), 0),
          },
        ];
      }),
    );
  }
  return out;
}
