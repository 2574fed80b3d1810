// This repository's contract suite, through the same implementation the `contract` command runs
// (contract/run-suite.ts over contract/project.ts): recorded cassettes first, then the same cases
// live (Prism from the specs, or a server given by STRIPE_API_KEY / CONTRACT_BASE_URL), then the
// coverage checks. The suite runs once; each cassette, live case and check is asserted as its own test.
import { basename } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCassettes } from "../contract/cassette.ts";
import { renderCoverageText } from "../contract/coverage.ts";
import { LIVE_CASES } from "../contract/live-cases.ts";
import { resolveLiveTarget } from "../contract/live-target.ts";
import { loadContractProject } from "../contract/project.ts";
import { runContractSuite } from "../contract/run-suite.ts";
import { type SuiteCase, type SuiteReport, withCoverageChecks } from "../contract/suite-report.ts";
import { REPO_ROOT } from "../test-support/repo.ts";

const project = await loadContractProject(REPO_ROOT);
const cassettes = loadCassettes(project.cassettesDir, REPO_ROOT);
let report: SuiteReport;

beforeAll(async () => {
  report = withCoverageChecks(await runContractSuite({ project, live: resolveLiveTarget(process.env) }));
  console.info(`\n${renderCoverageText(report.coverage)}\n`);
}, 180_000);

/** A case must have passed, or been skipped for a stated reason; a failure shows its violations. */
function expectPassedOrExplained(entry: SuiteCase | undefined): void {
  expect(entry).toBeDefined();
  if (entry?.status === "failed") throw new Error(entry.message);
  if (entry?.status === "skipped") expect(entry.message).toMatch(/\w/);
}

describe("recorded cassettes", () => {
  it("exist, both HTTP exchanges and webhook deliveries", () => {
    expect(cassettes.filter(({ cassette }) => cassette.kind === "http").length).toBeGreaterThanOrEqual(10);
    expect(cassettes.map(({ cassette }) => (cassette.kind === "webhook" ? cassette.schema : ""))).toContain(
      "v2.core.event_notification",
    );
  });

  // A recording of a mock (record --from-prism) is listed as skipped, never replayed.
  const listed = cassettes.map(({ file, cassette }) => ({
    id: basename(file),
    file,
    mock: cassette.source.kind === "mock",
  }));
  it.each(listed)("$id passes", ({ file, mock }) => {
    const entry = report.cases.find((candidate) => candidate.group === "recorded" && candidate.file === file);
    expect(entry?.status).toBe(mock ? "skipped" : "passed");
    expectPassedOrExplained(entry);
  });

  it("names only response schemas the generated validators know", () => {
    expectPassedOrExplained(report.cases.find((entry) => entry.name.startsWith("names only response schemas")));
  });
});

describe("the validators themselves (negative tables, both v1 Event schemas)", () => {
  it("run every table and the cross-check, none skipped", () => {
    const names = report.cases.filter((entry) => entry.group === "negative").map((entry) => entry.name);
    expect(names).toContain("event rejects 8 mutations");
    expect(names).toContain("recorded v1 events satisfy both event and stripe-event.json");
    expect(names).toHaveLength(10);
  });

  it.each(["event rejects 8 mutations", "v2.error rejects 3 mutations"])("%s", (name) => {
    const entry = report.cases.find((candidate) => candidate.group === "negative" && candidate.name === name);
    expect(entry?.status).toBe("passed");
    expectPassedOrExplained(entry);
  });
});

describe("live responses", () => {
  const target = resolveLiveTarget(process.env);
  const names = target.kind === "skip" ? ["all live cases"] : LIVE_CASES.map((liveCase) => liveCase.name);

  it.each(names)("%s", (name) => {
    expectPassedOrExplained(report.cases.find((entry) => entry.group === "live" && entry.name === name));
  });

  it("against Prism every case runs (nothing skipped)", () => {
    if (target.kind !== "prism") return;
    expect(report.cases.filter((entry) => entry.group === "live" && entry.status !== "passed")).toEqual([]);
  });
});

describe("coverage", () => {
  it.each([
    "every operation has at least one recorded or live case",
    "every documented response of every operation was exercised by a recorded case",
  ])("%s", (name) => {
    const entry = report.cases.find((candidate) => candidate.group === "coverage" && candidate.name === name);
    expect(entry?.status).toBe("passed");
    expectPassedOrExplained(entry);
  });
});
