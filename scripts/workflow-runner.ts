// Runs one job of a GitHub Actions workflow locally with bash, as far as it can without GitHub: the
// `run:` steps in order, with the job's and step's `env`, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
// step outputs, `if: always()` and `continue-on-error`. `uses:` steps (checkout, setup-node,
// artifacts) are skipped: the job runs in a folder that already holds the checkout and node_modules.
// Expressions are replaced from step outputs or from the values the caller gives; any other
// expression, or any other `if:` on a run step, is an error, so the workflow cannot drift past what
// is simulated without a test noticing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";

// biome-ignore lint/suspicious/noExplicitAny: a parsed workflow is free-form YAML
type Yaml = Record<string, any>;

export interface JobContext {
  /** The checkout the job runs in. */
  readonly cwd: string;
  /** Expression text (inside `${{ }}`) → its value, e.g. { "github.base_ref": "main", "matrix.shard": "1" }. */
  readonly expressions: Readonly<Record<string, string>>;
  /** More environment for every step (PATH, a test's settings). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Names of run steps not to run (e.g. "Install" where node_modules is in place already). */
  readonly skip?: readonly string[];
}

export interface StepRun {
  readonly name: string;
  readonly outcome: "success" | "failure" | "skipped";
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface JobRun {
  readonly steps: readonly StepRun[];
  /** The job failed: a step without continue-on-error failed. */
  readonly failed: boolean;
  readonly outputs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly summary: string;
}

export function readWorkflow(file: string): Yaml {
  return parse(readFileSync(file, "utf8")) as Yaml;
}

export function runJob(workflow: Yaml, jobName: string, context: JobContext): JobRun {
  const job = workflow.jobs?.[jobName] as Yaml | undefined;
  if (job === undefined) throw new Error(`the workflow has no job ${jobName}`);
  const files = mkdtempSync(join(tmpdir(), "workflow-"));
  const outputs: Record<string, Record<string, string>> = {};
  const steps: StepRun[] = [];
  let failed = false;
  try {
    for (const step of job.steps as Yaml[]) {
      const run = runStep(step, { job, context, files, outputs, failed });
      steps.push(run);
      if (run.outcome === "failure" && step["continue-on-error"] !== true) failed = true;
    }
    return { steps, failed, outputs, summary: readFileSync(join(files, "summary"), { encoding: "utf8", flag: "a+" }) };
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

interface StepState {
  readonly job: Yaml;
  readonly context: JobContext;
  readonly files: string;
  readonly outputs: Record<string, Record<string, string>>;
  readonly failed: boolean;
}

function runStep(step: Yaml, state: StepState): StepRun {
  const name = String(step.name ?? step.uses ?? step.run);
  const skipped = { name, outcome: "skipped", code: null, stdout: "", stderr: "" } as const;
  if (typeof step.run !== "string" || state.context.skip?.includes(name)) return skipped;
  if (step.if !== undefined && step.if !== "always()")
    throw new Error(`${name}: "if: ${step.if}" on a run step is not simulated; test it in the step's bash`);
  if (state.failed && step.if !== "always()") return skipped;
  const outputFile = join(state.files, "output");
  writeFileSync(outputFile, "");
  const expand = (text: string) => expandExpressions(text, state);
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...state.context.env,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(state.files, "summary"),
  };
  for (const [key, value] of Object.entries({ ...state.job.env, ...step.env })) env[key] = expand(String(value));
  const script = join(state.files, "step.sh");
  writeFileSync(script, expand(step.run));
  const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
    cwd: state.context.cwd,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (typeof step.id === "string") state.outputs[step.id] = parseOutputs(readFileSync(outputFile, "utf8"));
  const outcome = result.status === 0 ? "success" : "failure";
  return { name, outcome, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expandExpressions(text: string, state: StepState): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return state.outputs[output[1]!]?.[output[2]!] ?? "";
    const value = state.context.expressions[expression];
    if (value === undefined) throw new Error(`no value given for the expression \${{ ${expression} }}`);
    return value;
  });
}

function parseOutputs(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}
