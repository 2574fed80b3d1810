// Every published spec of the corpus (corpus-specs.ts) generates with --openapi-typescript, its
// output type-checks under strict tsc with 0 errors (one tsc program over every output), and its
// component schemas agree with openapi-typescript's through the oracle check; the disagreements are
// exactly the ones pinned in disagreements.ts and listed in the README, at most 0.5% of all schemas.
// Slow by nature (two lanes of generate, then one tsc run): its wall time is in the README.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ProcessRun, runCli, typeCheckableOutputArgs } from "../../../test-support/cli.ts";
import { mapLimit } from "../../../test-support/map-limit.ts";
import { repoPath } from "../../../test-support/repo.ts";
import { tempFolder } from "../../../test-support/temp-folder.ts";
import { typeCheck } from "../../../test-support/typecheck.ts";
import { CORPUS, corpusSpecPath } from "./corpus-specs.ts";
import { DISAGREEMENTS, OPENAPI_TYPESCRIPT_ERRORS } from "./disagreements.ts";
import { type OracleReport, readOracleReport } from "./oracle-errors.ts";

const LANES = 2;
const work = tempFolder("corpus", { insideRepo: true });
const runs = new Map<string, ProcessRun>();
let oracle: OracleReport;

beforeAll(async () => {
  await mapLimit(CORPUS, LANES, async (entry) => {
    const args = ["generate", "--spec", corpusSpecPath(entry), ...typeCheckableOutputArgs(work.at(entry.name))];
    runs.set(entry.name, await runCli([...args, "--openapi-typescript", "--force"]));
  });
  const generated = CORPUS.map((entry) => entry.name).filter((name) => runs.get(name)?.code === 0);
  oracle = readOracleReport(work.path, generated, await typeCheck(work.path, generated));
}, 1_200_000);
afterAll(() => work.remove());

/** Our warnings (a heading, then indented lines) and nothing else: no ajv lines, no stack. */
const OUR_STDERR = /^(Warning: | {2}\S)/;

describe("the corpus of published specs", () => {
  it.each(CORPUS)("$name ($package) generates, with nothing but our warnings on stderr", ({ name }) => {
    const run = runs.get(name)!;
    expect(run.stderr.startsWith("Error") ? run.stderr : "").toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Generated \d+ files in /);
    for (const line of run.stderr.trimEnd().split("\n").filter(Boolean)) expect(line).toMatch(OUR_STDERR);
  });

  it("type-checks under strict tsc with 0 errors in our output (openapi-typescript's own are pinned)", () => {
    const peer = (error: string) => /^[^/]+\/openapi-typescript\/(?!oracle-check\.ts)[^/(]+\.ts\(/.test(error);
    expect(oracle.otherErrors.filter((error) => !peer(error))).toEqual([]);
    const peerErrors = oracle.otherErrors.filter(peer).map((error) => {
      const pinned = OPENAPI_TYPESCRIPT_ERRORS.find(
        (entry) => error.startsWith(`${entry.spec}/`) && error.includes(entry.message),
      );
      return pinned ? `${pinned.spec}: ${pinned.message}` : error;
    });
    expect(peerErrors).toEqual(OPENAPI_TYPESCRIPT_ERRORS.map((entry) => `${entry.spec}: ${entry.message}`));
  });

  it("agrees with openapi-typescript on every schema but the pinned disagreements, at least 99.5% overall", () => {
    expect(oracle.disagreements).toEqual(DISAGREEMENTS.map(({ spec, schema }) => `${spec} ${schema}`).sort());
    const compared = [...oracle.compared.values()].reduce((total, count) => total + count, 0);
    expect(compared).toBeGreaterThan(2000);
    expect(1 - oracle.disagreements.length / compared).toBeGreaterThanOrEqual(0.995);
  });

  it('with --strict, blockfrost\'s six `type: "null"` are six problems, each at its own line', async () => {
    const blockfrost = CORPUS.find((entry) => entry.name === "blockfrost")!;
    const run = await runCli([
      "generate",
      "--spec",
      corpusSpecPath(blockfrost),
      "--out",
      work.at("strict"),
      "--strict",
    ]);
    expect(run.code).toBe(1);
    const lines = run.stderr.split("\n");
    expect(lines[0]).toBe("Error: 6 problems:");
    expect(
      lines
        .slice(1, 7)
        .map((line) => /openapi\.yaml:(\d+:\d+) \(at #\/components\/schemas\/(\w+)\//.exec(line)?.slice(1).join(" ")),
    ).toEqual([
      "7817:27 dreps",
      "7997:21 drep_metadata",
      "8807:21 proposal_metadata",
      "8918:21 proposal_metadata_v2",
      "11119:23 tx_metadata_label_json",
      "12545:21 script_json",
    ]);
  });

  it("the README lists every pinned disagreement and peer error", () => {
    // Table cells are padded to their column's width; the padding is not compared.
    const readme = readFileSync(repoPath("README.md"), "utf8").replace(/ +\|/g, " |");
    for (const { spec, schema } of DISAGREEMENTS) expect(readme).toContain(`| ${spec} | \`${schema}\` |`);
    for (const { spec } of OPENAPI_TYPESCRIPT_ERRORS)
      expect(readme).toContain(`| ${spec} | openapi-typescript's output |`);
  });
});
