// Runs the pipeline in-process, or, with a time budget, in a worker thread with a heap cap: a
// hostile spec (huge enums, deep nesting) then ends with a clear error instead of hanging.

import { readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { displayPath } from "./load/read-source.ts";
import { type GenerateRequest, type GenerateResult, generate } from "./pipeline.ts";
import { siblingModule } from "./sibling-module.ts";
import { SpecError } from "./spec-error.ts";
import { decodeError, type EncodedError } from "./worker-error.ts";

const WORKER_HEAP_MB = 2048;

export async function runWithBudget(
  request: GenerateRequest,
  timeoutSeconds: number | undefined,
): Promise<GenerateResult> {
  if (timeoutSeconds === undefined) return generate(request);
  const worker = new Worker(siblingModule("pipeline-worker", import.meta.url), {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: false,
  });
  try {
    return await new Promise<GenerateResult>((resolvePromise, reject) => {
      const timer = setTimeout(
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
        reject(
          /heap|memory/i.test(error.message) ? budgetError(request, `ran out of memory (${WORKER_HEAP_MB} MB)`) : error,
        );
      });
    });
  } finally {
    await worker.terminate();
    removeTempFolders(request.config.out);
  }
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
