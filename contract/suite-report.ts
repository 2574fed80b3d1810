// What one run of the contract suite found, as plain data: one entry per case (a cassette, a live
// case, a whole-suite check) and the coverage matrix. A sharded run writes its report as a file (a
// "blob", as vitest calls it); merging the blobs of every shard gives the report one unsharded run
// would have given, and the whole-suite coverage checks run on that.
import { countBy } from "../core/count-by.ts";
import { type Coverage, operationsWithoutCases } from "./coverage.ts";
import type { Shard } from "./shard.ts";

export type CaseGroup = "recorded" | "negative" | "live" | "coverage";
export const CASE_STATUSES = ["passed", "failed", "skipped"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface SuiteCase {
  readonly group: CaseGroup;
  readonly name: string;
  /** The cassette, relative to the project root. */
  readonly file?: string;
  readonly status: CaseStatus;
  /** Why it failed (the violations, formatted) or was skipped. */
  readonly message?: string;
  readonly seconds: number;
}

export const REPORT_KIND = "stripe-events-contract/suite-report";

export interface SuiteReport {
  readonly kind: typeof REPORT_KIND;
  readonly shard?: Shard;
  readonly cases: readonly SuiteCase[];
  readonly coverage: Coverage;
  readonly seconds: number;
}

export type SuiteCounts = Readonly<Record<CaseStatus, number>>;

export function countCases(cases: readonly SuiteCase[]): SuiteCounts {
  return countBy(cases, (entry) => entry.status, CASE_STATUSES);
}

/** 0 when every case passed or was skipped for a stated reason, 1 otherwise. */
export function exitCodeOf(report: SuiteReport): number {
  return report.cases.some((entry) => entry.status === "failed") ? 1 : 0;
}

/** The checks that need the whole suite: every operation reached, every documented response recorded. */
export function withCoverageChecks(report: SuiteReport): SuiteReport {
  const uncovered = operationsWithoutCases(report.coverage);
  const unrecorded = report.coverage.operations.flatMap((row) =>
    row.cells.filter((cell) => cell.recorded.length === 0).map((cell) => `${row.operationId} ${cell.responseKey}`),
  );
  const check = (name: string, missing: readonly string[], what: string): SuiteCase => ({
    group: "coverage",
    name,
    status: missing.length === 0 ? "passed" : "failed",
    ...(missing.length === 0 ? {} : { message: `${what}:\n${missing.map((item) => `  ${item}`).join("\n")}` }),
    seconds: 0,
  });
  return {
    ...report,
    cases: [
      ...report.cases,
      check("every operation has at least one recorded or live case", uncovered, "operations no case reached"),
      check(
        "every documented response of every operation was exercised by a recorded case",
        unrecorded,
        "documented responses without a recorded cassette (add one: see the README's adoption section)",
      ),
    ],
  };
}

/**
 * The reports of every shard of one run, as one report. A missing or repeated shard, or shards of
 * different specs, become a failed case rather than an exception, so the merged reports are still
 * written (and say what is missing) when a shard crashed before writing its own.
 */
export function mergeReports(reports: readonly SuiteReport[], expectedCount?: number): SuiteReport {
  const count = expectedCount ?? reports[0]?.shard?.count ?? 1;
  const byIndex = new Map<number, SuiteReport>();
  for (const report of reports)
    if (!byIndex.has(report.shard?.index ?? 1)) byIndex.set(report.shard?.index ?? 1, report);
  const usable = [...byIndex.values()].filter((report) => (report.shard?.count ?? 1) === count);
  const problems = shardProblems(reports, count);
  const coverage =
    usable.length === 0 ? { operations: [], liveNote: undefined } : mergeCoverage(usable.map((r) => r.coverage));
  if (coverage === undefined)
    problems.push("the shard reports come from different specs (their operations differ): rerun every shard");
  const check: SuiteCase = {
    group: "coverage",
    name: "every shard wrote its report",
    status: problems.length === 0 ? "passed" : "failed",
    ...(problems.length === 0 ? {} : { message: problems.join("\n") }),
    seconds: 0,
  };
  return {
    kind: REPORT_KIND,
    cases: [...usable.flatMap((report) => report.cases), check],
    coverage: coverage ?? usable[0]!.coverage,
    seconds: Math.max(0, ...usable.map((report) => report.seconds)),
  };
}

function shardProblems(reports: readonly SuiteReport[], count: number): string[] {
  const indices = reports.map((report) => report.shard?.index ?? 1);
  const problems: string[] = [];
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !indices.includes(index));
  if (missing.length > 0) problems.push(`no report from shard ${missing.join(", ")} of ${count}`);
  const repeated = [...new Set(indices.filter((index, at) => indices.indexOf(index) !== at))];
  if (repeated.length > 0) problems.push(`more than one report from shard ${repeated.join(", ")} (the first is used)`);
  const others = reports.filter((report) => (report.shard?.count ?? 1) !== count);
  if (others.length > 0)
    problems.push(`${others.length} report(s) from a run split in another number of shards (left out)`);
  return problems;
}

/** The matrices added up, or undefined when they do not have the same rows and cells. */
function mergeCoverage(matrices: readonly Coverage[]): Coverage | undefined {
  const [first, ...rest] = matrices as [Coverage, ...Coverage[]];
  const shape = (coverage: Coverage) =>
    JSON.stringify(coverage.operations.map((row) => [row.operationId, row.cells.map((cell) => cell.responseKey)]));
  if (rest.some((coverage) => shape(coverage) !== shape(first))) return undefined;
  return {
    operations: first.operations.map((row, rowIndex) => ({
      ...row,
      cells: row.cells.map((cell, cellIndex) => {
        const cells = matrices.map((coverage) => coverage.operations[rowIndex]!.cells[cellIndex]!);
        return {
          responseKey: cell.responseKey,
          recorded: cells.flatMap((each) => each.recorded),
          live: cells.flatMap((each) => each.live),
        };
      }),
    })),
    liveNote: matrices.map((coverage) => coverage.liveNote).find((note) => note !== undefined),
  };
}

/** "Contract suite: 24 passed, 1 failed, 3 skipped in 4.2 s." */
export function formatSummary(report: SuiteReport): string {
  const { passed, failed, skipped } = countCases(report.cases);
  const shard = report.shard === undefined ? "" : ` (shard ${report.shard.index}/${report.shard.count})`;
  return `Contract suite${shard}: ${passed} passed, ${failed} failed, ${skipped} skipped in ${report.seconds.toFixed(1)} s.`;
}
