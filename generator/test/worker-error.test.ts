// The worker error codec: what is thrown in a worker, encoded, cloned across the thread boundary
// (structuredClone is the algorithm postMessage uses) and decoded, is what the parent throws.
import { readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempTree } from "../../test-support/temp-folder.ts";
import { loadProjectConfig } from "../config.ts";
import { cachedRun, cacheMayAnswer, generate } from "../pipeline.ts";
import { runWithBudget } from "../run-with-budget.ts";
import { SpecError } from "../spec-error.ts";
import { decodeError, encodeError } from "../worker-error.ts";

const acrossThreads = (error: unknown) => decodeError(structuredClone(encodeError(error)));

const problems = [
  { file: "spec.yml", pointer: "/paths/~1a/get", line: 12, column: 5, message: "is wrong" },
  { file: "spec.yml", pointer: "", message: "is also wrong" },
  { file: "overlay.yml", message: "matches nothing" },
];

describe("a SpecError crosses a worker thread", () => {
  it.each([
    { given: "several problems", error: new SpecError(problems, "Fix them.") },
    { given: "one problem", error: SpecError.single(problems[0]!, "Fix it.") },
  ])("with $given: class, problems, hint and message survive", ({ error }) => {
    const decoded = acrossThreads(error);
    expect(decoded).toBeInstanceOf(SpecError);
    expect((decoded as SpecError).problems).toEqual(error.problems);
    expect((decoded as SpecError).hint).toBe(error.hint);
    expect(decoded.message).toBe(error.message);
  });

  it("without the codec it would not (the twin that shows the codec is needed)", () => {
    const cloned = structuredClone(new SpecError(problems, "Fix them."));
    expect(cloned).not.toBeInstanceOf(SpecError);
    expect((cloned as unknown as SpecError).problems).toBeUndefined();
  });
});

describe("any other failure crosses as a plain Error", () => {
  it.each([
    { given: "an Error", error: new Error("ajv ran out of stack"), message: "ajv ran out of stack" },
    { given: "a TypeError", error: new TypeError("x is not a function"), message: "x is not a function" },
  ])("$given keeps its message and the worker's stack, and is no SpecError", ({ error, message }) => {
    const decoded = acrossThreads(error);
    expect(decoded).not.toBeInstanceOf(SpecError);
    expect(decoded.message).toBe(message);
    expect(decoded.stack).toBe(error.stack);
    expect(decoded.stack).toContain("worker-error.test.ts");
  });

  it.each([
    { given: "a thrown string", thrown: "gave up", message: "gave up" },
    { given: "a thrown number", thrown: 42, message: "42" },
  ])("$given becomes an Error with that text", ({ thrown, message }) => {
    const decoded = acrossThreads(thrown);
    expect(decoded).toBeInstanceOf(Error);
    expect(decoded).not.toBeInstanceOf(SpecError);
    expect(decoded.message).toBe(message);
  });
});

/** Over validator-job.ts's threshold (1 MB), so that the validators are compiled in their own worker. */
function largeSpec(schema: Record<string, unknown>, operationIds: readonly [string, string]): string {
  const spec = JSON.parse(specWithIds(...operationIds));
  return JSON.stringify({ ...spec, "x-padding": "p".repeat(1_100_000), components: { schemas: { thing: schema } } });
}

const specWithIds = (first: string, second: string) =>
  JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/a": { get: { operationId: first, responses: { "200": { description: "ok" } } } },
      "/b": { get: { operationId: second, responses: { "200": { description: "ok" } } } },
    },
  });

