// Worker side of validator-job.ts: runs the job on the data it was started with and posts the
// result, or the failure as data (worker-error.ts); then writes the validator cache and says so.
import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { encodeError } from "../../worker-error.ts";
import { type JobData, runValidatorJob, type WorkerReply } from "./validator-job.ts";

enableCompileCache();

try {
  const { reply, writeCache } = await runValidatorJob(workerData as JobData);
  parentPort!.postMessage(reply);
  writeCache();
  parentPort!.postMessage({ cacheWritten: true } satisfies WorkerReply);
} catch (error) {
  parentPort!.postMessage({ error: encodeError(error) } satisfies WorkerReply);
}
