// The adoption script's last part: the CI workflow `init` copied into the application, its jobs run
// with bash (scripts/workflow-runner.ts) in the application's git repository against a bare origin:
// on main (generate --check and tests, two contract shards and the merged reports), then on a pull
// request that layers a new overlay on the v1 spec (the spec-diff job, without and with the label).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectExit, type Run, type Steps, sh } from "./adopt-support.ts";
import { readWorkflow, runJob } from "./workflow-runner.ts";

export interface WorkflowAdoption {
  readonly app: string;
  readonly origin: string;
  readonly steps: Steps;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A committer for the git repositories the workflow runs in. */
export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "a",
  GIT_AUTHOR_EMAIL: "a@example.com",
  GIT_COMMITTER_NAME: "a",
  GIT_COMMITTER_EMAIL: "a@example.com",
};

/** An overlay layered on the repair overlay; previous_attributes may be null, a breaking change for readers. */
export const LAYERED_OVERLAY = `overlay: 1.0.0
info:
  title: our own fixes
  version: "1"
actions:
  - target: $.components.schemas.notification_event_data.properties.previous_attributes
    description: old events have no previous_attributes
    update:
      nullable: true
`;

export async function adoptWorkflow(adoption: WorkflowAdoption): Promise<void> {
  const { app, steps } = adoption;
  const env = { ...adoption.env, ...GIT_IDENTITY };
  const git = (...args: string[]): Run => expectExit(sh("git", args, { cwd: app, env }), 0, `git ${args.join(" ")}`);
  const workflow = readWorkflow(join(app, ".github/workflows/contract.yml"));
  const job = (name: string, expressions: Record<string, string> = {}) => {
    const result = runJob(workflow, name, { cwd: app, expressions, env, skip: ["Install"] });
    const failed = result.steps.find((step) => step.outcome === "failure");
    return { ...result, detail: failed ? `${failed.name}:\n${failed.stdout}\n${failed.stderr}` : "" };
  };
  await steps.run("workflow on main: a bare origin, the test job", () => {
    expectExit(sh("git", ["init", "--bare", "-b", "main", adoption.origin], { cwd: app, env }), 0, "git init --bare");
    git("init", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "Adopt stripe-events-contract");
    git("remote", "add", "origin", adoption.origin);
    git("push", "-q", "origin", "main");
    const test = job("test");
    if (test.failed) throw new Error(`the test job failed at ${test.detail}`);
  });
  await steps.run("workflow: contract shards 1/2 and 2/2, then the merged reports", () => {
    for (const shard of ["1", "2"]) {
      const run = job("contract", { "matrix.shard": shard, "secrets.STRIPE_TEST_API_KEY": "" });
      if (run.failed) throw new Error(`contract shard ${shard} failed at ${run.detail}`);
    }
    const report = job("contract-report");
    if (report.failed) throw new Error(`contract-report failed at ${report.detail}`);
    for (const file of ["reports/junit.xml", "reports/contract.json", "reports/contract.md"])
      if (!existsSync(join(app, file))) throw new Error(`contract-report did not write ${file}`);
    if (!report.summary.includes("## Contract coverage"))
      throw new Error("the coverage matrix is not in the job summary");
  });
  await steps.run("workflow on a pull request that adds an overlay: spec-diff", () => {
    git("checkout", "-qb", "our-overlay");
    writeFileSync(join(app, "specs/ours.overlay.yml"), LAYERED_OVERLAY);
    const configFile = join(app, "stripe-events-contract.config.json");
    const config = JSON.parse(readFileSync(configFile, "utf8"));
    config.specs[0].overlay.push("specs/ours.overlay.yml");
    writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
    expectExit(sh("npm", ["run", "generate"], { cwd: app, env }), 0, "generate on the branch");
    git("add", "-A");
    git("commit", "-qm", "Layer our overlay");
    if (job("test").failed) throw new Error("the test job fails on the branch");
    checkSpecDiff(job);
  });
}

type JobRunner = (name: string, expressions?: Record<string, string>) => ReturnType<typeof runJob> & { detail: string };

function checkSpecDiff(job: JobRunner): void {
  const expressions = (accepted: boolean) => ({
    "github.base_ref": "main",
    "github.event.pull_request.number": "1",
    "github.token": "t",
    "contains(github.event.pull_request.labels.*.name, 'accept-breaking-spec-change')": String(accepted),
  });
  const refused = job("spec-diff", expressions(false));
  const diff = refused.steps.find((step) => step.name.startsWith("Diff the base branch"));
  if (diff?.outcome !== "success") throw new Error(`the diff step failed:\n${diff?.stdout}\n${diff?.stderr}`);
  for (const text of ["overlay `specs/ours.overlay.yml` is added by this pull request", "`response-property-nullable`"])
    if (!refused.summary.includes(text)) throw new Error(`the spec-diff report lacks ${text}:\n${refused.summary}`);
  if (!refused.failed || refused.steps.at(-1)?.outcome !== "failure")
    throw new Error("the breaking change did not fail the spec-diff job");
  const accepted = job("spec-diff", expressions(true));
  if (accepted.failed) throw new Error(`with the label the spec-diff job still failed at ${accepted.detail}`);
}
