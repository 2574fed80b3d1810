// The generate pipeline: load → repair (overlay) → resolve (validate, bundle) → model → emit → write.
// The first four stages are load-model.ts, shared with diff; the validator worker compiles the
// documents of the model they make (emit/validators/validator-job.ts). Heavy modules
// (swagger-parser, ajv, openapi-typescript) are imported only after the content-hash
// cache says there is work to do, so an unchanged spec returns in milliseconds.
import { existsSync } from "node:fs";
import type { MessagePort } from "node:worker_threads";
import { type GenerateConfig, overlaysOf } from "./config.ts";
import type { ValidatorJob } from "./emit/validators/validator-job.ts";
import { generatorIdentity, type Identity } from "./identity.ts";
import { inputStamps, isLargeInput, loadSources, readInputTexts } from "./load/load-inputs.ts";
import { displayPath, readAsJson } from "./load/read-source.ts";
import type { ModelStage } from "./load-model.ts";
import type { ApiModel } from "./model/api-model.ts";
import { type Unmodelled, unmodelledSections } from "./model/unmodelled.ts";
import type { WarningGroup } from "./spec-error.ts";
import { type CacheKind, type CacheUse, cacheFile } from "./write/cache-file.ts";
import { checkMemos } from "./write/check-memos.ts";
import { CODE_WRITERS, inputDigests, sha256 } from "./write/fingerprint.ts";
import {
  cachedNotes,
  hasCacheRecord,
  isCacheFresh,
  MANIFEST_PATH,
  manifestFile,
  recordCache,
  recordMayAnswer,
} from "./write/manifest.ts";
import { findStaleFiles, type StaleFile, writeOutput } from "./write/write-output.ts";

export type Stage = ModelStage | "emit" | "write";

export interface GenerateRequest {
  config: GenerateConfig;
  check: boolean;
  /** Skip the work when manifest.json shows the same inputs, options and generator (default true). */
  useCache?: boolean;
  /** Tests inject failures here to prove a failed run leaves the output untouched. */
  onStage?: (stage: Stage) => void;
  /** The inputs as cachedRun read and hashed them, so that the run does not read them again. */
  prepared?: PreparedRun;
  /** The replies of the validator worker the caller started for this run (startEarlyValidators). */
  validatorPort?: MessagePort;
}

/** The inputs' texts and digests, and the key of the content-hash cache (inputs, options, generator). */
export type PreparedRun = Awaited<ReturnType<typeof readAndHash>>;

export interface GenerateResult {
  status: "written" | "unchanged" | "up-to-date" | "stale";
  files: string[];
  stale: StaleFile[];
  operations: number;
  schemas: number;
  validators: number;
  /** Operations under OpenAPI 3.1 `webhooks:`. */
  webhooks?: number;
  /** What the run assumed or could not check, for the CLI to print before its summary. */
  warnings: WarningGroup[];
  /** Sections of the specs that nothing generated reflects (named in the summary line). */
  unmodelled: Unmodelled[];
  /** Validators taken from the cache of the previous run (write/validator-cache.ts). */
  validatorsReused?: number;
}

/**
 * The result of the previous run when manifest.json shows that it stands for this one; else the
 * inputs as read and hashed for that check, for the run to reuse.
 */
export async function cachedRun(
  request: GenerateRequest,
): Promise<{ result?: GenerateResult; prepared?: PreparedRun }> {
  // Reading and hashing a large spec is not free: without a record of an earlier run, nothing can match.
  if (request.useCache === false || !hasCacheRecord(request.config)) return {};
  return prepareRun(request);
}

/** The inputs read and hashed (with `identity` when the caller has it), and the cache's answer when it has one. */
export async function prepareRun(
  request: GenerateRequest,
  identity?: Identity,
): Promise<{ result?: GenerateResult; prepared: PreparedRun }> {
  const prepared = await readAndHash(request.config, identity);
  if (request.useCache !== false && isCacheFresh(request.config, prepared.cacheKey))
    return { result: await cached(request.config, request.check), prepared };
  return { prepared };
}

/** Whether the record of the last run may answer this one, judged by the inputs' sizes and times (no reading). */
export function cacheMayAnswer(request: GenerateRequest): boolean {
  return request.useCache !== false && recordMayAnswer(request.config, inputStamps(request.config));
}

/** Whether the run will read a validator cache that an earlier run into the same output left (not with --force). */
export function reusesValidatorCache(request: GenerateRequest): boolean {
  const place = cachePlace(request, "validators");
  return place?.read === true && existsSync(place.file);
}

/**
 * The validator worker of a run on a large input (the caller has checked `isLargeInput`), started
 * beside the thread that runs the pipeline, which sends it its documents and the inputs' digests
 * (validator-job.ts).
 */
export async function startEarlyValidators(request: GenerateRequest, identity: Identity) {
  const { startValidatorWorker } = await import("./emit/validators/validator-job.ts");
  return startValidatorWorker(await validatorJobFor(request, identity));
}

