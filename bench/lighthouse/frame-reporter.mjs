/**
 * Chromium 156 renamed `args.chrome_frame_reporter` of `PipelineReporter`
 * trace events to `args.frame_reporter`; Lighthouse 12.2.3 reads the old name
 * (see frame-reporter-trace.mjs, which applies this to every trace).
 */

/** Gives each `PipelineReporter` event the old field name back (in place); returns how many were fixed. */
export function restoreFrameReporter(traceEvents) {
  let fixed = 0;
  for (const event of traceEvents) {
    const args = event.args;
    if (event.name !== "PipelineReporter" || !args || args.chrome_frame_reporter || !args.frame_reporter) continue;
    args.chrome_frame_reporter = args.frame_reporter;
    fixed++;
  }
  return fixed;
}
