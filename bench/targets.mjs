/**
 * The page-view targets of issue 11 (see bench/README.md), each checked
 * against the same run: one setup of Assent (`who`) against the best peer that blocked every
 * third-party request before consent, and against the page with no tool.
 * Returns `{ targets: [{ label, pass, ratio, detail }], blocking }`; `ratio`
 * is measured ÷ allowed (≤ 1 meets the target).
 */
import { PEERS } from "./stats.mjs";

const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "n/a");
const KIB = 1024;

/** A target "value ≤ limit": PASS/MISS with value ÷ limit as the ratio. */
function atMost(label, value, limit, detail) {
  const ok = Number.isFinite(value) && Number.isFinite(limit);
  const ratio = ok && limit > 0 ? value / limit : ok && value <= 0 ? 0 : NaN;
  return { label, pass: ok && value <= limit, ratio, detail: `${detail} → ${fmt(ratio, 2)} of the limit` };
}

export function computeTargets({ figures, correctness, lighthouse, rates, who = "assent" }) {
  const blocking = PEERS.filter(
    (p) => correctness[p].leakyVisits === 0 && correctness[p].failures.length < correctness[p].journeys,
  );
  const mid = (table, contender) => table?.[contender]?.median;
  const best = (table) =>
    blocking
      .map((p) => [p, mid(table, p)])
      .filter(([, v]) => Number.isFinite(v))
      .sort((a, b) => a[1] - b[1])[0] ?? [null, NaN];
  const slow = Math.max(...rates);
  const at = (rate, key) => figures[rate]?.[key];
  const lhFirst = lighthouse?.first ?? {};
  const lhBack = lighthouse?.returning ?? {};
  const targets = [];

  // First paint (Lighthouse mobile, first visit).
  const blockingMs = mid(lhFirst.renderBlockingTool, who);
  targets.push(
    atMost(
      "First paint: Assent's files hold it up ≤ 50 ms (Lighthouse render-blocking)",
      blockingMs,
      50,
      `${fmt(blockingMs)} ms`,
    ),
  );
  const fcp = mid(lhFirst.fcp, who);
  const fcpNone = mid(lhFirst.fcp, "baseline");
  targets.push(
    atMost(
      "First paint: FCP within 10% of no tool (Lighthouse)",
      fcp,
      1.1 * fcpNone,
      `${fmt(fcp)} ms vs no tool ${fmt(fcpNone)} ms`,
    ),
  );

  // The banner is never the page's largest contentful paint: every run named an LCP element, and none was
  // in the tool's UI (read-audits.mjs).
  const lcpRuns = lighthouse?.counts?.first?.[who];
  const lcpOk = lcpRuns ? lcpRuns.runs - lcpRuns.failed : 0;
  targets.push({
    label: "First visit: the banner is not the LCP element (Lighthouse mobile)",
    pass: lcpOk > 0 && lcpRuns.lcpInTool === 0 && lcpRuns.lcpUnknown === 0,
    ratio: NaN,
    detail: lcpRuns
      ? `in the tool's UI in ${lcpRuns.lcpInTool} of ${lcpOk} runs${lcpRuns.lcpUnknown ? `, not named in ${lcpRuns.lcpUnknown}` : ""}`
      : "no Lighthouse runs",
  });

  // Bytes (journeys at the mobile profile; the same at every rate).
  const firstBytes = mid(at(slow, "firstBytes"), who);
  targets.push(
    atMost("First visit: ≤ 12 KiB of Assent before the banner shows", firstBytes, 12 * KIB, `${fmt(firstBytes / KIB, 2)} KiB`),
  );
  const backBytes = mid(at(slow, "returningBytes"), who);
  targets.push(atMost("Returning visit: ≤ 6 KiB of Assent read", backBytes, 6 * KIB, `${fmt(backBytes / KIB, 2)} KiB`));

  // Main thread at 4× CPU.
  const [firstPeer, firstPeerMs] = best(at(slow, "firstScript"));
  const firstMs = mid(at(slow, "firstScript"), who);
  targets.push(
    atMost(
      `First visit: main-thread script ≤ best peer (${slow}× CPU)`,
      firstMs,
      firstPeerMs,
      `${fmt(firstMs)} ms vs ${firstPeer} ${fmt(firstPeerMs)} ms`,
    ),
  );
  const [backPeer, backPeerMs] = best(at(slow, "returningTask"));
  const backMs = mid(at(slow, "returningTask"), who);
  targets.push(
    atMost(
      `Returning visit: main-thread tasks ≤ 0.5× best peer (${slow}× CPU)`,
      backMs,
      0.5 * backPeerMs,
      `${fmt(backMs)} ms vs ${backPeer} ${fmt(backPeerMs)} ms`,
    ),
  );
  const c = correctness[who];
  targets.push({
    label: "Returning visit: no UI code loaded and no banner built",
    pass: c.uiOnReturn === 0 && c.bannerAgain === 0 && c.normalRuns > 0,
    ratio: NaN,
    detail: `UI file loaded on ${c.uiOnReturn} and a banner built on ${c.bannerAgain} of ${c.normalRuns + c.adversarialRuns} returning visits`,
  });

  // Accept all → all tagged scripts ran.
  for (const rate of rates) {
    const table = at(rate, "acceptToRan");
    const mine = mid(table, who);
    const cc = mid(table, "cookieconsent");
    const [peer, fastest] = best(table);
    targets.push(
      atMost(
        `Accept all → scripts ran faster than CookieConsent v3 (${rate}× CPU)`,
        mine,
        cc,
        `${fmt(mine)} ms vs ${fmt(cc)} ms`,
      ),
      atMost(
        `Accept all → scripts ran within 1.2× the fastest peer (${rate}× CPU)`,
        mine,
        1.2 * fastest,
        `${fmt(mine)} ms vs ${peer} ${fmt(fastest)} ms`,
      ),
    );
  }
  const disorder = c.outOfOrderAccept + c.outOfOrderReturning + c.adversarialOutOfOrderAccept + c.adversarialOutOfOrderReturning;
  targets.push({
    label: "Zero scripts out of document order, also with the first script 150 ms late",
    pass: disorder === 0 && c.adversarialRuns > 0,
    ratio: NaN,
    detail: `${disorder} out of order in ${2 * (c.normalRuns + c.adversarialRuns)} accept/return visits (${c.adversarialRuns} adversarial journeys)`,
  });

  // Consented content does not crowd out the page (Lighthouse, returning visit).
  const lcp = mid(lhBack.lcp, who);
  const lcpUntagged = mid(lhBack.lcp, "baseline");
  targets.push(
    atMost(
      "Returning visit: LCP no later than the same scripts untagged (Lighthouse)",
      lcp,
      lcpUntagged,
      `${fmt(lcp)} ms vs ${fmt(lcpUntagged)} ms`,
    ),
  );

  const lhLeaks = lighthouse ? (lhFirst.thirdPartyRequests?.assent?.max ?? NaN) : 0;
  targets.push({
    label: "Zero third-party requests before consent",
    pass: c.leakedRequests === 0 && lhLeaks === 0 && c.normalRuns + c.adversarialRuns > 0,
    ratio: NaN,
    detail: `${c.leakedRequests} in ${c.normalRuns + c.adversarialRuns} journeys' first visits, ${fmt(lhLeaks, 0)} in Lighthouse's`,
  });
  if (c.failures.length)
    targets.push({ label: "Every Assent journey completed", pass: false, ratio: NaN, detail: c.failures[0] });
  return { targets, blocking };
}
