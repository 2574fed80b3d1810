// Worker side of run-with-budget.ts: runs the pipeline on the request it was started with and posts
// the result, or the failure as data (worker-error.ts).
import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { type GenerateRequest, generate } from "./pipeline.ts";
import { encodeError } from "./worker-error.ts";

enableCompileCache();

try {
  parentPort!.postMessage({ result: await generate(workerData as GenerateRequest) });
} catch (error) {
  parentPort!.postMessage({ error: encodeError(error) });
}
