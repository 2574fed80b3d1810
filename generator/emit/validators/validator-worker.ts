// Worker side of validator-job.ts: runs the job on the data it was started with and posts the
// result, or the failure as data (worker-error.ts); then writes the validator cache and says so.
import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { encodeError } from "../../worker-error.ts";
import { type JobData, runValidatorJob, type WorkerReply } from "./validator-job.ts";

enableCompileCache();

const data = workerData as JobData;
const replies = data.replyPort ?? parentPort!;

/** Posts the reply and lets go of it: the validators' module (tens of MB) need not live on while the cache is written. */
async function postReply(): Promise<() => void> {
  const { reply, writeCache } = await runValidatorJob(data);
  replies.postMessage(reply);
  return writeCache;
}

try {
  const writeCache = await postReply();
  writeCache();
  replies.postMessage({ cacheWritten: true } satisfies WorkerReply);
} catch (error) {
  replies.postMessage({ error: encodeError(error) } satisfies WorkerReply);
}
