// Static checks of a GitHub Actions workflow for scripts/ci-workflow.test.ts: a hand-written schema of
// the syntax the contract workflow uses (strict where typos hide: run/runs-on/uses misspelt, unknown
// step keys), `bash -n` on every run block, and cross-checks against the repository.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { parseDocument } from "yaml";
import type { Json } from "./json.ts";
import { repoPath } from "./repo.ts";

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
          strategy: {
            type: "object",
            additionalProperties: false,
            properties: {
              "fail-fast": { type: "boolean" },
              matrix: { type: "object" },
              "max-parallel": { type: "number" },
            },
          },
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

export interface Repository {
  readonly scripts: Record<string, string>;
}

export function loadRepository(): Repository {
  const pkg = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as Json;
  return { scripts: pkg.scripts };
}

export function parseWorkflow(text: string): { workflow: Json; problems: string[] } {
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

/** What the merge step writes (--junit, --coverage-report) is what the upload step uploads. */
function reportProblems(workflow: Json): string[] {
  const steps = allSteps(workflow);
  const merge = steps.find(({ step }) => String(step.run ?? "").includes("--merge-reports"));
  if (merge === undefined) return ["reports: no step merges the shards' reports (contract --merge-reports)"];
  const junit = /--junit (\S+)/.exec(merge.step.run)?.[1];
  const coverage = /--coverage-report (\S+)/.exec(merge.step.run)?.[1];
  const uploaded = steps
    .filter(({ job, step }) => job === merge.job && String(step.uses).startsWith("actions/upload-artifact@"))
    .flatMap(({ step }) => String(step.with?.path ?? "").split("\n"))
    .map((line) => line.trim());
  const wanted = [junit ?? "(no --junit)", `${coverage ?? "(no --coverage-report)"}.json`, `${coverage}.md`];
  return wanted
    .filter((file) => !uploaded.includes(file))
    .map((file) => `reports: ${file} is written but not uploaded`);
}

/** `steps.<id>.outputs` read in an `if:`, an `env` value or a run block must name an earlier step of the job. */
function stepIdProblems(workflow: Json): string[] {
  const problems: string[] = [];
  for (const { job, step, steps } of allSteps(workflow)) {
    const earlier = new Set(
      steps
        .slice(0, steps.indexOf(step))
        .map((candidate) => candidate.id)
        .filter(Boolean),
    );
    const reads = `${String(step.if ?? "")} ${JSON.stringify(step.env ?? {})} ${String(step.run ?? "")}`;
    for (const match of reads.matchAll(/steps\.([\w-]+)\./g)) {
      if (!earlier.has(match[1]))
        problems.push(
          `steps: ${job} / ${step.name ?? step.uses}: reads steps.${match[1]}, which is not an earlier step`,
        );
    }
  }
  return problems;
}

export function checkWorkflow(text: string, repository: Repository): string[] {
  const { workflow, problems } = parseWorkflow(text);
  if (problems.length > 0) return problems;
  return [
    ...schemaProblems(workflow),
    ...bashProblems(workflow),
    ...npmScriptProblems(workflow, repository),
    ...reportProblems(workflow),
    ...stepIdProblems(workflow),
  ];
}
