// Compiling validators is the slowest step on a large spec. So on a large input it runs in a
// worker thread, started before the pipeline's thread has parsed anything: it loads ajv and reads
// the validator cache while that thread resolves the spec and builds the model, then compiles what
// the pipeline hands it (the model's validator documents, translated), while that thread emits the
// types. The documents are small (about 0.6 MB of JSON for Stripe's 6 MB spec; they arrive 9–24 ms
// after they are sent): the worker no longer parses and models the spec a second time (speed-log
// section 26). A spec that fails cancels the job; its errors win.

import { MessageChannel, type MessagePort, type Worker } from "node:worker_threads";
import type { GenerateConfig } from "../../config.ts";
import type { ApiModel } from "../../model/api-model.ts";
import { startWorkerThread } from "../../sibling-module.ts";
import { decodeError, type EncodedError } from "../../worker-error.ts";
import type { CacheUse } from "../../write/cache-file.ts";
import { sha256 } from "../../write/fingerprint.ts";
import { compiledValidatorsHeader, fileHeader, type InputDigest } from "../file-header.ts";
import { DEFAULT_RUNTIME_IMPORT, formatsModule } from "../runtime-imports.ts";
import type { CompiledValidators, ValidatorDocument } from "./compile-validators.ts";

export interface ValidatorJob {
  /** Hands the worker what to compile; a failure to make it fails the job (`compiled` rejects with it). */
  send(make: () => JobInput): void;
  readonly compiled: Promise<CompiledValidators>;
  /** Settles when the worker is done, its validator cache written after `compiled` (await before exit). */
  readonly finished: Promise<void>;
  cancel(): Promise<void>;
}

/** What the pipeline hands the worker: the validator documents of its model, and the inputs' digests for the header. */
export interface JobInput {
  readonly documents: readonly ValidatorDocument[];
  readonly inputs: readonly InputDigest[];
  /** Whether an input was YAML, which can hold NaN and ±Infinity (JSON cannot, so a JSON input's documents need no check for them). */
  readonly fromYaml?: boolean;
}

/**
 * The input as it crosses to the worker: each document as JSON text. Objects JSON.parse makes are
 * fast for ajv to walk; the same documents by structured clone came out slow (GitHub's compile took
 * about 1 s more CPU, speed-log section 26). JSON cannot carry NaN or ±Infinity: a document of a
 * YAML input that holds one crosses as itself, by structured clone.
 */
interface WireInput {
  readonly documents: readonly WireDocument[];
  readonly inputs: readonly InputDigest[];
}

type WireDocument = Pick<ValidatorDocument, "id" | "file"> & {
  readonly entries: readonly [string, string][];
} & ({ readonly json: string } | { readonly document: Record<string, unknown> });

export function toWire({ documents, inputs, fromYaml }: JobInput): WireInput {
  return {
    inputs,
    documents: documents.map(({ id, file, entries, document }) => {
      const json = fromYaml ? jsonOfFiniteNumbers(document) : JSON.stringify(document);
      return { id, file, entries: [...entries], ...(json === undefined ? { document } : { json }) };
    }),
  };
}

/** The document as JSON text; undefined when it holds a number JSON cannot carry. */
function jsonOfFiniteNumbers(document: Record<string, unknown>): string | undefined {
  let finite = true;
  const json = JSON.stringify(document, (_key, value: unknown) => {
    if (typeof value === "number" && !Number.isFinite(value)) finite = false;
    return value;
  });
  return finite ? json : undefined;
}

export function fromWire({ documents, inputs }: WireInput): JobInput {
  return {
    inputs,
    documents: documents.map(({ id, file, entries, ...content }) => ({
      id,
      file,
      entries: new Map(entries),
      document: "json" in content ? (JSON.parse(content.json) as Record<string, unknown>) : content.document,
    })),
  };
}

export type WorkerReply = { compiled: CompiledValidators } | { error: EncodedError } | { cacheWritten: true };

export interface JobData {
  readonly config: GenerateConfig;
  readonly formatsImport: string;
  readonly entryCache?: CacheUse;
  /** The generator validators.compiled.js's header names (file-header.ts). */
  readonly generator: string;
  /** Where the worker takes its input and posts its replies when not from and to its parent (startValidatorWorker). */
  readonly replyPort?: MessagePort;
}

/** The job of one run, for the worker or for compiling in-process alike. */
export function validatorJobData(config: GenerateConfig, entryCache: CacheUse | undefined, generator: string): JobData {
  return {
    config,
    formatsImport: formatsModule(config.runtimeImport ?? DEFAULT_RUNTIME_IMPORT),
    entryCache,
    generator,
  };
}

/** What a job gives: its reply, and the cache write, to run once the reply is on its way. */
export interface JobResult {
  readonly reply: WorkerReply;
  readonly writeCache: () => void;
}

/**
 * The worker's side (validator-worker.ts runs it): ajv loaded and the cache read while the input is
 * on its way, then the documents compiled.
 */
export async function runValidatorJob(data: JobData, input: JobInput | Promise<JobInput>): Promise<JobResult> {
  const compile = await compilerOf(data);
  const { documents, inputs } = await input;
  const { compiled, writeCache } = compile(documents, inputs);
  // Hashed here, with time to spare before the pipeline needs it, rather than on the pipeline's thread.
  return { reply: { compiled: { ...compiled, codeSha256: sha256(compiled.code) } }, writeCache };
}

