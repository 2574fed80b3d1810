// The validator worker must produce exactly what the main thread would have compiled.

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempTree } from "../../test-support/temp-folder.ts";
import { loadProjectConfig } from "../config.ts";
import { fileHeader } from "../emit/file-header.ts";
import { compileValidators } from "../emit/validators/compile-validators.ts";
import { validatorDocuments } from "../emit/validators/emit-validators.ts";
import {
  runValidatorJob,
  startValidatorJob,
  startValidatorWorker,
  validatorJobOnPort,
} from "../emit/validators/validator-job.ts";
import { readInputTexts } from "../load/load-inputs.ts";
import { loadModel } from "../load-model.ts";
import { SpecError } from "../spec-error.ts";
import { sha256 } from "../write/fingerprint.ts";

async function compileInProcess(config: ReturnType<typeof loadProjectConfig>) {
  return compileValidators(validatorDocuments(await loadModel(config)), "../runtime/formats.ts");
}

const badRoot = tempTree({
  "spec.json": JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {},
    components: { schemas: { bad: { type: "string", pattern: "([" } } },
  }),
});

const NO_HEADER = { generator: "test", inputs: [] };

describe("validator worker", () => {
  it("compiles the same module as the main thread", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    const fromWorker = await startValidatorJob({ config, formatsImport: "../runtime/formats.ts", header: NO_HEADER })
      .compiled;
    const inProcess = await compileInProcess(config);
    expect(fromWorker?.code).toBe(`${fileHeader(NO_HEADER)}${inProcess.code}`);
    expect([...fromWorker!.exportNames]).toEqual([...inProcess.exportNames]);
  });

  it("names the digests of the inputs it read itself in the header when the caller read none", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    const header = { generator: "test" };
    const { reply } = await runValidatorJob({ config, formatsImport: "../runtime/formats.ts", header });
    const digests = readInputTexts(config).map(([, source]) => sha256(source.text));
    const code = "compiled" in reply ? reply.compiled.code : "";
    expect(digests.length).toBeGreaterThan(1);
    for (const digest of digests) expect(code.slice(0, 2000)).toContain(digest);
    const given = await runValidatorJob({ config, formatsImport: "../runtime/formats.ts", header: NO_HEADER });
    expect("compiled" in given.reply && given.reply.compiled.code.slice(0, 2000)).not.toContain(digests[0]);
  });

  it("hands a compile failure back as a SpecError", async () => {
    const config = { ...loadProjectConfig(REPO_ROOT), specs: [{ spec: join(badRoot, "spec.json") }], jsonSchemas: [] };
    const inProcess = await runValidatorJob({
      config,
      formatsImport: "../runtime/formats.ts",
      header: NO_HEADER,
    }).catch((error) => error);
    const fromWorker = await startValidatorJob({
      config,
      formatsImport: "../runtime/formats.ts",
      header: NO_HEADER,
    }).compiled.catch((error) => error);
    expect(fromWorker).toBeInstanceOf(SpecError);
    expect(fromWorker.problems).toEqual(inProcess.problems);
    expect(fromWorker.problems[0].message).toContain(
      "schemas cannot be compiled to validators: Invalid regular expression",
    );
  });

  // run-with-budget.ts starts the worker; the pipeline's thread takes the job from the port it is handed.
  it("through a port, the job gives what the worker's parent would get", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    const data = { config, formatsImport: "../runtime/formats.ts", header: NO_HEADER };
    const worker = startValidatorWorker(data);
    const job = validatorJobOnPort(worker.port);
    const viaPort = await job.compiled;
    await job.finished;
    await worker.stop();
    const direct = await startValidatorJob(data).compiled;
    expect(viaPort?.code).toBe(direct?.code);
    expect(viaPort?.code).toContain("export const validateEvent");
  });

  it("through a port, a compile failure is the SpecError, and a stopped worker an error, not a hang", async () => {
    const config = { ...loadProjectConfig(REPO_ROOT), specs: [{ spec: join(badRoot, "spec.json") }], jsonSchemas: [] };
    const data = { config, formatsImport: "../runtime/formats.ts", header: NO_HEADER };
    const failed = startValidatorWorker(data);
    const failure = await validatorJobOnPort(failed.port).compiled.catch((error) => error);
    await failed.stop();
    expect(failure).toBeInstanceOf(SpecError);
    expect(failure.problems[0].message).toContain("Invalid regular expression");
    const stopped = startValidatorWorker({ ...data, config: loadProjectConfig(REPO_ROOT) });
    const job = validatorJobOnPort(stopped.port);
    await stopped.stop();
    await expect(job.compiled).rejects.toThrow("the validator worker stopped without a result");
    await job.finished;
  });
});
