// `contract` end to end in an application project (test-support/contract-project.ts): exit codes,
// a broken cassette failing with its pointer, a missing response failing the coverage check, the
// JUnit and coverage reports, and shards whose merged reports equal one unsharded run.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { type ContractProjectFolder, contractProject } from "../../test-support/contract-project.ts";
import type { Json } from "../../test-support/json.ts";

let project: ContractProjectFolder;
beforeAll(async () => {
  project = await contractProject("contract-command");
}, 120_000);
afterAll(() => project.remove());

const contract = (...args: string[]) => runCli(["contract", "--live", "none", ...args], { cwd: project.path });

function editCassette(name: string, edit: (cassette: Json) => void): () => void {
  const file = `${project.cassettes}/${name}`;
  const original = readFileSync(file, "utf8");
  const cassette = JSON.parse(original);
  edit(cassette);
  writeFileSync(file, JSON.stringify(cassette, null, 2));
  return () => writeFileSync(file, original);
}

describe("contract in an application project", () => {
  it("passes on the documented cassettes, code generated with .js imports, and writes both reports", async () => {
    const result = await contract("--junit", "reports/junit.xml", "--coverage-report", "reports/contract");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✔ recorded v1-events-list-page-1.json");
    expect(result.stdout).toContain("- live all live cases (skipped: --live none");
    expect(result.stdout).toContain("✔ negative event rejects 8 mutations");
    expect(result.stdout).toContain("✔ negative recorded v1 events satisfy both event and stripe-event.json");
    expect(result.stdout).toMatch(/Contract suite: 28 passed, 0 failed, 1 skipped in [\d.]+ s\./);
    expect(readFileSync(project.at("reports/junit.xml"), "utf8")).toMatch(
      /<testsuites name="stripe-events-contract" tests="29" failures="0" skipped="1"/,
    );
    expect(JSON.parse(readFileSync(project.at("reports/contract.json"), "utf8")).uncovered).toEqual([]);
    expect(readFileSync(project.at("reports/contract.md"), "utf8")).toContain("## Contract coverage");
  });

  it("a broken cassette fails with its file and pointer (exit 1)", async () => {
    const restore = editCassette("v1-event-retrieve-200.json", (cassette) => {
      cassette.response.body.livemode = "yes";
    });
    try {
      const result = await contract("--junit", "reports/broken.xml");
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("✖ recorded v1-event-retrieve-200.json");
      expect(result.stdout).toContain("✖ cassettes/v1-event-retrieve-200.json: getEventsId → 200 (schema event)");
      expect(result.stdout).toMatch(/at:\s+\/livemode/);
      expect(result.stdout).toContain('actual:      "yes"');
      expect(readFileSync(project.at("reports/broken.xml"), "utf8")).toContain(
        '<failure message="1 contract violation(s):">',
      );
    } finally {
      restore();
    }
  });

  it("a documented response with no recorded cassette fails the coverage check (exit 1)", async () => {
    const file = `${project.cassettes}/v2-ping-404.json`;
    const kept = readFileSync(file, "utf8");
    rmSync(file);
    try {
      const result = await contract();
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        "✖ coverage every documented response of every operation was exercised by a recorded case",
      );
      expect(result.stdout).toContain("postV2CoreEventDestinationsIdPing 404");
    } finally {
      writeFileSync(file, kept);
    }
  });

  it("an unreadable cassette is a clear error naming it, not a crash", async () => {
    writeFileSync(`${project.cassettes}/half.json`, '{"kind": "http", "name": "half"');
    try {
      const result = await contract();
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^Error: 1 problem:\n {2}cassettes\/half\.json: not valid JSON/);
      expect(result.stderr).not.toContain("looks like a bug");
    } finally {
      rmSync(`${project.cassettes}/half.json`);
    }
  });

  it.each([
    [["--shard", "3/2"], "--shard takes <index>/<count>"],
    [["--live", "prsim"], "--live takes prism, stripe"],
    [["--blob", "x.json"], "--blob goes with --shard"],
    [["--bogus"], "unknown option --bogus"],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const result = await contract(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe("shards", () => {
  it("two shards split the cassettes; their merged reports equal one run", async () => {
    const first = await contract("--shard", "1/2", "--blob", "reports/blobs/one.json");
    const second = await contract("--shard", "2/2", "--blob", "reports/blobs/two.json");
    expect([first.code, second.code]).toEqual([0, 0]);
    const ran = (stdout: string) => [...stdout.matchAll(/^✔ recorded (\S+\.json)$/gm)].map((match) => match[1]);
    const [one, two] = [ran(first.stdout), ran(second.stdout)];
    expect(one.length + two.length).toBe(15);
    expect(Math.abs(one.length - two.length)).toBeLessThanOrEqual(1);
    expect(one.filter((file) => two.includes(file))).toEqual([]);
    expect(second.stdout).not.toContain("live all live cases");

    const merged = await runCli(
      [
        "contract",
        "--merge-reports",
        "reports/blobs",
        "--junit",
        "reports/merged.xml",
        "--coverage-report",
        "reports/merged",
      ],
      { cwd: project.path },
    );
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/Contract suite: 29 passed, 0 failed, 1 skipped/);
    expect(readFileSync(project.at("reports/merged.xml"), "utf8")).toMatch(/tests="30" failures="0" skipped="1"/);
    expect(existsSync(project.at("reports/merged.md"))).toBe(true);
  });

  it("merging without every shard fails (exit 1), naming what is missing, and still writes the reports", async () => {
    cpSync(project.at("reports/blobs/one.json"), project.at("reports/half/one.json"), { recursive: true });
    const merged = await runCli(["contract", "--merge-reports", "reports/half", "--junit", "reports/half.xml"], {
      cwd: project.path,
    });
    expect(merged.code).toBe(1);
    expect(merged.stdout).toContain("✖ coverage every shard wrote its report\n    no report from shard 2 of 2");
    expect(readFileSync(project.at("reports/half.xml"), "utf8")).toContain('name="every shard wrote its report"');
  });
});
