/**
 * How the browser tests and the benchmark start Chromium: Debian's build (no browser download),
 * headless, with its own background work (updates, sync, network prefetch) turned off so that
 * nothing but the page makes requests or spends CPU time.
 */
import { chromium } from "playwright-core";

/** The flags every launch uses; `--no-sandbox` because the tests may run as root in a container. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** Launches the Chromium at `executablePath` (default /usr/bin/chromium) with CHROMIUM_ARGS and any extra `args`. */
export function launchChromium({ executablePath, args = [] } = {}) {
  return chromium.launch({ executablePath: executablePath || "/usr/bin/chromium", args: [...CHROMIUM_ARGS, ...args] });
}
