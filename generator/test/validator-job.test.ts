// The validator worker must produce exactly what the main thread would have compiled.

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadProjectConfig } from "../config.ts";
import { compileValidators } from "../emit/validators/compile-validators.ts";
import { validatorDocuments } from "../emit/validators/emit-validators.ts";
import { startValidatorJob } from "../emit/validators/validator-job.ts";
import { loadSources, repairSpecs } from "../load/load-inputs.ts";
import { buildModel } from "../model/build-model.ts";
import { validateAndResolve } from "../resolve/validate-and-resolve.ts";
import { SpecError } from "../spec-error.ts";
import { REPO, writeTree } from "./helpers.ts";

async function compileInProcess(config: ReturnType<typeof loadProjectConfig>) {
  const sources = loadSources(config);
  const repaired = await repairSpecs(sources.specs);
  const resolved = [];
  for (const spec of repaired)
    resolved.push({
      name: spec.name,
      resolved: await validateAndResolve(spec.data, spec.source, spec.absolute, { allowRemoteRefs: false }),
    });
  return compileValidators(validatorDocuments(buildModel(resolved, sources.jsonSchemas)), "../runtime/formats.ts");
}

describe("validator worker", () => {
  it("compiles the same module as the main thread", async () => {
    const config = loadProjectConfig(REPO);
    const fromWorker = await startValidatorJob(config, "../runtime/formats.ts").compiled;
    const inProcess = await compileInProcess(config);
    expect(fromWorker?.code).toBe(inProcess.code);
    expect([...fromWorker!.exportNames]).toEqual([...inProcess.exportNames]);
  });

  it("hands a compile failure back as a SpecError", async () => {
    const root = writeTree({
      "spec.json": JSON.stringify({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {},
        components: { schemas: { bad: { type: "string", pattern: "([" } } },
      }),
    });
    const config = { ...loadProjectConfig(REPO), specs: [{ spec: join(root, "spec.json") }], jsonSchemas: [] };
    await expect(startValidatorJob(config, "../runtime/formats.ts").compiled).rejects.toBeInstanceOf(SpecError);
  });
});
