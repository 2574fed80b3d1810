import { parentPort, workerData } from "node:worker_threads";
import { type GenerateRequest, generate } from "./pipeline.ts";
import { SpecError } from "./spec-error.ts";

try {
  parentPort!.postMessage({ result: await generate(workerData as GenerateRequest) });
} catch (error) {
  const specError = error instanceof SpecError ? { problems: error.problems, hint: error.hint } : undefined;
  parentPort!.postMessage({ error: { specError, message: (error as Error).message, stack: (error as Error).stack } });
}
