// Worker side of run-with-budget.ts: runs the pipeline on the request it was started with and the
// inputs as read, which follow in a message, and posts the result, or the failure as data
// (worker-error.ts).
import { parentPort, workerData } from "node:worker_threads";
import { type GenerateRequest, generate } from "./pipeline.ts";
import { encodeError } from "./worker-error.ts";

/** The request, with the inputs as read and the validator worker's port, which follow in a message (run-with-budget.ts). */
async function request(): Promise<GenerateRequest> {
  const data = workerData as GenerateRequest;
  const followed = await new Promise<Pick<GenerateRequest, "prepared" | "validatorPort">>((resolve) =>
    parentPort!.once("message", resolve),
  );
  return { ...data, ...followed };
}

try {
  parentPort!.postMessage({ result: await generate(await request()) });
} catch (error) {
  parentPort!.postMessage({ error: encodeError(error) });
}
