// Which documented responses the suite actually exercised, per operation and per run mode.
// The matrix is a plain value owned by the test file that builds it (no module state).
import type { OperationDescriptor } from "../runtime/operation.ts";

export type RunMode = "recorded" | "live";

export interface CoverageCell {
  /** Documented response key: "200", "404", "4XX" or "default". */
  readonly responseKey: string;
  /** Concrete statuses seen, one entry per exchange. */
  readonly recorded: number[];
  readonly live: number[];
}

export interface OperationCoverage {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly cells: CoverageCell[];
}

export interface Coverage {
  readonly operations: OperationCoverage[];
  /** Why the live column is empty or partial (skip flag, target), shown under the matrix. */
  liveNote: string | undefined;
}

export function createCoverage(operations: Readonly<Record<string, OperationDescriptor>>): Coverage {
  const rows = Object.values(operations)
    .map((operation) => ({
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      cells: Object.keys(operation.responses).map((responseKey) => ({ responseKey, recorded: [], live: [] })),
    }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  return { operations: rows, liveNote: undefined };
}

export function recordHit(
  coverage: Coverage,
  operationId: string,
  responseKey: string,
  mode: RunMode,
  status: number,
): void {
  const cell = coverage.operations
    .find((row) => row.operationId === operationId)
    ?.cells.find((c) => c.responseKey === responseKey);
  if (cell === undefined) throw new Error(`No coverage cell for ${operationId} ${responseKey}`);
  cell[mode].push(status);
}

/** Operations no case reached in any mode: the suite fails on these. */
export function operationsWithoutCases(coverage: Coverage): string[] {
  return coverage.operations
    .filter((row) => row.cells.every((cell) => cell.recorded.length === 0 && cell.live.length === 0))
    .map((row) => row.operationId);
}

function describeHits(statuses: readonly number[]): string {
  if (statuses.length === 0) return "—";
  const distinct = [...new Set(statuses)].sort((a, b) => a - b).join(", ");
  return `✔ ${statuses.length}× (${distinct})`;
}

interface Row {
  operation: string;
  response: string;
  recorded: string;
  live: string;
}

function rows(coverage: Coverage): Row[] {
  return coverage.operations.flatMap((row) =>
    row.cells.map((cell) => ({
      operation: `${row.operationId} (${row.method} ${row.path})`,
      response: cell.responseKey,
      recorded: describeHits(cell.recorded),
      live: describeHits(cell.live),
    })),
  );
}

const HEADINGS: Row = { operation: "operation", response: "response", recorded: "recorded", live: "live" };

export function renderCoverageText(coverage: Coverage): string {
  const all = [HEADINGS, ...rows(coverage)];
  const width = (key: keyof Row): number => Math.max(...all.map((row) => row[key].length));
  const line = (row: Row): string =>
    [
      row.operation.padEnd(width("operation")),
      row.response.padEnd(width("response")),
      row.recorded.padEnd(width("recorded")),
      row.live,
    ].join("  ");
  const note = coverage.liveNote === undefined ? [] : [`live: ${coverage.liveNote}`];
  return [
    "Contract coverage (cells: exchanges that hit the documented response, with their statuses)",
    ...all.map(line),
    ...note,
  ].join("\n");
}

export function renderCoverageMarkdown(coverage: Coverage): string {
  const body = rows(coverage).map(
    (row) => `| \`${row.operation}\` | ${row.response} | ${row.recorded} | ${row.live} |`,
  );
  const note = coverage.liveNote === undefined ? [] : ["", `Live run: ${coverage.liveNote}`];
  return [
    "## Contract coverage",
    "",
    "| operation | response | recorded | live |",
    "| --- | --- | --- | --- |",
    ...body,
    ...note,
    "",
  ].join("\n");
}

export function coverageJson(coverage: Coverage): object {
  return {
    operations: coverage.operations,
    liveNote: coverage.liveNote ?? null,
    uncovered: operationsWithoutCases(coverage),
  };
}
