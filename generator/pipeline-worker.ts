import { parentPort, workerData } from "node:worker_threads";
import { type GenerateRequest, generate } from "./pipeline.ts";
import { encodeError } from "./worker-error.ts";

try {
  parentPort!.postMessage({ result: await generate(workerData as GenerateRequest) });
} catch (error) {
  parentPort!.postMessage({ error: encodeError(error) });
}
