// The workflow's spec-diff job run with bash (scripts/workflow-runner.ts) in a git repository with a
// bare origin, on a pull request that layers a new overlay on a spec, adds a spec and edits the JSON
// Schema: what is new on the branch counts as added, the overlay is applied on the new side only,
// JSON Schemas are diffed, and the breaking change fails the job unless the label is on.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Json } from "../test-support/json.ts";
import { repoPath, SPEC_FILES } from "../test-support/repo.ts";
import { specWithSchemas } from "../test-support/specs.ts";
import { type TempFolder, tempFolder } from "../test-support/temp-folder.ts";
import { GIT_IDENTITY, LAYERED_OVERLAY } from "./adopt-workflow.ts";
import { readWorkflow, runJob } from "./workflow-runner.ts";

const WORKFLOW = readWorkflow(repoPath(".github/workflows/contract.yml"));

let folder: TempFolder;
const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: folder.at("app"), env: { ...process.env, ...GIT_IDENTITY }, encoding: "utf8" });

function config(overlays: string[], extraSpec: boolean): Json {
  return {
    specs: [
      { name: "stripe-events-api", spec: "specs/stripe-events-api-openapi.yml", overlay: overlays },
      { name: "stripe-v2-core-events", spec: "specs/stripe-v2-core-events-openapi.yml" },
      ...(extraSpec ? [{ name: "extra", spec: "specs/extra.json" }] : []),
    ],
    jsonSchemas: [{ name: "stripe-event.json", file: "specs/stripe-event.json" }],
    out: "generated",
  };
}

beforeAll(() => {
  folder = tempFolder("workflow-run");
  for (const file of Object.values(SPEC_FILES)) cpSync(file, folder.at("app/specs", file.split("/").at(-1)!));
  folder.write("app/package.json", {
    name: "app",
    private: true,
    scripts: { diff: `node ${repoPath("cli/main.ts")} diff` },
  });
  folder.write("app/stripe-events-contract.config.json", config(["specs/stripe-events-api.overlay.yml"], false));
  folder.write("bin/gh", '#!/usr/bin/env bash\necho "$@" >> "$(dirname "$0")/gh.log"\n');
  chmodSync(folder.at("bin/gh"), 0o755);
  execFileSync("git", ["init", "--bare", "-b", "main", folder.at("origin.git")]);
  git("init", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "base");
  git("remote", "add", "origin", folder.at("origin.git"));
  git("push", "-q", "origin", "main");
  git("checkout", "-qb", "pr");
  folder.write("app/specs/ours.overlay.yml", LAYERED_OVERLAY);
  folder.write("app/specs/extra.json", specWithSchemas({ thing: { type: "object" } }));
  const schema = JSON.parse(readFileSync(folder.at("app/specs/stripe-event.json"), "utf8"));
  delete schema.properties.pending_webhooks;
  folder.write("app/specs/stripe-event.json", schema);
  folder.write(
    "app/stripe-events-contract.config.json",
    config(["specs/stripe-events-api.overlay.yml", "specs/ours.overlay.yml"], true),
  );
  git("add", "-A");
  git("commit", "-qm", "pr");
});
afterAll(() => folder.remove());

function specDiff(accepted: boolean) {
  return runJob(WORKFLOW, "spec-diff", {
    cwd: folder.at("app"),
    expressions: {
      "github.base_ref": "main",
      "github.event.pull_request.number": "7",
      "github.token": "t",
      "contains(github.event.pull_request.labels.*.name, 'accept-breaking-spec-change')": String(accepted),
    },
    env: { PATH: `${folder.at("bin")}:${repoPath("node_modules/.bin")}:${process.env.PATH}` },
    skip: ["Install"],
  });
}

describe("spec-diff on a pull request that adds an overlay, a spec and edits the JSON Schema", () => {
  it("reports each input, counting what the base lacks as added, and fails on the breaking change", () => {
    const run = specDiff(false);
    const diff = run.steps.find((step) => step.name.startsWith("Diff the base branch"));
    expect(diff?.stderr).not.toContain("fatal:");
    expect(diff?.outcome).toBe("success");
    const report = readFileSync(folder.at("app/reports/spec-diff.md"), "utf8");
    expect(report).toContain(
      "- overlay `specs/ours.overlay.yml` is added by this pull request: the base side is read without it.",
    );
    expect(report).toContain("- `specs/extra.json` is added by this pull request: nothing to compare.");
    expect(report).toContain("`response-property-nullable`");
    expect(report).toContain("### Spec diff: `/tmp/base/specs/stripe-event.json` → `specs/stripe-event.json`");
    expect(report).toMatch(/pending_webhooks/);
    expect(run.summary).toContain(report.trim());
    expect(run.outputs.diff).toEqual({ breaking: "1", changed: "1" });
    expect(readFileSync(folder.at("bin/gh.log"), "utf8")).toContain(
      "pr comment 7 --body-file reports/spec-diff.md --edit-last",
    );
    expect(run.steps.at(-1)).toMatchObject({ name: "Fail on breaking changes unless accepted", outcome: "failure" });
    expect(run.steps.at(-1)?.stdout).toContain("::error::The spec change breaks consumers");
    expect(run.failed).toBe(true);
  }, 60_000);

  it("with the accept-breaking-spec-change label the same change passes (the twin)", () => {
    const run = specDiff(true);
    expect(run.steps.at(-1)?.outcome).toBe("success");
    expect(run.failed).toBe(false);
  }, 60_000);
});
