// Where every worker thread of the generator starts (startWorkerThread in sibling-module.ts): it
// enables V8's on-disk compile cache, then imports the thread's own module, named in its argv. A
// thread's module that enabled the cache itself was too late for its own static imports, which are
// compiled before its body runs: the pipeline's and the validator worker's module graphs were
// compiled anew on every run that way (speed-log section 26).
import { enableCompileCache } from "node:module";

enableCompileCache();
await import(process.argv.at(-1)!);
