// Which threads a run starts (run-with-budget.ts): a large input without a time budget runs the
// pipeline on the caller's thread beside its validator worker; with --timeout, or on a small input,
// the pipeline runs in a thread of its own.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { oneSpecConfig } from "../../test-support/specs.ts";
import { tempTree } from "../../test-support/temp-folder.ts";
import { runWithBudget } from "../run-with-budget.ts";

const started = vi.hoisted(() => ({ threads: [] as string[] }));

vi.mock("../sibling-module.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../sibling-module.ts")>();
  return {
    ...real,
    startWorkerThread: (
      name: string,
      ...rest: Parameters<typeof real.startWorkerThread> extends [string, ...infer R] ? R : never
    ) => {
      started.threads.push(name);
      return real.startWorkerThread(name, ...rest);
    },
  };
});

afterEach(() => {
  started.threads.length = 0;
});

const spec = (padding: number) =>
  JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    "x-padding": "p".repeat(padding),
    paths: { "/a": { get: { operationId: "one", responses: { "200": { description: "ok" } } } } },
    components: { schemas: { thing: { type: "object", properties: { id: { type: "string" } } } } },
  });

const root = tempTree({ "large.json": spec(1_100_000), "small.json": spec(0) });
const request = (file: string, out: string) => ({
  config: oneSpecConfig(join(root, file), join(root, out)),
  check: false,
});

describe("the threads of a run", () => {
  it.each([
    { given: "a large input without --timeout", file: "large.json", timeout: undefined, want: ["validator-worker"] },
    {
      given: "a large input with --timeout",
      file: "large.json",
      timeout: 60,
      want: ["pipeline-worker", "validator-worker"],
    },
    { given: "a small input without --timeout", file: "small.json", timeout: undefined, want: ["pipeline-worker"] },
  ])("$given: $want", async ({ file, timeout, want }) => {
    const out = `${file}-${timeout ?? "none"}`;
    const result = await runWithBudget(request(file, out), timeout);
    expect(result.status).toBe("written");
    expect(started.threads).toEqual(want);
    expect(readFileSync(join(root, out, "validators.compiled.js"), "utf8")).toContain("export const validateThing");
  });

  it("the output is the same whichever thread ran the pipeline", async () => {
    await runWithBudget(request("large.json", "here"), undefined);
    await runWithBudget(request("large.json", "there"), 60);
    for (const file of ["types.ts", "client.ts", "validators.compiled.js", "manifest.json"])
      expect(readFileSync(join(root, "here", file), "utf8")).toBe(readFileSync(join(root, "there", file), "utf8"));
  });
});
