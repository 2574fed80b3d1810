import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { OperationDescriptor } from "../../runtime/operation.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import {
  createCoverage,
  operationsWithoutCases,
  recordHit,
  renderCoverageMarkdown,
  renderCoverageText,
} from "../coverage.ts";
import { coverageReportPaths, writeCoverageReport } from "../coverage-report.ts";

const op = (operationId: string, path: string, responses: Record<string, string>): OperationDescriptor => ({
  profile: "stripe",
  operationId,
  method: "GET",
  path,
  serverUrl: "",
  apiVersion: "",
  responses,
});
const operations = { a: op("a", "/v1/a", { "200": "A", default: "error" }), b: op("b", "/v1/b", { "200": "B" }) };

describe("coverage matrix", () => {
  it("lists operations without any case", () => {
    const coverage = createCoverage(operations);
    recordHit(coverage, "a", "default", "recorded", 404);
    expect(operationsWithoutCases(coverage)).toEqual(["b"]);
  });

  it("counts live hits too", () => {
    const coverage = createCoverage(operations);
    recordHit(coverage, "b", "200", "live", 200);
    expect(operationsWithoutCases(coverage)).toEqual(["a"]);
  });

  it("rejects a hit on an undocumented cell", () => {
    expect(() => recordHit(createCoverage(operations), "b", "404", "recorded", 404)).toThrow(
      "No coverage cell for b 404",
    );
  });

  it("renders recorded and live cells with their statuses", () => {
    const coverage = createCoverage(operations);
    recordHit(coverage, "a", "default", "recorded", 404);
    recordHit(coverage, "a", "default", "recorded", 401);
    recordHit(coverage, "a", "200", "live", 200);
    coverage.liveNote = "Prism";
    const text = renderCoverageText(coverage);
    expect(text).toContain("a (GET /v1/a)  default   ✔ 2× (401, 404)  —");
    expect(text).toContain("a (GET /v1/a)  200       —                ✔ 1× (200)");
    expect(text).toContain("live: Prism");
    expect(renderCoverageMarkdown(coverage)).toContain("| `b (GET /v1/b)` | 200 | — | — |");
  });

  it("writes JSON and Markdown next to each other", () => {
    const dir = tempFolder("coverage");
    const coverage = createCoverage(operations);
    const paths = writeCoverageReport(coverage, dir.at("contract.json"));
    expect(paths).toEqual({ json: dir.at("contract.json"), markdown: dir.at("contract.md") });
    expect(JSON.parse(readFileSync(paths.json, "utf8")).uncovered).toEqual(["a", "b"]);
    expect(readFileSync(paths.markdown, "utf8")).toContain("## Contract coverage");
    dir.remove();
  });

  it.each([
    { given: "reports/contract", want: "reports/contract.md" },
    { given: "reports/contract.md", want: "reports/contract.md" },
    { given: "reports/contract.json", want: "reports/contract.md" },
  ])("report path $given → $want", ({ given, want }) => {
    expect(coverageReportPaths(given).markdown).toBe(want);
  });
});
