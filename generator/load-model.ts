// The one path from inputs to the ApiModel: load → repair → resolve → model. generate, the
// validator worker, diff and the tests all take it, so each sees a spec exactly as the others do.
// Callers that need less say so with an option or take a stage boundary exported here; they never
// call the stages themselves.
import type { GenerateConfig, SpecInput } from "./config.ts";
import { type LoadedSources, type LoadOptions, loadSources } from "./load/load-inputs.ts";
import type { ApiModel } from "./model/api-model.ts";
import { buildModel } from "./model/build-model.ts";
import { type RepairedSpec, repairSpecs } from "./repair/repair-specs.ts";
import { resolveSpecs, resolveVersionOnly } from "./resolve/resolve-specs.ts";
import type { CheckMemos } from "./write/check-memos.ts";

export type ModelStage = "load" | "repair" | "resolve" | "model";

export type ModelInputs = Pick<GenerateConfig, "specs" | "jsonSchemas" | "allowRemoteRefs" | "strict">;

export interface LoadModelOptions extends LoadOptions {
  /** Called as each stage starts (tests inject failures here). */
  readonly onStage?: (stage: ModelStage) => void;
  /** The sources, when the caller has read them already (the pipeline does, to check its cache first). */
  readonly loaded?: LoadedSources;
  /**
   * "openapi-schema" (the default): validate each spec against the OpenAPI schema and bundle its
   * external $refs. "version-only": check only the OpenAPI version, for the validator worker, whose
   * spec errors the main thread reports anyway; the model is then undefined when a spec has
   * external $refs, which only bundling can bring in, and lenient mode rewrites the loaded
   * documents in place (resolve/apply-leniencies.ts rewriteLeniently).
   */
  readonly checks?: "openapi-schema" | "version-only";
  /** What the OpenAPI schema checks of earlier runs remember (resolve/check-memo.ts); each spec is checked whole without. */
  readonly checkMemos?: CheckMemos;
}

export async function loadModel(
  inputs: ModelInputs,
  options: LoadModelOptions & { checks: "version-only" },
): Promise<ApiModel | undefined>;
export async function loadModel(inputs: ModelInputs, options?: LoadModelOptions): Promise<ApiModel>;
export async function loadModel(inputs: ModelInputs, options: LoadModelOptions = {}): Promise<ApiModel | undefined> {
  const stage = options.onStage ?? (() => {});
  let sources = options.loaded;
  if (!sources) {
    stage("load");
    sources = loadSources(inputs, options);
  }
  stage("repair");
  const repaired = await repairSpecs(sources.specs);
  stage("resolve");
  const resolved =
    options.checks === "version-only"
      ? resolveVersionOnly(repaired)
      : await resolveSpecs(repaired, { ...inputs, checkMemos: options.checkMemos }).catch(async (error: unknown) => {
          const { placeProblemsInOverlays } = await import("./repair/overlay-provenance.ts");
          throw await placeProblemsInOverlays(error, repaired);
        });
  if (!resolved) return undefined;
  stage("model");
  const profiles = new Map(sources.specs.map((spec) => [spec.name, spec.profile]));
  return buildModel(resolved, sources.jsonSchemas, profiles);
}

/** Load → repair only: the repaired documents, for tools that need no model (the Prism mock, benchmarks). */
export async function loadRepairedSpecs(specs: readonly SpecInput[]): Promise<RepairedSpec[]> {
  return repairSpecs(loadSources({ specs: [...specs], jsonSchemas: [] }).specs);
}
