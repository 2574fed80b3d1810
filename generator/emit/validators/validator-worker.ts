// Worker side of validator-job.ts: runs the job on the data it was started with and posts the
// result, or the failure as data (worker-error.ts).
import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { encodeError } from "../../worker-error.ts";
import { type JobData, runValidatorJob, type WorkerReply } from "./validator-job.ts";

enableCompileCache();

try {
  parentPort!.postMessage(await runValidatorJob(workerData as JobData));
} catch (error) {
  parentPort!.postMessage({ error: encodeError(error) } satisfies WorkerReply);
}