/** The model's validators (for compiling in-process), as runValidatorJob gives them. */
export async function compileModelValidators(model: ApiModel, data: JobData, inputs: readonly InputDigest[]) {
  const { validatorDocuments } = await import("./emit-validators.ts");
  return (await compilerOf(data))(validatorDocuments(model, data.config.validators), inputs);
}

/**
 * A compile of documents, from the cache where it has them, and the cache's rewrite, for the caller
 * to run when the validators are on their way: keying every entry is then off the critical path
 * when nothing was read (a cache entry is right for its key whether or not the run succeeds). The
 * cache is read while the worker waits for the documents: once the pipeline's thread had become the
 * quicker of the two (speed-log section 29), reading it after they came made the pipeline wait for
 * the worker at the end (Stripe's one-component edit: 8–33 ms, two sets of 16 and 20 interleaved
 * rounds). Read then in section 26, with V8's compiler threads busy too, it had slowed the pipeline.
 */
async function compilerOf({ config, formatsImport, entryCache, generator }: JobData) {
  const { compileValidators } = await import("./compile-validators.ts");
  const { compileCacheOptions, writeValidatorCache } = await import("../../write/validator-cache.ts");
  const cacheOptions = compileCacheOptions(entryCache);
  return (documents: readonly ValidatorDocument[], inputs: readonly InputDigest[]) => {
    const header = compiledValidatorsHeader(fileHeader({ generator, inputs }), config.compiledValidators);
    const { entries, ...compiled } = compileValidators(documents, formatsImport, {
      ...config,
      ...cacheOptions,
      header,
    });
    const writeCache = () => {
      if (entryCache?.write) writeValidatorCache(entryCache.file, entries(), cacheOptions.cache);
    };
    return { compiled, writeCache };
  };
}

// A larger young generation: ajv allocates millions of short-lived codegen objects, and with the
// default size the worker spends about a third of its time in scavenges. 64 MB, not 256: the same
// CPU time within this machine's noise, and peak RSS 500 → 420 MB on Stripe, 1,130 → 970 MB on GitHub.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 };

export function startValidatorJob(data: JobData): ValidatorJob {
  const worker = startWorkerThread("validator-worker", import.meta.url, {
    workerData: data,
    resourceLimits: WORKER_LIMITS,
  });
  const ended = new Promise<Error | undefined>((resolve) => {
    worker.once("error", resolve);
    worker.once("exit", () => resolve(undefined));
  });
  return jobOf(worker, ended, async () => void (await worker.terminate()));
}

/** A validator worker whose replies go to `port`, for another thread to take as its job (validatorJobOnPort). */
export interface ValidatorWorker {
  readonly port: MessagePort;
  stop(): Promise<void>;
}

/**
 * The CLI starts the validator worker itself, beside the pipeline's thread rather than from it, so
 * that it boots and loads ajv while that thread boots; the pipeline sends it its input and takes
 * its replies on the port.
 */
export function startValidatorWorker(data: JobData): ValidatorWorker {
  const { port1, port2 } = new MessageChannel();
  const worker = startWorkerThread("validator-worker", import.meta.url, {
    workerData: { ...data, replyPort: port1 } satisfies JobData,
    transferList: [port1],
    resourceLimits: WORKER_LIMITS,
  });
  // Its failures reach the pipeline as an error reply or as the port closing; nothing to do here.
  worker.on("error", () => {});
  return { port: port2, stop: async () => void (await worker.terminate()) };
}

/** The job of a worker that startValidatorWorker started elsewhere, from its replies on `port`. */
export function validatorJobOnPort(port: MessagePort): ValidatorJob {
  const ended = new Promise<undefined>((resolve) => port.once("close", () => resolve(undefined)));
  return jobOf(port, ended, async () => port.close());
}

/** The job's promises, from the worker's replies and from the end of its channel (an error, or none). */
function jobOf(
  channel: Worker | MessagePort,
  ended: Promise<Error | undefined>,
  stop: () => Promise<void>,
): ValidatorJob {
  let failJob: (error: unknown) => void = () => {};
  const compiled = new Promise<CompiledValidators>((resolve, reject) => {
    failJob = reject;
    channel.once("message", (reply: WorkerReply) => {
      if ("compiled" in reply) resolve(reply.compiled);
      else if ("error" in reply) reject(decodeError(reply.error));
    });
    void ended.then((error) => reject(error ?? new Error("the validator worker stopped without a result")));
  });
  const finished = new Promise<void>((resolve) => {
    channel.on("message", (reply: WorkerReply) => "compiled" in reply || resolve());
    void ended.then(() => resolve());
  }).then(stop);
  // Nobody may await `compiled` (the run can fail first); an unobserved rejection must not crash.
  compiled.catch(() => {});
  const send = (make: () => JobInput) => {
    try {
      channel.postMessage(toWire(make()));
    } catch (error) {
      failJob(error);
      void stop();
    }
  };
  return { send, compiled, finished, cancel: stop };
}
