import { describe, expect, it } from "vitest";
// @ts-expect-error: the bench is plain JavaScript without types
import { readAudits } from "../../bench/lighthouse/read-audits.mjs";
// @ts-expect-error: the bench is plain JavaScript without types
import { computeLighthouse } from "../../bench/lighthouse/figures.mjs";
// @ts-expect-error: the bench is plain JavaScript without types
import { computeTargets } from "../../bench/targets.mjs";

const ORIGINS = { siteOrigin: "http://localhost:1", thirdPartyOrigin: "http://127.0.0.1:2" };
/** Lighthouse's node paths (index,tag pairs): a paragraph of the bench page, and the banner's text in its shadow root. */
const PAGE_P = "1,HTML,1,BODY,2,MAIN,0,P";
const BANNER_P = "1,HTML,1,BODY,15,DIV,a,#document-fragment,0,DIV,0,DIV,0,DIV,1,P";

/** A first visit's figures as the Lighthouse pass records them, from an lhr whose LCP element is at `path`. */
function firstVisit(path: string | null) {
  const node = path && { path, selector: "p" };
  const lhr = { audits: { "largest-contentful-paint-element": { details: { items: node ? [{ items: [{ node }] }] : [] } } } };
  return { contender: "assent", visit: "first", run: 1, ...readAudits(lhr, ORIGINS) };
}

function lcpTarget(runs: object[]) {
  const clean = { leakyVisits: 0, failures: [], journeys: 1, normalRuns: 1, adversarialRuns: 1 };
  const correctness = Object.fromEntries(["assent", "cookieconsent", "klaro", "orejime"].map((c) => [c, clean]));
  const lighthouse = computeLighthouse(runs, ["assent"]);
  const { targets } = computeTargets({ figures: {}, correctness, lighthouse, rates: [1, 4] });
  return targets.find((t: { label: string }) => t.label.startsWith("First visit: the banner is not the LCP element"));
}

describe("bench: the target that the banner is not the LCP element", () => {
  it("is met when every run's LCP element is the page's own content", () => {
    expect(lcpTarget([firstVisit(PAGE_P), firstVisit(PAGE_P), firstVisit(PAGE_P)])).toMatchObject({
      pass: true,
      detail: "in the tool's UI in 0 of 3 runs",
    });
  });

  it("is missed when one run's LCP element is the banner's text in its shadow root", () => {
    expect(lcpTarget([firstVisit(PAGE_P), firstVisit(BANNER_P), firstVisit(PAGE_P)])).toMatchObject({
      pass: false,
      detail: "in the tool's UI in 1 of 3 runs",
    });
  });

  it("is missed when a run names no LCP element, or when there are no runs", () => {
    expect(lcpTarget([firstVisit(PAGE_P), firstVisit(null)])).toMatchObject({ pass: false });
    expect(lcpTarget([])).toMatchObject({ pass: false });
  });
});
