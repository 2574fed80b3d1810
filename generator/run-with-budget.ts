// Runs the pipeline in a worker thread: with a smaller young generation than V8 gives the main
// thread on a machine with much memory (the peak memory of a run on a 0.5 MB spec drops from about
// 290 to 205 MB, in the same time: speed-log section 15), and, with a time budget, a heap cap, so
// that a hostile spec (huge enums, deep nesting) ends with a clear error instead of hanging. A large
// input without a time budget runs on this thread instead: its validators are compiled in a worker of
// their own, which holds no copy of the spec since it gets the model's documents, and the pipeline's
// thread cost its boot (about 0.1 s) and a second copy of the inputs (speed-log section 26). A run
// the content-hash cache answers starts no thread. The validator worker of a large input is started
// here, as early as the run allows, so that it boots and loads ajv while the inputs are read and parsed.

import { readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ResourceLimits, Worker } from "node:worker_threads";
import type { ValidatorWorker } from "./emit/validators/validator-job.ts";
import { generatorIdentity } from "./identity.ts";
import { isLargeInput } from "./load/load-inputs.ts";
import { displayPath } from "./load/read-source.ts";
import {
  cachedRun,
  cacheMayAnswer,
  type GenerateRequest,
  type GenerateResult,
  generate,
  prepareRun,
  startEarlyValidators,
} from "./pipeline.ts";
import { startWorkerThread } from "./sibling-module.ts";
import { SpecError } from "./spec-error.ts";
import { decodeError, type EncodedError } from "./worker-error.ts";

const WORKER_HEAP_MB = 2048;
const YOUNG_GENERATION_MB = { small: 24, large: 64 };

export async function runWithBudget(
  request: GenerateRequest,
  timeoutSeconds: number | undefined,
): Promise<GenerateResult> {
  const started = await startRun(request, timeoutSeconds);
  if ("result" in started) return started.result;
  const { worker, validators } = started;
  try {
    return await settle(worker, request, timeoutSeconds);
  } finally {
    await Promise.all([worker.terminate(), validators?.stop()]);
    removeTempFolders(request.config.out);
  }
}

interface RunThreads {
  readonly worker: Worker;
  readonly validators: ValidatorWorker | undefined;
}

/**
 * The cache's answer, or the run's threads. When the record of the last run may answer (the inputs
 * have the sizes and times it noted), it is asked first and nothing starts unless it cannot; a large
 * input without a time budget is then run on this thread (runOnThisThread); else the pipeline's
 * thread starts at once, then the validator worker, and they boot while this thread
 * reads and hashes the inputs (speed-log section 24). The inputs as read go to the pipeline's thread
 * only, with the validator worker's port, in one message.
 */
async function startRun(
  request: GenerateRequest,
  timeoutSeconds: number | undefined,
): Promise<{ result: GenerateResult } | RunThreads> {
  const first = cacheMayAnswer(request) ? await cachedRun(request) : undefined;
  if (first?.result) return { result: first.result };
  const large = isLargeInput(request.config);
  if (large && timeoutSeconds === undefined) return { result: await runOnThisThread(request, first) };
  const worker = startPipelineThread(request, large, timeoutSeconds);
  let validators: ValidatorWorker | undefined;
  const stop = () => Promise.all([worker.terminate(), validators?.stop()]);
  try {
    const identity = first?.prepared ?? (await generatorIdentity());
    validators = large ? await startEarlyValidators(request, identity) : undefined;
    const { result, prepared } = first ?? (await prepareRun(request, identity));
    if (result) {
      await stop();
      return { result };
    }
    const message: Pick<GenerateRequest, "prepared" | "validatorPort"> = { prepared, validatorPort: validators?.port };
    worker.postMessage(message, validators ? [validators.port] : []);
    return { worker, validators };
  } catch (error) {
    // An input that cannot be read fails the run here; the threads waiting for it must not keep the process alive.
    await stop();
    throw error;
  }
}

/** A large input's run without a time budget, beside its validator worker. */
async function runOnThisThread(
  request: GenerateRequest,
  first: Awaited<ReturnType<typeof cachedRun>> | undefined,
): Promise<GenerateResult> {
  const identity = first?.prepared ?? (await generatorIdentity());
  const validators = await startEarlyValidators(request, identity);
  try {
    const run = first ?? (await prepareRun(request, identity));
    return run.result ?? (await generate({ ...request, prepared: run.prepared, validatorPort: validators.port }));
  } finally {
    await validators.stop();
  }
}

/** The pipeline's thread, which waits for its inputs as read (pipeline-worker.ts). */
function startPipelineThread(request: GenerateRequest, large: boolean, timeoutSeconds: number | undefined): Worker {
  const limits: ResourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB[large ? "large" : "small"] };
  if (timeoutSeconds !== undefined) limits.maxOldGenerationSizeMb = WORKER_HEAP_MB;
  return startWorkerThread("pipeline-worker", import.meta.url, {
    workerData: request,
    resourceLimits: limits,
    stdout: false,
  });
}

function settle(worker: Worker, request: GenerateRequest, timeoutSeconds: number | undefined) {
  return new Promise<GenerateResult>((resolvePromise, reject) => {
    const timer =
      timeoutSeconds === undefined
        ? undefined
        : setTimeout(
            () => reject(budgetError(request, `did not finish within ${timeoutSeconds} s`)),
            timeoutSeconds * 1000,
          );
    worker.once("message", (message: { result: GenerateResult } | { error: EncodedError }) => {
      clearTimeout(timer);
      if ("result" in message) resolvePromise(message.result);
      else reject(decodeError(message.error));
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      const cap = timeoutSeconds === undefined ? "" : ` (${WORKER_HEAP_MB} MB)`;
      reject(/heap|memory/i.test(error.message) ? budgetError(request, `ran out of memory${cap}`) : error);
    });
  });
}

function budgetError(request: GenerateRequest, what: string): SpecError {
  const file = request.config.specs.map((input) => displayPath(input.spec)).join(", ");
  return SpecError.single(
    { file, message: `generation ${what}; the output folder was left as it was` },
    "Simplify the spec (very large enums or deeply nested schemas), or raise --timeout.",
  );
}

/** A terminated worker cannot clean up after itself. */
function removeTempFolders(outDir: string): void {
  const prefix = `${basename(outDir)}.tmp-`;
  try {
    for (const entry of readdirSync(dirname(outDir)))
      if (entry.startsWith(prefix)) rmSync(join(dirname(outDir), entry), { recursive: true, force: true });
  } catch {
    // the parent folder may not exist yet
  }
}
