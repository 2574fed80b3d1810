import { afterAll, describe, expect, it } from "vitest";
import { tempFolder } from "../test-support/temp-folder.ts";
import { runJob } from "./workflow-runner.ts";

const folder = tempFolder("runner");
afterAll(() => folder.remove());

const job = (steps: object[], env: object = {}) => ({ jobs: { only: { "runs-on": "x", env, steps } } });
const run = (steps: object[], expressions: Record<string, string> = {}, env: object = {}) =>
  runJob(job(steps, env), "only", { cwd: folder.path, expressions });

describe("runJob", () => {
  it("runs run steps with job and step env, expressions, outputs and the summary; skips uses steps", () => {
    const result = run(
      [
        { uses: "actions/checkout@v4" },
        { id: "one", name: "one", env: { WHO: "${{ matrix.who }}" }, run: 'echo "n=$WHO-$BASE" >> "$GITHUB_OUTPUT"' },
        { name: "two", env: { N: "${{ steps.one.outputs.n }}" }, run: 'echo "got $N" >> "$GITHUB_STEP_SUMMARY"' },
      ],
      { "matrix.who": "a" },
      { BASE: "b" },
    );
    expect(result.steps.map((step) => step.outcome)).toEqual(["skipped", "success", "success"]);
    expect(result.outputs).toEqual({ one: { n: "a-b" } });
    expect(result.summary).toBe("got a-b\n");
    expect(result.failed).toBe(false);
  });

  it("after a failure only if: always() steps run, and continue-on-error keeps the job green", () => {
    const failing = run([
      { name: "fails", run: "false" },
      { name: "skipped", run: "true" },
      { name: "always", if: "always()", run: "true" },
    ]);
    expect(failing.steps.map((step) => step.outcome)).toEqual(["failure", "skipped", "success"]);
    expect(failing.failed).toBe(true);
    const tolerated = run([
      { name: "fails", "continue-on-error": true, run: "false" },
      { name: "next", run: "true" },
    ]);
    expect(tolerated.steps.map((step) => step.outcome)).toEqual(["failure", "success"]);
    expect(tolerated.failed).toBe(false);
  });

  it("refuses what it does not simulate: an unknown expression, another if:", () => {
    expect(() => run([{ name: "x", run: "echo ${{ github.sha }}" }])).toThrow(
      "no value given for the expression ${{ github.sha }}",
    );
    expect(() => run([{ name: "x", if: "success()", run: "true" }])).toThrow(
      '"if: success()" on a run step is not simulated',
    );
  });
});
