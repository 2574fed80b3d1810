import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * URL of a module beside `from` with the same extension: `.ts` when running from source (Node
 * strips the types), `.js` when running from dist/. tsc rewrites import specifiers but not the
 * string inside `new URL(…)`, which is how Worker entry points are named.
 */
export function siblingModule(name: string, from: string): URL {
  return new URL(`./${name}${from.slice(from.lastIndexOf("."))}`, from);
}

/** A worker thread running the module `name` beside `from`, entered through thread-entry.ts. */
export function startWorkerThread(name: string, from: string, options: Omit<WorkerOptions, "argv">): Worker {
  return new Worker(siblingModule("thread-entry", import.meta.url), {
    ...options,
    argv: [siblingModule(name, from).href],
  });
}
