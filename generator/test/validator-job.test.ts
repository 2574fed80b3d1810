// The validator worker must produce exactly what the main thread would have compiled.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempTree } from "../../test-support/temp-folder.ts";
import { loadProjectConfig } from "../config.ts";
import { fileHeader, type InputDigest } from "../emit/file-header.ts";
import { compileValidators } from "../emit/validators/compile-validators.ts";
import { validatorDocuments } from "../emit/validators/emit-validators.ts";
import {
  fromWire,
  type JobInput,
  runValidatorJob,
  startValidatorJob,
  startValidatorWorker,
  toWire,
  validatorJobOnPort,
} from "../emit/validators/validator-job.ts";
import { readInputTexts } from "../load/load-inputs.ts";
import { loadModel } from "../load-model.ts";
import { SpecError } from "../spec-error.ts";
import { inputDigests } from "../write/fingerprint.ts";

async function compileInProcess(config: ReturnType<typeof loadProjectConfig>) {
  return compileValidators(validatorDocuments(await loadModel(config)), "../runtime/formats.ts");
}

/** What the pipeline sends the worker for `config`: its model's validator documents and the inputs' digests. */
async function jobInput(config: ReturnType<typeof loadProjectConfig>, inputs = NO_INPUTS): Promise<JobInput> {
  return { documents: validatorDocuments(await loadModel(config)), inputs };
}

const badRoot = tempTree({
  "spec.json": JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {},
    components: { schemas: { bad: { type: "string", pattern: "([" } } },
  }),
});

const NO_INPUTS: InputDigest[] = [];
const NO_HEADER = { generator: "test", inputs: NO_INPUTS };
const jobData = (config: ReturnType<typeof loadProjectConfig>) => ({
  config,
  formatsImport: "../runtime/formats.ts",
  generator: "test",
});

/** A job started on `data` that waits (its modules loaded) until `send` gives it its input. */
function waitingJob(data: Parameters<typeof runValidatorJob>[0]) {
  let give: (input: JobInput) => void = () => {};
  const run = runValidatorJob(data, new Promise<JobInput>((resolve) => (give = resolve)));
  return {
    async send(input: JobInput) {
      // Its modules are loaded by the tests before it: a few turns of the event loop let it get to its input.
      await new Promise((resolve) => setTimeout(resolve, 50));
      give(input);
      const { reply } = await run;
      if (!("compiled" in reply)) throw new Error("no compiled reply");
      return reply.compiled;
    },
  };
}

