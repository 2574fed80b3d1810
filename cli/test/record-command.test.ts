// `record --from-prism` (the README's way to try the recorder offline) writes cassettes of Prism's
// invented data marked "mock", and the next `contract` run stays green: they are listed, not replayed.
// The twin: a broken mock cassette marked as a real recording does fail, so the marking is what keeps it green.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { type ContractProjectFolder, contractProject } from "../../test-support/contract-project.ts";

let project: ContractProjectFolder;
beforeAll(async () => {
  project = await contractProject("record-command");
}, 120_000);
afterAll(() => project.remove());

const withoutLiveEnv = { STRIPE_API_KEY: undefined, CONTRACT_BASE_URL: undefined };

describe("record", () => {
  it("without a key or --from-prism refuses, saying what to set (exit 1)", async () => {
    const result = await runCli(["record"], { cwd: project.path, env: withoutLiveEnv });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nothing to record from: set STRIPE_API_KEY=sk_test_…");
  });

  it("--from-prism writes scrubbed cassettes marked mock into <cassettes>/recorded; contract stays green", async () => {
    const recorded = await runCli(["record", "--from-prism"], { cwd: project.path, env: withoutLiveEnv });
    expect(recorded.stderr).toMatch(/skipped v2-ping-200|^$/);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toMatch(/^Recorded 11 cassette\(s\) from Prism mock generated from the specs, not Stripe:/);
    const files = readdirSync(project.at("cassettes/recorded"));
    expect(files).toHaveLength(11);
    const kinds = files.map(
      (file) => JSON.parse(readFileSync(project.at("cassettes/recorded", file), "utf8")).source.kind,
    );
    expect(new Set(kinds)).toEqual(new Set(["mock"]));

    const suite = await runCli(["contract", "--live", "none"], { cwd: project.path });
    expect(suite.code).toBe(0);
    expect(suite.stdout).toMatch(/Contract suite: 28 passed, 0 failed, 12 skipped/);
    expect(suite.stdout).toContain("- recorded v1-events-list-page-1.json (skipped: recorded from a mock");
  }, 120_000);

  it("a mock cassette that breaks its schema still cannot fail the suite; marked as recorded it does (the twin)", async () => {
    const path = project.at("cassettes/recorded/v1-event-retrieve-200.json");
    const cassette = JSON.parse(readFileSync(path, "utf8"));
    cassette.response.body.livemode = "nostrud sint";
    writeFileSync(path, JSON.stringify(cassette));
    expect((await runCli(["contract", "--live", "none"], { cwd: project.path })).code).toBe(0);

    writeFileSync(path, JSON.stringify({ ...cassette, source: { ...cassette.source, kind: "recorded" } }));
    const suite = await runCli(["contract", "--live", "none"], { cwd: project.path });
    expect(suite.code).toBe(1);
    expect(suite.stdout).toContain("✖ cassettes/recorded/v1-event-retrieve-200.json: getEventsId → 200 (schema event)");
  });
});
