// Compiling validators is the slowest step on a large spec, and it needs only the repaired
// documents, not swagger-parser's verdict. So on a large input it runs in a worker thread from the
// start, while the main thread validates the spec and emits the types; on 2 cores that roughly
// halves the wall time. A spec that fails validation cancels the job; its errors win.

import { MessageChannel, type MessagePort, Worker } from "node:worker_threads";
import type { GenerateConfig } from "../../config.ts";
import { loadSources, readInputTexts } from "../../load/load-inputs.ts";
import type { ApiModel } from "../../model/api-model.ts";
import { siblingModule } from "../../sibling-module.ts";
import { decodeError, type EncodedError } from "../../worker-error.ts";
import type { CacheUse } from "../../write/cache-file.ts";
import { inputDigests } from "../../write/fingerprint.ts";
import { compiledValidatorsHeader, fileHeader, type HeaderInfo } from "../file-header.ts";
import { DEFAULT_RUNTIME_IMPORT, formatsModule } from "../runtime-imports.ts";
import type { CompiledValidators, ValidatorDocument } from "./compile-validators.ts";

export interface ValidatorJob {
  /** undefined when the worker could not do the job (external $refs need swagger-parser's bundle). */
  readonly compiled: Promise<CompiledValidators | undefined>;
  /** Settles when the worker is done, its validator cache written after `compiled` (await before exit). */
  readonly finished: Promise<void>;
  cancel(): Promise<void>;
}

export type WorkerReply =
  | { compiled: CompiledValidators }
  | { skipped: true }
  | { error: EncodedError }
  | { cacheWritten: true };

export interface JobData {
  readonly config: GenerateConfig;
  readonly formatsImport: string;
  readonly entryCache?: CacheUse;
  /** What validators.compiled.js's header names (file-header.ts); the inputs' digests are the worker's own when not given. */
  readonly header: { readonly generator: string; readonly inputs?: HeaderInfo["inputs"] };
  /** Where the worker posts its replies when not to its parent (startValidatorWorker). */
  readonly replyPort?: MessagePort;
}

/** The job of one run, for the worker or for compiling in-process alike. */
export function validatorJobData<Header extends JobData["header"]>(
  config: GenerateConfig,
  entryCache: CacheUse | undefined,
  header: Header,
): JobData & { header: Header } {
  return {
    config,
    formatsImport: formatsModule(config.runtimeImport ?? DEFAULT_RUNTIME_IMPORT),
    entryCache,
    header,
  };
}

/** What a job gives: its reply, and the cache write, to run once the reply is on its way. */
export interface JobResult {
  readonly reply: WorkerReply;
  readonly writeCache: () => void;
}

/**
 * The worker's side (validator-worker.ts runs it): the model by the one path, but checked for the
 * OpenAPI version only, since swagger-parser's verdict comes from the main thread.
 */
export async function runValidatorJob(data: JobData): Promise<JobResult> {
  const made = await documentsOf(data);
  if (!made) return { reply: { skipped: true }, writeCache: () => {} };
  const { compiled, writeCache } = await compileDocuments(made.documents, { ...data, header: made.header });
  return { reply: { compiled }, writeCache };
}

/**
 * The documents to compile, and the header's inputs. Its own function so that the spec, its
 * texts and the model are garbage once it returns: ajv's compile need not share the heap with
 * them (GitHub's spec: about 50 MB less peak memory).
 */
async function documentsOf({ config, header }: JobData) {
  const { loadModel } = await import("../../load-model.ts");
  const { validatorDocuments } = await import("./emit-validators.ts");
  const texts = readInputTexts(config);
  const loaded = loadSources(config, { texts: new Map(texts) });
  const model = await loadModel(config, { checks: "version-only", loaded });
  if (!model) return undefined;
  const inputs = header.inputs ?? inputDigests(texts);
  return { documents: validatorDocuments(model, config.validators), header: { ...header, inputs } };
}

/** The model's validators (for compiling in-process), as compileDocuments gives them. */
export async function compileModelValidators(model: ApiModel, data: JobData & { header: HeaderInfo }) {
  const { validatorDocuments } = await import("./emit-validators.ts");
  return compileDocuments(validatorDocuments(model, data.config.validators), data);
}

/**
 * The validators, from the cache where it has them, and the cache's rewrite, for the caller to run
 * when the validators are on their way: keying every entry is then off the critical path when
 * nothing was read (a cache entry is right for its key whether or not the run succeeds).
 */
async function compileDocuments(
  documents: readonly ValidatorDocument[],
  { config, formatsImport, entryCache, header }: JobData & { header: HeaderInfo },
): Promise<{ compiled: CompiledValidators; writeCache: () => void }> {
  const { compileValidators } = await import("./compile-validators.ts");
  const { compileCacheOptions, writeValidatorCache } = await import("../../write/validator-cache.ts");
  const cacheOptions = compileCacheOptions(entryCache);
  const { entries, ...compiled } = compileValidators(documents, formatsImport, {
    ...config,
    ...cacheOptions,
    header: compiledValidatorsHeader(fileHeader(header), config.compiledValidators),
  });
  const writeCache = () => {
    if (entryCache?.write) writeValidatorCache(entryCache.file, entries(), cacheOptions.cache);
  };
  return { compiled, writeCache };
}

// A larger young generation: ajv allocates millions of short-lived codegen objects, and with the
// default size the worker spends about a third of its time in scavenges. 64 MB, not 256: the same
// CPU time within this machine's noise, and peak RSS 500 → 420 MB on Stripe, 1,130 → 970 MB on GitHub.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 };

export function startValidatorJob(data: JobData): ValidatorJob {
  const worker = new Worker(siblingModule("validator-worker", import.meta.url), {
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
 * that it does not wait for that thread to boot (about 0.1 s); the pipeline takes the replies. It
 * reads and hashes the inputs itself: sent by the CLI's thread, which has read them too, they saved
 * about 45 ms of the worker on Stripe's spec but added about 20 MB to GitHub's peak memory, the
 * target nearest its line (speed-log section 25).
 */
export function startValidatorWorker(data: JobData): ValidatorWorker {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(siblingModule("validator-worker", import.meta.url), {
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
  replies: Worker | MessagePort,
  ended: Promise<Error | undefined>,
  stop: () => Promise<void>,
): ValidatorJob {
  const compiled = new Promise<CompiledValidators | undefined>((resolve, reject) => {
    replies.once("message", (reply: WorkerReply) => {
      if ("compiled" in reply) resolve(reply.compiled);
      else if ("skipped" in reply) resolve(undefined);
      else if ("error" in reply) reject(decodeError(reply.error));
    });
    void ended.then((error) => reject(error ?? new Error("the validator worker stopped without a result")));
  });
  const finished = new Promise<void>((resolve) => {
    replies.on("message", (reply: WorkerReply) => "compiled" in reply || resolve());
    void ended.then(() => resolve());
  }).then(stop);
  // Nobody may await `compiled` (the run can fail first); an unobserved rejection must not crash.
  compiled.catch(() => {});
  return { compiled, finished, cancel: stop };
}