describe("validator worker", () => {
  it("compiles the documents it is sent into the module the main thread would compile", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    const job = startValidatorJob(jobData(config));
    const input = await jobInput(config);
    job.send(() => input);
    const fromWorker = await job.compiled;
    const inProcess = await compileInProcess(config);
    expect(fromWorker.code).toBe(`${fileHeader(NO_HEADER)}${inProcess.code}`);
    expect([...fromWorker.exportNames]).toEqual([...inProcess.exportNames]);
    await job.finished;
  });

  it("gives the SHA-256 of its module with it, for the manifest; a compile on the caller's thread gives none", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    const { reply } = await runValidatorJob(jobData(config), jobInput(config));
    const compiled = "compiled" in reply ? reply.compiled : undefined;
    expect(compiled?.codeSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(compiled?.codeSha256).toBe(createHash("sha256").update(compiled!.code, "utf8").digest("hex"));
    expect((await compileInProcess(config)).codeSha256).toBeUndefined();
  });

  it("names the digests of the inputs it is sent in the header", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    const digests = inputDigests(readInputTexts(config));
    const { reply } = await runValidatorJob(jobData(config), jobInput(config, digests));
    const code = "compiled" in reply ? reply.compiled.code : "";
    expect(digests.length).toBeGreaterThan(1);
    for (const digest of digests) expect(code.slice(0, 2000)).toContain(digest.sha256);
    const given = await runValidatorJob(jobData(config), jobInput(config));
    expect("compiled" in given.reply && given.reply.compiled.code.slice(0, 2000)).not.toContain(digests[0]!.sha256);
  });

  it("waits for its input: nothing is compiled until the pipeline sends it", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    let send: (input: JobInput) => void = () => {};
    const pending = new Promise<JobInput>((resolve) => {
      send = resolve;
    });
    let settled = false;
    const run = runValidatorJob(jobData(config), pending).then((result) => {
      settled = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    send(await jobInput(config));
    expect(Object.keys((await run).reply)).toEqual(["compiled"]);
  });

  it("reads the validator cache while it waits for its input, not when the input comes", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    const input = await jobInput(config);
    const cacheFolder = tempTree({});
    const file = join(cacheFolder, "validators.jsonl");
    const entryCache = { file, read: true, write: true, salt: "s" };
    const writer = await runValidatorJob({ ...jobData(config), entryCache }, input);
    writer.writeCache();
    expect(existsSync(file)).toBe(true);
    // Started with the cache file there, which is gone before the input comes: read already, used.
    const read = waitingJob({ ...jobData(config), entryCache });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = readFileSync(file, "utf8");
    rmSync(file);
    const reused = await read.send(input);
    expect(reused.reusedCount).toBeGreaterThan(10);
    expect("compiled" in writer.reply && writer.reply.compiled.code).toBe(reused.code);
    // Twin: waits with no cache file; one appears before the input does, after the read: nothing reused.
    const missed = waitingJob({ ...jobData(config), entryCache });
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(file, text);
    expect((await missed.send(input)).reusedCount).toBe(0);
  });

  it("hands a compile failure back as a SpecError", async () => {
    const config = { ...loadProjectConfig(REPO_ROOT), specs: [{ spec: join(badRoot, "spec.json") }], jsonSchemas: [] };
    const documents = validatorDocuments(await loadModel(config));
    const inProcess = await runValidatorJob(jobData(config), { documents, inputs: [] }).catch((error) => error);
    const job = startValidatorJob(jobData(config));
    job.send(() => ({ documents, inputs: [] }));
    const fromWorker = await job.compiled.catch((error) => error);
    expect(fromWorker).toBeInstanceOf(SpecError);
    expect(fromWorker.problems).toEqual(inProcess.problems);
    expect(fromWorker.problems[0].message).toContain(
      "schemas cannot be compiled to validators: Invalid regular expression",
    );
  });

  it("fails the job with the error of making its input, and stops the worker", async () => {
    const job = startValidatorJob(jobData(loadProjectConfig(REPO_ROOT)));
    job.send(() => {
      throw new SpecError([{ file: "spec.json", message: "two validators named alike" }], "Rename one.");
    });
    const failure = await job.compiled.catch((error) => error);
    expect(failure).toBeInstanceOf(SpecError);
    expect(failure.problems[0].message).toBe("two validators named alike");
    await job.finished;
  });

  // run-with-budget.ts starts the worker; the pipeline's thread takes the job from the port it is handed.
  it("through a port, the job gives what the worker's parent would get", async () => {
    const config = loadProjectConfig(REPO_ROOT);
    const input = await jobInput(config);
    const worker = startValidatorWorker(jobData(config));
    const job = validatorJobOnPort(worker.port);
    job.send(() => input);
    const viaPort = await job.compiled;
    await job.finished;
    await worker.stop();
    const directJob = startValidatorJob(jobData(config));
    directJob.send(() => input);
    const direct = await directJob.compiled;
    await directJob.finished;
    expect(viaPort.code).toBe(direct.code);
    expect(viaPort.code).toContain("export const validateEvent");
  });

  it("through a port, a compile failure is the SpecError, and a stopped worker an error, not a hang", async () => {
    const config = { ...loadProjectConfig(REPO_ROOT), specs: [{ spec: join(badRoot, "spec.json") }], jsonSchemas: [] };
    const input = await jobInput(config);
    const failed = startValidatorWorker(jobData(config));
    const failedJob = validatorJobOnPort(failed.port);
    failedJob.send(() => input);
    const failure = await failedJob.compiled.catch((error) => error);
    await failed.stop();
    expect(failure).toBeInstanceOf(SpecError);
    expect(failure.problems[0].message).toContain("Invalid regular expression");
    const stopped = startValidatorWorker(jobData(loadProjectConfig(REPO_ROOT)));
    const job = validatorJobOnPort(stopped.port);
    await stopped.stop();
    await expect(job.compiled).rejects.toThrow("the validator worker stopped without a result");
    await job.finished;
  });
});

describe("the worker's input as it crosses threads (toWire → fromWire)", () => {
  const entries = new Map([["thing", "/components/schemas/thing"]]);
  const crossed = (document: Record<string, unknown>, fromYaml: boolean) =>
    toWire({ documents: [{ id: "https://x/spec.json", file: "spec.json", document, entries }], inputs: [], fromYaml });

  it("carries each document as JSON text, and gives back the same documents", () => {
    const document = { components: { schemas: { thing: { type: "integer", maximum: 10, enum: [1, null] } } } };
    const wire = crossed(document, false);
    expect(wire.documents[0]).toHaveProperty("json");
    const [back] = fromWire(structuredClone(wire)).documents;
    expect(back?.document).toEqual(document);
    expect(back?.entries).toEqual(entries);
    expect(back?.id).toBe("https://x/spec.json");
  });

  it("keeps ±Infinity and NaN of a YAML input by sending that document as itself", () => {
    const document = { components: { schemas: { thing: { type: "number", maximum: Number.POSITIVE_INFINITY } } } };
    const wire = crossed(document, true);
    expect(wire.documents[0]).not.toHaveProperty("json");
    const [back] = fromWire(structuredClone(wire)).documents;
    expect(back?.document).toEqual(document);
    expect(JSON.stringify(crossed({ not: Number.NaN }, true).documents[0])).not.toContain('"json"');
  });

  it("twin: as JSON text the same document would lose its Infinity (null), which is why YAML inputs are checked", () => {
    const document = { components: { schemas: { thing: { type: "number", maximum: Number.POSITIVE_INFINITY } } } };
    const [back] = fromWire(crossed(document, false)).documents;
    expect(back?.document).toEqual({ components: { schemas: { thing: { type: "number", maximum: null } } } });
  });

  it("a YAML input's documents without such numbers still cross as JSON text", () => {
    expect(crossed({ type: "number", maximum: 1e308 }, true).documents[0]).toHaveProperty("json");
  });
});
