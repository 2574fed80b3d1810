// Compiling validators is the slowest step on a large spec, and it needs only the repaired
// documents, not swagger-parser's verdict. So on a large input it runs in a worker thread from the
// start, while the main thread validates the spec and emits the types; on 2 cores that roughly
// halves the wall time. A spec that fails validation cancels the job; its errors win.

import { Worker } from "node:worker_threads";
import type { GenerateConfig } from "../../config.ts";
import type { ApiModel } from "../../model/api-model.ts";
import { siblingModule } from "../../sibling-module.ts";
import { decodeError, type EncodedError } from "../../worker-error.ts";
import type { EntryCacheUse } from "../../write/validator-cache.ts";
import { compiledValidatorsHeader, fileHeader, type HeaderInfo } from "../file-header.ts";
import { DEFAULT_RUNTIME_IMPORT, formatsModule } from "../runtime-imports.ts";
import type { CompiledValidators } from "./compile-validators.ts";

/** Below this much input text, starting a worker costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 1_000_000;

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
  readonly entryCache?: EntryCacheUse;
  /** The lines validators.compiled.js starts with (file-header.ts). */
  readonly header: string;
}

/** The job of one run, for the worker or for compiling in-process alike. */
export function validatorJobData(
  config: GenerateConfig,
  entryCache: EntryCacheUse | undefined,
  header: HeaderInfo,
): JobData {
  return {
    config,
    formatsImport: formatsModule(config.runtimeImport ?? DEFAULT_RUNTIME_IMPORT),
    entryCache,
    header: compiledValidatorsHeader(fileHeader(header), config.compiledValidators),
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
  const { config } = data;
  const { loadModel } = await import("../../load-model.ts");
  const model = await loadModel(config, { checks: "version-only" });
  if (!model) return { reply: { skipped: true }, writeCache: () => {} };
  const { compiled, writeCache } = await compileModelValidators(model, data);
  return { reply: { compiled }, writeCache };
}

/**
 * The model's validators, from the cache where it has them, and the cache's rewrite, for the caller
 * to run when the validators are on their way: keying every entry is then off the critical path
 * when nothing was read (a cache entry is right for its key whether or not the run succeeds).
 */
export async function compileModelValidators(
  model: ApiModel,
  { config, formatsImport, entryCache, header }: JobData,
): Promise<{ compiled: CompiledValidators; writeCache: () => void }> {
  const { compileValidators } = await import("./compile-validators.ts");
  const { validatorDocuments } = await import("./emit-validators.ts");
  const { compileCacheOptions, writeValidatorCache } = await import("../../write/validator-cache.ts");
  const documents = validatorDocuments(model, config.validators);
  const { entries, ...compiled } = compileValidators(documents, formatsImport, {
    ...config,
    ...compileCacheOptions(entryCache),
    header,
  });
  const writeCache = () => {
    if (entryCache?.write) writeValidatorCache(entryCache.file, entries());
  };
  return { compiled, writeCache };
}

export function shouldUseWorker(inputBytes: number): boolean {
  return inputBytes >= WORKER_THRESHOLD_BYTES;
}

export function startValidatorJob(data: JobData): ValidatorJob {
  // A larger young generation: ajv allocates millions of short-lived codegen objects, and with the
  // default size the worker spends about a third of its time in scavenges. 64 MB, not 256: the same
  // CPU time within this machine's noise, and peak RSS 500 → 420 MB on Stripe, 1,130 → 970 MB on GitHub.
  const worker = new Worker(siblingModule("validator-worker", import.meta.url), {
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  const compiled = new Promise<CompiledValidators | undefined>((resolve, reject) => {
    worker.once("message", (reply: WorkerReply) => {
      if ("compiled" in reply) resolve(reply.compiled);
      else if ("skipped" in reply) resolve(undefined);
      else if ("error" in reply) reject(decodeError(reply.error));
    });
    worker.once("error", reject);
    worker.once("exit", () => reject(new Error("the validator worker stopped without a result")));
  });
  const finished = new Promise<void>((resolve) => {
    worker.on("message", (reply: WorkerReply) => "compiled" in reply || resolve());
    worker.once("error", () => resolve());
    worker.once("exit", () => resolve());
  }).then(() => void worker.terminate());
  // Nobody may await `compiled` (the run can fail first); an unobserved rejection must not crash.
  compiled.catch(() => {});
  return { compiled, finished, cancel: async () => void (await worker.terminate()) };
}
