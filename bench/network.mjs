/**
 * The simulated network of the Chromium journeys, one per CPU rate, from
 * Lighthouse's own throttling constants, as DevTools applies them (per
 * request: Lighthouse's RTT × 3.75, throughput × 0.9), so that bytes and
 * round trips cost what they cost real visitors:
 *
 * - 1× CPU: desktop, Lighthouse's "dense 4G" (40 ms RTT, 10 Mbit/s);
 * - 4× CPU: mobile, Lighthouse's default "slow 4G" (150 ms RTT, 1.6 Mbit/s).
 *
 * Responses read from the HTTP cache are not throttled (a returning
 * visitor's cached files cost no round trip).
 */
import { throttling } from "lighthouse/core/config/constants.js";

const {
  desktopDense4G,
  mobileSlow4G,
  DEVTOOLS_RTT_ADJUSTMENT_FACTOR: RTT,
  DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR: THROUGHPUT,
} = throttling;

/** `{ [cpuRate]: { name, latencyMs, downKbps, upKbps } }` (kbit = 1024 bits, as in Lighthouse). */
export const NETWORKS = {
  1: {
    name: "desktop: 40 ms RTT, 10 Mbit/s (150 ms per request, 9 Mbit/s)",
    latencyMs: desktopDense4G.rttMs * RTT,
    downKbps: desktopDense4G.throughputKbps * THROUGHPUT,
    upKbps: desktopDense4G.throughputKbps * THROUGHPUT,
  },
  4: {
    name: "mobile: 150 ms RTT, 1.6 Mbit/s (563 ms per request, 1.4 Mbit/s)",
    latencyMs: mobileSlow4G.requestLatencyMs,
    downKbps: mobileSlow4G.downloadThroughputKbps,
    upKbps: mobileSlow4G.uploadThroughputKbps,
  },
};

const bytesPerSecond = (kbps) => (kbps * 1024) / 8;

/** Throttles the page behind `cdp` (a CDP session) to the network of `cpuRate`. */
export async function emulateNetwork(cdp, cpuRate) {
  const network = NETWORKS[cpuRate];
  if (!network) throw new Error(`no network profile for ${cpuRate}× CPU (bench/network.mjs)`);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: network.latencyMs,
    downloadThroughput: bytesPerSecond(network.downKbps),
    uploadThroughput: bytesPerSecond(network.upKbps),
  });
}
