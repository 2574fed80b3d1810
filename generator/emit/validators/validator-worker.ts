// Worker side of validator-job.ts: load, repair and model the inputs again (cheap), then compile.

import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import type { GenerateConfig } from "../../config.ts";
import { loadSources, repairSpecs } from "../../load/load-inputs.ts";
import { buildModel } from "../../model/build-model.ts";
import { checkOpenApiVersion } from "../../resolve/openapi-version.ts";
import { collectRefs } from "../../resolve/ref-policy.ts";
import { encodeError } from "../../worker-error.ts";
import { compileValidators } from "./compile-validators.ts";
import { validatorDocuments } from "./emit-validators.ts";
import type { WorkerReply } from "./validator-job.ts";

enableCompileCache();

const { config, formatsImport } = workerData as { config: GenerateConfig; formatsImport: string };

async function run(): Promise<WorkerReply> {
  const sources = loadSources(config);
  const repaired = await repairSpecs(sources.specs);
  if (repaired.some((spec) => hasExternalRef(spec.data))) return { skipped: true };
  const resolved = repaired.map((spec) => ({
    name: spec.name,
    resolved: {
      source: spec.source,
      version: checkOpenApiVersion(spec.data, spec.source),
      document: spec.data as Record<string, unknown>,
    },
  }));
  return { compiled: compileValidators(validatorDocuments(buildModel(resolved, sources.jsonSchemas)), formatsImport) };
}

function hasExternalRef(document: unknown): boolean {
  for (const { ref } of collectRefs(document)) if (!ref.startsWith("#")) return true;
  return false;
}

try {
  parentPort!.postMessage(await run());
} catch (error) {
  parentPort!.postMessage({ error: encodeError(error) } satisfies WorkerReply);
}
