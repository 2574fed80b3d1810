// The validator worker must produce exactly what the main thread would have compiled.

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempTree } from "../../test-support/temp-folder.ts";
import { loadProjectConfig } from "../config.ts";
import { compileValidators } from "../emit/validators/compile-validators.ts";
import { validatorDocuments } from "../emit/validators/emit-validators.ts";
import { runValidatorJob, startValidatorJob } from "../emit/validators/validator-job.ts";
import { loadModel } from "../load-model.ts";
import { SpecError } from "../spec-error.ts";

async function compileInProcess(config: ReturnType<typeof loadProjectConfig>) {
  return compileValidators(validatorDocuments(await loadModel(config)), "../runtime/formats.ts");
}

describe("validator worker", () => {
  it("compiles the same module as the main thread", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    const fromWorker = await startValidatorJob({ config, formatsImport: "../runtime/formats.ts", header: "" }).compiled;
    const inProcess = await compileInProcess(config);
    expect(fromWorker?.code).toBe(inProcess.code);
    expect([...fromWorker!.exportNames]).toEqual([...inProcess.exportNames]);
  });

  it("hands a compile failure back as a SpecError", async () => {
    const root = tempTree({
      "spec.json": JSON.stringify({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {},
        components: { schemas: { bad: { type: "string", pattern: "([" } } },
      }),
    });
    const config = { ...loadProjectConfig(REPO_ROOT), specs: [{ spec: join(root, "spec.json") }], jsonSchemas: [] };
    const inProcess = await runValidatorJob({ config, formatsImport: "../runtime/formats.ts", header: "" }).catch(
      (error) => error,
    );
    const fromWorker = await startValidatorJob({
      config,
      formatsImport: "../runtime/formats.ts",
      header: "",
    }).compiled.catch((error) => error);
    expect(fromWorker).toBeInstanceOf(SpecError);
    expect(fromWorker.problems).toEqual(inProcess.problems);
    expect(fromWorker.problems[0].message).toContain(
      "schemas cannot be compiled to validators: Invalid regular expression",
    );
  });
});