export async function generate(request: GenerateRequest): Promise<GenerateResult> {
  const { config, check } = request;
  const stage = request.onStage ?? (() => {});
  stage("load");
  // Read, hash and check the cache before parsing, so the validator worker starts as early as it can.
  const prepared = request.prepared ?? (await readAndHash(config));
  const { inputs, generator, cacheKey } = prepared;
  // Inputs prepared by cachedRun come from a check that found the cache stale already.
  if (!request.prepared && request.useCache !== false && isCacheFresh(config, cacheKey)) return cached(config, check);

  const entryCache = cacheUse(request, "validators", prepared);
  const job = await validatorJob(request, prepared);
  const model = await checkedModel(request, prepared, job);
  stage("emit");
  const { renderOutputs } = await import("./emit/render-outputs.ts");
  const rendered = await renderOutputs(
    model,
    config,
    { generator, inputs },
    { entryCache, precompiled: job?.compiled },
  );
  const { files, counts, warnings } = rendered;
  const notes = { warnings, unmodelled: unmodelledSections(model.specs) };
  const digests = files.digests();
  const manifestText = manifestFile({ generator, inputs, files: digests, counts });
  files.set(MANIFEST_PATH, manifestText);
  if (check) {
    await job?.finished;
    const stale = findStaleFiles(config.out, files);
    return { status: stale.length > 0 ? "stale" : "up-to-date", files: [...files.keys()], stale, ...counts, ...notes };
  }
  // The write stage hook runs after the temp folder is written and before the swap.
  writeOutput(config.out, files, () => stage("write"));
  recordCache(config, prepared, { files: digests, manifestText }, notes);
  await job?.finished;
  return { status: "written", files: [...files.keys()], stale: [], ...counts, ...notes, ...rendered.reuse };
}

/** The inputs' texts and digests, and the key of the content-hash cache (inputs, options, generator). */
async function readAndHash(config: GenerateConfig, identity?: Identity) {
  // Stamped before reading: an input changed meanwhile then never looks unchanged to the next run.
  const stamps = inputStamps(config);
  const texts = readInputTexts(config);
  const inputs = inputDigests(texts);
  const { generator, code } = identity ?? (await generatorIdentity());
  const cacheKey = sha256(
    JSON.stringify({ generator, code, writers: CODE_WRITERS, inputs, options: cacheOptions(config) }),
  );
  return { texts, inputs, generator, code, cacheKey, inputStamps: stamps };
}

/** The run's validator job: the worker the caller started, or one started here on a large input. */
async function validatorJob(request: GenerateRequest, prepared: PreparedRun) {
  const { startValidatorJob, validatorJobOnPort } = await import("./emit/validators/validator-job.ts");
  if (request.validatorPort) return validatorJobOnPort(request.validatorPort);
  return isLargeInput(request.config) ? startValidatorJob(await validatorJobFor(request, prepared)) : undefined;
}

/**
 * The model, its validator documents handed to the job before the checks the resolve stage deferred
 * run, so that the worker compiles meanwhile; a failure cancels the job.
 */
async function checkedModel(request: GenerateRequest, prepared: PreparedRun, job: ValidatorJob | undefined) {
  const { config, onStage } = request;
  const { loadModelBeforeChecks } = await import("./load-model.ts");
  const memos = checkMemos(cacheUse(request, "checks", prepared));
  const loaded = loadSources(config, { texts: new Map(prepared.texts) });
  try {
    const { model, checked } = await loadModelBeforeChecks(config, { loaded, onStage, checkMemos: memos });
    if (job) await sendValidatorDocuments(job, model, config, prepared);
    await checked();
    memos?.save();
    return model;
  } catch (error) {
    await job?.cancel();
    throw error;
  }
}

/** What the validator worker is started with. */
async function validatorJobFor(request: GenerateRequest, identity: Identity) {
  const { validatorJobData } = await import("./emit/validators/validator-job.ts");
  return validatorJobData(request.config, cacheUse(request, "validators", identity), identity.generator);
}

/** The worker's input: the model's validator documents, made before the types so that it compiles meanwhile. */
async function sendValidatorDocuments(job: ValidatorJob, model: ApiModel, config: GenerateConfig, run: PreparedRun) {
  const { validatorDocuments } = await import("./emit/validators/emit-validators.ts");
  const fromYaml = !readAsJson(run.texts.map(([, text]) => text));
  job.send(() => ({ documents: validatorDocuments(model, config.validators), inputs: run.inputs, fromYaml }));
}

/**
 * Where a cache of this run's output is (undefined: no cacheDir), and how the run uses it: not read
 * with --force, not written with --check.
 */
function cachePlace({ config, useCache, check }: GenerateRequest, kind: CacheKind): Omit<CacheUse, "salt"> | undefined {
  if (config.cacheDir === undefined) return undefined;
  return { file: cacheFile(config.cacheDir, config.out, kind), read: useCache !== false, write: !check };
}

/** The run's use of a cache (cachePlace), salted with the generator's version and code. */
function cacheUse(request: GenerateRequest, kind: CacheKind, { generator, code }: Identity): CacheUse | undefined {
  const place = cachePlace(request, kind);
  return place && { ...place, salt: `${generator}\0${code}` };
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
    webhooks: manifest.counts.webhooks,
    ...cachedNotes(config),
  };
}

function cacheOptions(config: GenerateConfig): unknown {
  return {
    ...config,
    out: undefined,
    cacheDir: undefined,
    specs: config.specs.map((input) => ({
      ...input,
      spec: displayPath(input.spec),
      overlay: overlaysOf(input).map((file) => displayPath(file)),
    })),
    jsonSchemas: config.jsonSchemas.map((schema) => ({ ...schema, file: displayPath(schema.file) })),
  };
}
