/**
 * The Lighthouse config of the bench: Lighthouse's default (mobile, simulated
 * throttling: 150 ms RTT, 1.6 Mbit/s, 4× CPU), only the audits the report
 * reads, and the trace gatherer that copes with Chromium 156's traces
 * (frame-reporter-trace.mjs).
 */
import { fileURLToPath } from "node:url";

/** The audits the bench reads (and Lighthouse computes); see lighthouse/run.mjs. */
export const AUDITS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "render-blocking-resources",
  "largest-contentful-paint-element",
  "layout-shifts",
  "network-requests",
];

export const LIGHTHOUSE_CONFIG = {
  extends: "lighthouse:default",
  settings: { onlyAudits: AUDITS },
  artifacts: [{ id: "Trace", gatherer: fileURLToPath(new URL("./frame-reporter-trace.mjs", import.meta.url)) }],
};
