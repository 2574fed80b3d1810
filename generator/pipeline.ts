// The generate pipeline: load → repair (overlay) → validate and resolve → model → emit → write.
// Heavy modules (swagger-parser, ajv, openapi-typescript) are imported only after the
// content-hash cache says there is work to do, so an unchanged spec returns in milliseconds.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { GenerateConfig } from "./config.ts";
import type { InputDigest } from "./emit/file-header.ts";
import { type LoadedSources, loadSources, repairSpecs } from "./load/load-inputs.ts";
import { displayPath } from "./load/read-source.ts";
import { hashSourceTree, sha256 } from "./write/fingerprint.ts";
import { isCacheFresh, MANIFEST_PATH, manifestFile, recordCache } from "./write/manifest.ts";
import { findStaleFiles, type StaleFile, writeOutput } from "./write/write-output.ts";

export type Stage = "load" | "repair" | "resolve" | "model" | "emit" | "write";

export interface GenerateRequest {
  config: GenerateConfig;
  check: boolean;
  /** Skip the work when manifest.json shows the same inputs, options and generator (default true). */
  useCache?: boolean;
  /** Tests inject failures here to prove a failed run leaves the output untouched. */
  onStage?: (stage: Stage) => void;
}

export interface GenerateResult {
  status: "written" | "unchanged" | "up-to-date" | "stale";
  files: string[];
  stale: StaleFile[];
  operations: number;
  schemas: number;
  validators: number;
}

const GENERATOR_ROOT = dirname(fileURLToPath(import.meta.url));

export async function generate(request: GenerateRequest): Promise<GenerateResult> {
  const { config, check } = request;
  const stage = request.onStage ?? (() => {});
  stage("load");
  const sources = loadSources(config);
  const inputs: InputDigest[] = sources.all.map((source) => ({ path: source.path, sha256: sha256(source.text) }));
  const generator = `stripe-events-contract ${await packageVersion()}`;
  const cacheKey = sha256(
    JSON.stringify({ generator, code: hashSourceTree(GENERATOR_ROOT), inputs, options: cacheOptions(config) }),
  );
  if (request.useCache !== false && isCacheFresh(config.out, cacheKey)) return cached(config, check);

  const job = await startValidatorJobIfLarge(config, sources);
  const model = await buildApiModel(config, sources, stage).catch(async (error: unknown) => {
    await job?.cancel();
    throw error;
  });
  stage("emit");
  const { renderOutputs } = await import("./emit/render-outputs.ts");
  const { files, counts } = await renderOutputs(model, config, { generator, inputs }, job?.compiled);
  files.set(MANIFEST_PATH, manifestFile({ generator, inputs, files, counts }));
  if (check) {
    const stale = findStaleFiles(config.out, files);
    return { status: stale.length > 0 ? "stale" : "up-to-date", files: [...files.keys()], stale, ...counts };
  }
  // The write stage hook runs after the temp folder is written and before the swap.
  writeOutput(config.out, files, () => stage("write"));
  recordCache(config.out, cacheKey, files);
  return { status: "written", files: [...files.keys()], stale: [], ...counts };
}

async function buildApiModel(config: GenerateConfig, sources: LoadedSources, stage: (stage: Stage) => void) {
  const { validateAndResolve } = await import("./resolve/validate-and-resolve.ts");
  const { buildModel } = await import("./model/build-model.ts");
  stage("repair");
  const repaired = await repairSpecs(sources.specs);
  stage("resolve");
  const resolved = [];
  for (const spec of repaired) {
    resolved.push({
      name: spec.name,
      resolved: await validateAndResolve(spec.data, spec.source, spec.absolute, {
        allowRemoteRefs: config.allowRemoteRefs,
      }),
    });
  }
  stage("model");
  return buildModel(resolved, sources.jsonSchemas);
}

async function startValidatorJobIfLarge(config: GenerateConfig, sources: LoadedSources) {
  const { shouldUseWorker, startValidatorJob } = await import("./emit/validators/validator-job.ts");
  if (!shouldUseWorker(sources.all.reduce((total, source) => total + source.text.length, 0))) return undefined;
  const { formatsModule, DEFAULT_RUNTIME_IMPORT } = await import("./emit/render-outputs.ts");
  return startValidatorJob(config, formatsModule(config.runtimeImport ?? DEFAULT_RUNTIME_IMPORT));
}

async function cached(config: GenerateConfig, check: boolean): Promise<GenerateResult> {
  const { readManifest } = await import("./write/manifest.ts");
  const manifest = readManifest(config.out)!;
  const files = [...Object.keys(manifest.files), MANIFEST_PATH];
  return {
    status: check ? "up-to-date" : "unchanged",
    files,
    stale: [],
    operations: manifest.counts.operations,
    schemas: manifest.counts.schemas,
    validators: manifest.counts.validators,
  };
}

function cacheOptions(config: GenerateConfig): unknown {
  return {
    ...config,
    out: undefined,
    specs: config.specs.map((spec) => ({
      ...spec,
      spec: displayPath(spec.spec),
      overlay: spec.overlay && displayPath(spec.overlay),
    })),
    jsonSchemas: config.jsonSchemas.map((schema) => ({ ...schema, file: displayPath(schema.file) })),
  };
}

async function packageVersion(): Promise<string> {
  const { readFileSync } = await import("node:fs");
  for (const candidate of [resolve(GENERATOR_ROOT, "../package.json"), resolve(GENERATOR_ROOT, "../../package.json")]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "stripe-events-contract" && pkg.version) return pkg.version;
    } catch {
      // try the next location (source tree vs dist/)
    }
  }
  return "0.0.0";
}
