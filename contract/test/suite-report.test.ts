// Shard reports merge into the report one unsharded run gives; the coverage checks run on the merge;
// the JUnit report carries failures and skips with their text, escaped.
import { describe, expect, it } from "vitest";
import type { Coverage } from "../coverage.ts";
import { renderJunit, xml } from "../junit.ts";
import {
  exitCodeOf,
  mergeReports,
  REPORT_KIND,
  type SuiteCase,
  type SuiteReport,
  withCoverageChecks,
} from "../suite-report.ts";

function coverage(recorded: number[], live: number[] = []): Coverage {
  return {
    operations: [
      { operationId: "getThing", method: "GET", path: "/things", cells: [{ responseKey: "200", recorded, live }] },
    ],
    liveNote: undefined,
  };
}

const passed = (name: string): SuiteCase => ({ group: "recorded", name, status: "passed", seconds: 0.5 });

function report(index: number, count: number, cases: SuiteCase[], matrix: Coverage): SuiteReport {
  return { kind: REPORT_KIND, shard: { index, count }, cases, coverage: matrix, seconds: index };
}

describe("mergeReports", () => {
  const shardCheck = (merged: SuiteReport) =>
    merged.cases.find((entry) => entry.name === "every shard wrote its report");

  it("joins the cases and adds up the coverage of every shard", () => {
    const merged = mergeReports([
      report(2, 2, [passed("b.json")], coverage([200])),
      report(1, 2, [passed("a.json")], { ...coverage([], [200]), liveNote: "Prism" }),
    ]);
    expect(merged.cases.map((entry) => entry.name)).toEqual(["b.json", "a.json", "every shard wrote its report"]);
    expect(shardCheck(merged)?.status).toBe("passed");
    expect(merged.coverage.operations[0]!.cells[0]).toEqual({ responseKey: "200", recorded: [200], live: [200] });
    expect(merged.coverage.liveNote).toBe("Prism");
    expect(merged.shard).toBeUndefined();
    expect(exitCodeOf(merged)).toBe(0);
  });

  it.each([
    [
      "a missing shard",
      [report(1, 3, [], coverage([])), report(3, 3, [], coverage([]))],
      "no report from shard 2 of 3",
    ],
    [
      "a repeated shard",
      [report(1, 2, [], coverage([])), report(1, 2, [], coverage([])), report(2, 2, [], coverage([]))],
      "more than one report from shard 1",
    ],
    [
      "shards of two runs",
      [report(1, 2, [], coverage([])), report(2, 2, [], coverage([])), report(2, 3, [], coverage([]))],
      "1 report(s) from a run split in another number of shards",
    ],
    [
      "shards of different specs",
      [report(1, 2, [], coverage([])), report(2, 2, [], { operations: [], liveNote: undefined })],
      "come from different specs",
    ],
  ])("%s: still a report, with a failed case saying so (exit 1)", (_name, reports, message) => {
    const merged = mergeReports(reports);
    expect(shardCheck(merged)).toMatchObject({ status: "failed", message: expect.stringContaining(message) });
    expect(exitCodeOf(merged)).toBe(1);
  });

  it("no reports at all, given the expected count: every shard missing", () => {
    expect(shardCheck(mergeReports([], 2))?.message).toBe("no report from shard 1, 2 of 2");
  });
});

describe("withCoverageChecks", () => {
  it("passes when every documented response was recorded", () => {
    const checked = withCoverageChecks(report(1, 1, [passed("a.json")], coverage([200])));
    expect(checked.cases.filter((entry) => entry.group === "coverage").map((entry) => entry.status)).toEqual([
      "passed",
      "passed",
    ]);
    expect(exitCodeOf(checked)).toBe(0);
  });

  it("fails, naming the response, when one was only seen live (the twin)", () => {
    const checked = withCoverageChecks(report(1, 1, [passed("a.json")], coverage([], [200])));
    expect(checked.cases.at(-1)).toMatchObject({ status: "failed", message: expect.stringContaining("getThing 200") });
    expect(exitCodeOf(checked)).toBe(1);
  });
});

describe("renderJunit", () => {
  it("one testcase per case; failures and skips keep their text, escaped", () => {
    const text = renderJunit(
      report(
        1,
        1,
        [
          passed("a.json"),
          {
            group: "recorded",
            name: "b & <c>.json",
            file: "x/b.json",
            status: "failed",
            message: 'first "line"\nsecond',
            seconds: 0,
          },
          {
            group: "live",
            name: "ping",
            status: "skipped",
            message: "needs CONTRACT_EVENT_DESTINATION_ID",
            seconds: 0,
          },
        ],
        coverage([200]),
      ),
    );
    expect(text).toContain(
      '<testsuites name="stripe-events-contract" tests="3" failures="1" skipped="1" time="1.000">',
    );
    expect(text).toContain('<testsuite name="recorded" tests="2" failures="1" skipped="0" time="0.500">');
    expect(text).toContain(
      '<testcase classname="contract.recorded" name="b &amp; &lt;c&gt;.json" file="x/b.json" time="0.000">\n      <failure message="first &quot;line&quot;">first &quot;line&quot;\nsecond</failure>',
    );
    expect(text).toContain('<skipped message="needs CONTRACT_EVENT_DESTINATION_ID"/>');
    expect(text).toContain('<testcase classname="contract.recorded" name="a.json" time="0.500"/>');
  });

  it("replaces characters XML cannot hold", () => {
    expect(xml("a\u0000b\u001bc\td")).toBe("a\uFFFDb\uFFFDc\td");
  });
});
