import { describe, expect, it } from "vitest";
import { wantsEfficiencyMode } from "../v8-tuning.ts";

describe("wantsEfficiencyMode: V8's efficiency mode only where it was measured quicker", () => {
  it.each([
    { given: "a run that reuses its validator cache on two cores", reuses: true, cores: 2, want: true },
    { given: "a run that reuses its validator cache on one core", reuses: true, cores: 1, want: true },
    {
      given: "a run that reuses its validator cache on four cores (not measured)",
      reuses: true,
      cores: 4,
      want: false,
    },
    { given: "a cold run on two cores (6–7% slower in it)", reuses: false, cores: 2, want: false },
  ])("$given: $want", ({ reuses, cores, want }) => {
    expect(wantsEfficiencyMode(reuses, cores)).toBe(want);
  });
});
