/**
 * Lighthouse's own trace gatherer, with one field copied back so that
 * Lighthouse 12.2.3 can read traces of newer Chromium.
 *
 * Chromium 156 renamed `args.chrome_frame_reporter` of `PipelineReporter`
 * trace events to `args.frame_reporter`. Lighthouse's trace engine
 * (ScreenshotsHandler) reads the old name, throws, and takes the
 * LCP-element, layout-shift and render-blocking audits down with it. The
 * artifact is patched where it is handed out, so the gatherers that depend
 * on it (TraceElements, RootCauses) and every audit see the same fixed
 * trace. Used from bench/lighthouse/config.mjs.
 */
import Trace from "lighthouse/core/gather/gatherers/trace.js";
import { restoreFrameReporter } from "./frame-reporter.mjs";

export default class FrameReporterTrace extends Trace {
  getArtifact() {
    const trace = super.getArtifact();
    restoreFrameReporter(trace.traceEvents);
    return trace;
  }
}
