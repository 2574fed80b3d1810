// load/read-source.ts readAsJson: whether inputs were all read as JSON, which decides how the check
// memo fingerprints a spec and whether the validator worker's documents are checked for NaN/±Infinity.
import { describe, expect, it } from "vitest";
import { readAsJson } from "../load/read-source.ts";

describe("readAsJson", () => {
  it.each([
    { given: "one JSON file", formats: ["json"] as const, want: true },
    { given: "a JSON spec and a JSON overlay", formats: ["json", "json"] as const, want: true },
    { given: "a JSON spec and a YAML overlay", formats: ["json", "yaml"] as const, want: false },
    { given: "one YAML file", formats: ["yaml"] as const, want: false },
    { given: "no files", formats: [] as const, want: true },
  ])("$given: $want", ({ formats, want }) => {
    expect(readAsJson(formats.map((format) => ({ format })))).toBe(want);
  });
});
