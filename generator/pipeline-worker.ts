// Worker side of run-with-budget.ts: runs the pipeline on the request it was started with (and the
// inputs as read, which may follow in a message) and posts the result, or the failure as data
// (worker-error.ts).
import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { type GenerateRequest, generate } from "./pipeline.ts";
import { encodeError } from "./worker-error.ts";

enableCompileCache();

/** The request, with the inputs as read when they follow in a message (run-with-budget.ts reads them meanwhile). */
async function request(): Promise<GenerateRequest> {
  const data = workerData as GenerateRequest;
  if (!data.preparedFollows) return data;
  const { prepared } = await new Promise<Pick<GenerateRequest, "prepared">>((resolve) =>
    parentPort!.once("message", resolve),
  );
  return { ...data, prepared };
}

try {
  parentPort!.postMessage({ result: await generate(await request()) });
} catch (error) {
  parentPort!.postMessage({ error: encodeError(error) });
}
