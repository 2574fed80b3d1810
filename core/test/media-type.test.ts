import { describe, expect, it } from "vitest";
import { essence, type MediaKind, mediaKind } from "../media-type.ts";

describe("mediaKind", () => {
  it.each<{ given: string; want: MediaKind }>([
    { given: "application/json", want: "json" },
    { given: "Application/JSON; charset=utf-8", want: "json" },
    { given: "application/merge-patch+json", want: "json" },
    { given: "application/json-patch+json", want: "json" },
    { given: "application/problem+json", want: "json" },
    { given: "application/vnd.github.v3+json", want: "json" },
    { given: "application/x-www-form-urlencoded", want: "form" },
    { given: "multipart/form-data", want: "multipart" },
    { given: "text/csv", want: "text" },
    { given: "text/plain; charset=utf-8", want: "text" },
    { given: "application/xml", want: "text" },
    { given: "application/atom+xml", want: "text" },
    { given: "application/yaml", want: "text" },
    { given: "*/*", want: "any" },
    { given: "image/*", want: "any" },
    { given: "application/octet-stream", want: "binary" },
    { given: "image/png", want: "binary" },
    { given: "application/pdf", want: "binary" },
    { given: "multipart/mixed", want: "binary" },
    // Negative twins: names that only look like the kinds above.
    { given: "application/jsonl", want: "binary" },
    { given: "application/x-ndjson", want: "binary" },
    { given: "application/json-seq", want: "binary" },
  ])("$given → $want", ({ given, want }) => {
    expect(mediaKind(given)).toBe(want);
  });

  it("essence drops parameters and case", () => {
    expect(essence(" Text/CSV ; header=present")).toBe("text/csv");
    expect(essence("application/json")).toBe("application/json");
  });
});
