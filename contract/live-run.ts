// The live half of the suite: the same cases as the documented cassettes, against a Prism mock built
// from the project's specs or a real server. A case whose operation the project's specs do not have
// is skipped with that reason; so is one the target cannot run (a write without permission).
import { startContractPrism } from "./contract-prism.ts";
import type { Coverage } from "./coverage.ts";
import { LIVE_CASES, type LiveCase } from "./live-cases.ts";
import { describeLiveTarget, type LiveTarget, PLACEHOLDER_KEY } from "./live-target.ts";
import type { PrismServer } from "./prism-server.ts";
import type { ContractProject } from "./project.ts";
import { tally, timedCase, verdictCase } from "./run-cases.ts";
import { runLiveCase } from "./run-live-case.ts";
import type { SuiteCase } from "./suite-report.ts";

export async function liveCases(
  project: ContractProject,
  target: LiveTarget,
  coverage: Coverage,
  onCase: (entry: SuiteCase) => void,
): Promise<SuiteCase[]> {
  if (target.kind === "skip") {
    coverage.liveNote = target.reason;
    const skipped: SuiteCase = {
      group: "live",
      name: "all live cases",
      status: "skipped",
      message: target.reason,
      seconds: 0,
    };
    onCase(skipped);
    return [skipped];
  }
  let prism: PrismServer | undefined;
  const skippedNotes: string[] = [];
  const cases: SuiteCase[] = [];
  try {
    prism = target.kind === "prism" ? await startContractPrism(project.config.specs) : undefined;
    const baseUrl = prism?.baseUrl ?? (target.kind === "server" ? target.baseUrl : "");
    const learned: Record<string, string> = {};
    for (const liveCase of LIVE_CASES) {
      const entry = await runOne(liveCase, { project, target, baseUrl, learned, coverage });
      if (entry.status === "skipped") skippedNotes.push(`${liveCase.name} not run: ${entry.message}`);
      cases.push(entry);
      onCase(entry);
    }
  } finally {
    await prism?.stop();
    coverage.liveNote = [describeLiveTarget(target, prism?.baseUrl), ...skippedNotes].join("; ");
  }
  return cases;
}

interface LiveRun {
  readonly project: ContractProject;
  readonly target: Exclude<LiveTarget, { kind: "skip" }>;
  readonly baseUrl: string;
  readonly learned: Record<string, string>;
  readonly coverage: Coverage;
}

function runOne(liveCase: LiveCase, run: LiveRun): Promise<SuiteCase> {
  const { project, target } = run;
  return timedCase("live", liveCase.name, undefined, async () => {
    if (project.operations[liveCase.operationId] === undefined)
      return { status: "skipped", message: `the specs have no operation ${liveCase.operationId}` };
    const result = await runLiveCase(liveCase, {
      ...project,
      baseUrl: run.baseUrl,
      apiKey: target.kind === "server" ? target.apiKey : PLACEHOLDER_KEY,
      context: {
        target: target.kind === "prism" ? "prism" : "server",
        eventDestinationId: target.kind === "server" ? target.eventDestinationId : undefined,
        learned: run.learned,
      },
    });
    if (result.kind === "skipped") return { status: "skipped", message: result.reason };
    Object.assign(run.learned, result.learned);
    tally(run.coverage, result.operation.operationId, result.verdict, "live");
    return verdictCase(result.verdict.violations);
  });
}
