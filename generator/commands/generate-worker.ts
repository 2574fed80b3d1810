import { parentPort, workerData } from "node:worker_threads";
import { SpecError } from "../errors.ts";
import { type GenerateRequest, generate } from "../pipeline.ts";

try {
  parentPort!.postMessage({ result: await generate(workerData as GenerateRequest) });
} catch (error) {
  const specError = error instanceof SpecError ? { problems: error.problems, hint: error.hint } : undefined;
  parentPort!.postMessage({ error: { specError, message: (error as Error).message, stack: (error as Error).stack } });
}
