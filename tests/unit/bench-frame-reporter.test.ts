import { describe, expect, it } from "vitest";
// @ts-expect-error: the bench is plain JavaScript without types
import { restoreFrameReporter } from "../../bench/lighthouse/frame-reporter.mjs";

describe("bench: restoreFrameReporter (Lighthouse 12.2.3 on Chromium 156 traces)", () => {
  it("copies frame_reporter back to chrome_frame_reporter on PipelineReporter events only", () => {
    const reporter = { frame_sequence: 7, state: "STATE_PRESENTED_ALL" };
    const events = [
      { name: "PipelineReporter", ph: "b", args: { frame_reporter: reporter } },
      { name: "PipelineReporter", ph: "e", args: {} },
      { name: "Screenshot", args: { frame_reporter: reporter } },
      { name: "PipelineReporter", ph: "b", args: { chrome_frame_reporter: { frame_sequence: 3 }, frame_reporter: reporter } },
    ];
    expect(restoreFrameReporter(events)).toBe(1);
    expect(events[0].args.chrome_frame_reporter).toBe(reporter);
    expect(events[1].args).toEqual({});
    expect(events[2].args).not.toHaveProperty("chrome_frame_reporter");
    expect(events[3].args.chrome_frame_reporter).toEqual({ frame_sequence: 3 });
  });
});