describe("through the real worker threads", () => {
  const root = tempTree({
    "same.json": specWithIds("same", "same"),
    "distinct.json": specWithIds("one", "two"),
    "large.json": largeSpec({ type: "object", required: ["id"], properties: { id: { type: "string" } } }, [
      "one",
      "two",
    ]),
    "large-bad-spec.json": largeSpec({ type: "string" }, ["same", "same"]),
    "large-bad-schema.json": largeSpec({ type: "string", pattern: "([" }, ["one", "two"]),
    // The OpenAPI schema refuses a response without a description: the check the pipeline defers
    // until the validator worker has its documents.
    "large-invalid.json": JSON.stringify({
      ...JSON.parse(largeSpec({ type: "string" }, ["one", "two"])),
      paths: { "/a": { get: { operationId: "one", responses: { "200": {} } } } },
    }),
  });
  const request = (file: string, out: string) => ({
    config: {
      ...loadProjectConfig(REPO_ROOT),
      specs: [{ spec: join(root, file) }],
      jsonSchemas: [],
      out: join(root, out),
    },
    check: false,
  });

  it("the pipeline worker (--timeout) rejects with the SpecError generate throws in-process", async () => {
    const failure = (error: unknown) => error as SpecError;
    const inProcess = await generate(request("same.json", "a")).then(() => undefined, failure);
    const fromWorker = await runWithBudget(request("same.json", "b"), 60).then(() => undefined, failure);
    expect(inProcess).toBeInstanceOf(SpecError);
    expect(fromWorker).toBeInstanceOf(SpecError);
    expect(fromWorker?.problems).toEqual(inProcess?.problems);
    expect(fromWorker?.problems[0]?.pointer).toBe("/paths/~1b/get/operationId");
    expect(fromWorker?.hint).toBe(inProcess?.hint);
  });

  it("twin: a valid spec comes back as a result", async () => {
    const result = await runWithBudget(request("distinct.json", "c"), 60);
    expect(result.status).toBe("written");
    expect(result.operations).toBe(2);
  });

  it("without --timeout the pipeline runs in the worker too: the same SpecError, and a result", async () => {
    const failure = (error: unknown) => error as SpecError;
    const inProcess = await generate(request("same.json", "d")).then(() => undefined, failure);
    const fromWorker = await runWithBudget(request("same.json", "e"), undefined).then(() => undefined, failure);
    expect(fromWorker).toBeInstanceOf(SpecError);
    expect(fromWorker?.problems).toEqual(inProcess?.problems);
    const result = await runWithBudget(request("distinct.json", "f"), undefined);
    expect([result.status, result.operations]).toEqual(["written", 2]);
  });

  it("a run the content-hash cache answers is answered on this thread (cachedRun), a first run is not", async () => {
    expect(await cachedRun(request("distinct.json", "g"))).toEqual({});
    await runWithBudget(request("distinct.json", "g"), undefined);
    expect((await cachedRun(request("distinct.json", "g"))).result?.status).toBe("unchanged");
    expect(await cachedRun({ ...request("distinct.json", "g"), useCache: false })).toEqual({});
    writeFileSync(join(root, "distinct.json"), specWithIds("one", "three"));
    const stale = await cachedRun(request("distinct.json", "g"));
    expect(stale.result).toBeUndefined();
    expect(stale.prepared?.texts.map(([, source]) => source.text)).toEqual([specWithIds("one", "three")]);
    expect((await runWithBudget(request("distinct.json", "g"), undefined)).status).toBe("written");
  });

  // The record of a run notes its inputs' sizes and times: when they differ, run-with-budget.ts starts
  // the threads first and reads and hashes the inputs while they boot; the content hash still decides.
  it("inputs touched since the last run start the threads first, and the cache still answers the same content", async () => {
    writeFileSync(join(root, "touched.json"), specWithIds("one", "two"));
    expect(cacheMayAnswer(request("touched.json", "l"))).toBe(false);
    expect((await runWithBudget(request("touched.json", "l"), undefined)).status).toBe("written");
    expect(cacheMayAnswer(request("touched.json", "l"))).toBe(true);
    expect(cacheMayAnswer({ ...request("touched.json", "l"), useCache: false })).toBe(false);
    utimesSync(join(root, "touched.json"), new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(cacheMayAnswer(request("touched.json", "l"))).toBe(false);
    expect((await runWithBudget(request("touched.json", "l"), undefined)).status).toBe("unchanged");
    writeFileSync(join(root, "touched.json"), specWithIds("one", "three"));
    expect((await runWithBudget(request("touched.json", "l"), undefined)).status).toBe("written");
  });

  it("an input gone since the last run fails with its SpecError, whichever comes first", async () => {
    writeFileSync(join(root, "gone.json"), specWithIds("one", "two"));
    expect((await runWithBudget(request("gone.json", "m"), undefined)).status).toBe("written");
    rmSync(join(root, "gone.json"));
    const failure = await runWithBudget(request("gone.json", "m"), undefined).then(
      () => undefined,
      (error) => error,
    );
    expect(failure).toBeInstanceOf(SpecError);
    expect((failure as SpecError).problems[0]?.message).toContain("does not exist");
  });

  // run-with-budget.ts starts the validator worker of a large input itself, beside the pipeline's
  // thread, which takes its replies through a port (validator-job.ts validatorJobOnPort).
  it("on a large spec, the validator worker the CLI starts gives the files generate gives in-process", async () => {
    const viaCli = await runWithBudget(request("large.json", "h"), undefined);
    const inProcess = await generate(request("large.json", "i"));
    expect([viaCli.status, viaCli.validators]).toEqual(["written", 1]);
    expect([inProcess.status, inProcess.validators]).toEqual(["written", 1]);
    const read = (out: string, file: string) => readFileSync(join(root, out, file), "utf8");
    for (const file of ["validators.compiled.js", "validators.ts", "types.ts", "manifest.json"])
      expect(read("h", file)).toBe(read("i", file));
    expect(read("h", "validators.compiled.js")).toContain("export const validateThing");
  });

  it.each([
    { given: "a spec error", file: "large-bad-spec.json", says: "operationId" },
    { given: "a schema ajv cannot compile", file: "large-bad-schema.json", says: "Invalid regular expression" },
    { given: "a response the OpenAPI schema refuses", file: "large-invalid.json", says: "description" },
  ])("on a large spec with $given, the run through both workers fails as generate does", async ({ file, says }) => {
    const failure = (error: unknown) => error as SpecError;
    const inProcess = await generate(request(file, "j")).then(() => undefined, failure);
    const viaCli = await runWithBudget(request(file, "k"), undefined).then(() => undefined, failure);
    expect(viaCli).toBeInstanceOf(SpecError);
    expect(viaCli?.problems).toEqual(inProcess?.problems);
    expect(viaCli?.problems[0]?.message).toContain(says);
  });
});
