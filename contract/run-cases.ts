// The cases of the contract suite, each turned into a SuiteCase: a recorded HTTP cassette replayed
// through the generated client, a webhook cassette checked against its schema, a cassette recorded
// from a mock listed but not replayed. Exchanges that hit a documented response are tallied into
// the coverage matrix as they run.
import type { HttpCassette, LoadedCassette, WebhookCassette } from "./cassette.ts";
import type { ExchangeVerdict } from "./check-exchange.ts";
import { type Coverage, type RunMode, recordHit } from "./coverage.ts";
import type { ContractProject } from "./project.ts";
import { replayCassette } from "./replay.ts";
import type { CaseGroup, SuiteCase } from "./suite-report.ts";
import { formatViolations, type Violation, violationsFromErrors } from "./violation.ts";

/** Runs one case body, timing it; a thrown error is a failure with its message, never a crash of the run. */
export async function timedCase(
  group: CaseGroup,
  name: string,
  file: string | undefined,
  body: () => Promise<Omit<SuiteCase, "group" | "name" | "file" | "seconds">>,
): Promise<SuiteCase> {
  const started = performance.now();
  const where = file === undefined ? {} : { file };
  try {
    const outcome = await body();
    return { group, name, ...where, ...outcome, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { group, name, ...where, status: "failed", message, seconds: (performance.now() - started) / 1000 };
  }
}

export function verdictCase(violations: readonly Violation[]): Omit<SuiteCase, "group" | "name" | "file" | "seconds"> {
  if (violations.length === 0) return { status: "passed" };
  return { status: "failed", message: `${violations.length} contract violation(s):\n${formatViolations(violations)}` };
}

export function tally(coverage: Coverage, operationId: string | undefined, verdict: ExchangeVerdict, mode: RunMode) {
  if (operationId !== undefined && verdict.responseKey !== undefined && verdict.status !== undefined)
    recordHit(coverage, operationId, verdict.responseKey, mode, verdict.status);
}

const NOT_REPLAYED =
  "recorded from a mock (Prism's random data from the specs), so it is not replayed: record from a real server, or edit it into a documented example";

export async function recordedCase(
  loaded: LoadedCassette,
  project: ContractProject,
  coverage: Coverage,
): Promise<SuiteCase> {
  const { file, cassette } = loaded;
  const name = file.split("/").at(-1) ?? file;
  return timedCase("recorded", name, file, async () => {
    if (cassette.source.kind === "mock") return { status: "skipped", message: NOT_REPLAYED };
    if (cassette.kind === "webhook") return verdictCase(webhookViolations(file, cassette, project));
    return verdictCase(await httpViolations(file, cassette, project, coverage));
  });
}

async function httpViolations(
  file: string,
  cassette: HttpCassette,
  project: ContractProject,
  coverage: Coverage,
): Promise<readonly Violation[]> {
  const result = await replayCassette(file, cassette, project);
  tally(coverage, result.operationId, result.verdict, "recorded");
  return result.verdict.violations;
}

function webhookViolations(file: string, cassette: WebhookCassette, project: ContractProject): Violation[] {
  const context = { source: file, operation: "webhook delivery", schema: cassette.schema };
  if (!project.schemaNames.includes(cassette.schema))
    return [{ ...context, reason: `no generated validator is named "${cassette.schema}"` }];
  const result = project.validate(cassette.schema, cassette.delivery.body);
  return result.valid ? [] : violationsFromErrors(context, cassette.delivery.body, result.errors);
}

/** Every response schema an operation names, and every webhook cassette's schema, is a generated validator. */
export function schemaNamesCase(project: ContractProject, cassettes: readonly LoadedCassette[]): Promise<SuiteCase> {
  return timedCase("recorded", "names only response schemas the generated validators know", undefined, async () => {
    const named = [
      ...Object.values(project.operations).flatMap((operation) => Object.values(operation.responses)),
      ...cassettes.flatMap(({ cassette }) => (cassette.kind === "webhook" ? [cassette.schema] : [])),
    ];
    const unknown = [...new Set(named.filter((name) => name !== null && !project.schemaNames.includes(name)))];
    return unknown.length === 0
      ? { status: "passed" }
      : { status: "failed", message: `unknown schema names: ${unknown.join(", ")}` };
  });
}
