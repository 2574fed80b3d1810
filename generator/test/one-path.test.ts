// generate, diff and the Prism spec builder all reach their specs through generator/load-model.ts
// (the validator worker compiles the documents of generate's model): a failure injected there is
// what each of them reports, and without one each of them succeeds (the twin that shows the
// injection, not the caller, made it fail).
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildPrismSpec } from "../../contract/prism-spec.ts";
import { loadSpecModel } from "../../diff/load-spec-model.ts";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { loadProjectConfig } from "../config.ts";
import { loadModel, loadModelBeforeChecks, loadRepairedSpecs } from "../load-model.ts";
import { generate } from "../pipeline.ts";

const injection = vi.hoisted(() => ({ failure: undefined as Error | undefined }));

vi.mock("../load-model.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../load-model.ts")>();
  const injected =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (injection.failure) throw injection.failure;
      return run(...args);
    };
  return {
    ...real,
    loadModel: vi.fn(injected(real.loadModel as (...args: unknown[]) => Promise<unknown>)),
    loadModelBeforeChecks: vi.fn(injected(real.loadModelBeforeChecks as (...args: unknown[]) => Promise<unknown>)),
    loadRepairedSpecs: vi.fn(injected(real.loadRepairedSpecs)),
  };
});

afterEach(() => {
  injection.failure = undefined;
  vi.mocked(loadModel).mockClear();
  vi.mocked(loadModelBeforeChecks).mockClear();
  vi.mocked(loadRepairedSpecs).mockClear();
});

const config = loadProjectConfig(REPO_ROOT);
const V1_PATHS = {
  v1: join(REPO_ROOT, "specs/stripe-events-api-openapi.yml"),
  v1Overlay: join(REPO_ROOT, "specs/stripe-events-api.overlay.yml"),
  v2: join(REPO_ROOT, "specs/stripe-v2-core-events-openapi.yml"),
};

const CALLERS = [
  {
    caller: "generate (the pipeline)",
    run: () => generate({ config, check: true, useCache: false }),
    through: loadModelBeforeChecks,
    succeeds: (result: unknown) => expect((result as { status: string }).status).toBe("up-to-date"),
  },
  {
    caller: "diff (one side)",
    run: () => loadSpecModel(V1_PATHS.v2),
    through: loadModel,
    succeeds: (result: unknown) => expect((result as { spec: { version: string } }).spec.version).toBe("3.1"),
  },
  {
    caller: "the Prism spec builder (repaired documents only)",
    run: () => buildPrismSpec(config.specs),
    through: loadRepairedSpecs,
    succeeds: (result: unknown) => expect(Object.keys((result as { paths: object }).paths)).toContain("/v1/events"),
  },
];

describe("a failure injected in load-model.ts", () => {
  it.each(CALLERS)("is what $caller reports", async ({ run, through }) => {
    injection.failure = new Error("injected failure in load-model");
    await expect(run()).rejects.toThrow("injected failure in load-model");
    expect(through).toHaveBeenCalledTimes(1);
  });

  it.each(CALLERS)(
    "twin: without it $caller succeeds, still through load-model.ts",
    async ({ run, through, succeeds }) => {
      succeeds(await run());
      expect(through).toHaveBeenCalledTimes(1);
    },
  );
});
