// Worker side of validator-job.ts: runs the job on the data it was started with and the input the
// pipeline sends, and posts the result, or the failure as data (worker-error.ts); then writes the
// validator cache and says so.
import { parentPort, workerData } from "node:worker_threads";
import { encodeError } from "../../worker-error.ts";
import { fromWire, type JobData, type JobInput, runValidatorJob, type WorkerReply } from "./validator-job.ts";

const data = workerData as JobData;
const channel = data.replyPort ?? parentPort!;
const input = new Promise<JobInput>((resolve) => channel.once("message", (wire) => resolve(fromWire(wire))));

/** Posts the reply and lets go of it: the validators' module (tens of MB) need not live on while the cache is written. */
async function postReply(): Promise<() => void> {
  const { reply, writeCache } = await runValidatorJob(data, input);
  channel.postMessage(reply);
  return writeCache;
}

try {
  const writeCache = await postReply();
  writeCache();
  channel.postMessage({ cacheWritten: true } satisfies WorkerReply);
} catch (error) {
  channel.postMessage({ error: encodeError(error) } satisfies WorkerReply);
}
