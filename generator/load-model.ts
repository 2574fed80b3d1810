// The one path from inputs to the ApiModel: load → repair → resolve → model. generate (whose
// validator worker compiles this model's documents), diff and the tests all take it, so each sees a
// spec exactly as the others do.
// Callers that need less say so with an option or take a stage boundary exported here; they never
// call the stages themselves.
import type { GenerateConfig, SpecInput } from "./config.ts";
import { type LoadedSources, type LoadOptions, loadSources } from "./load/load-inputs.ts";
import type { ApiModel } from "./model/api-model.ts";
import { buildModel } from "./model/build-model.ts";
import { type RepairedSpec, repairSpecs } from "./repair/repair-specs.ts";
import { resolveSpecs } from "./resolve/resolve-specs.ts";
import type { CheckMemos } from "./write/check-memos.ts";

export type ModelStage = "load" | "repair" | "resolve" | "model";

export type ModelInputs = Pick<GenerateConfig, "specs" | "jsonSchemas" | "allowRemoteRefs" | "strict">;

export interface LoadModelOptions extends LoadOptions {
  /** Called as each stage starts (tests inject failures here). */
  readonly onStage?: (stage: ModelStage) => void;
  /** The sources, when the caller has read them already (the pipeline does, to check its cache first). */
  readonly loaded?: LoadedSources;
  /** What the OpenAPI schema checks of earlier runs remember (resolve/check-memo.ts); each spec is checked whole without. */
  readonly checkMemos?: CheckMemos;
}

export async function loadModel(inputs: ModelInputs, options: LoadModelOptions = {}): Promise<ApiModel> {
  const { model, checked } = await loadModelBeforeChecks(inputs, options);
  await checked();
  return model;
}

/**
 * The model, and `checked`, the OpenAPI schema checks the resolve stage deferred
 * (resolve/deferred-checks.ts), which must pass before anything made from the model is used: the
 * pipeline hands the validator worker the model's documents first, then runs them.
 */
export async function loadModelBeforeChecks(
  inputs: ModelInputs,
  options: LoadModelOptions = {},
): Promise<{ model: ApiModel; checked: () => Promise<void> }> {
  const stage = options.onStage ?? (() => {});
  let sources = options.loaded;
  if (!sources) {
    stage("load");
    sources = loadSources(inputs, options);
  }
  stage("repair");
  const repaired = await repairSpecs(sources.specs);
  stage("resolve");
  const placed = async (error: unknown) => {
    const { placeProblemsInOverlays } = await import("./repair/overlay-provenance.ts");
    return placeProblemsInOverlays(error, repaired);
  };
  const { specs: resolved, checks } = await resolveSpecs(repaired, { ...inputs, checkMemos: options.checkMemos }).catch(
    async (error: unknown) => {
      throw await placed(error);
    },
  );
  const checked = () =>
    checks.run().catch(async (error: unknown) => {
      throw await placed(error);
    });
  try {
    stage("model");
    const profiles = new Map(sources.specs.map((spec) => [spec.name, spec.profile]));
    return { model: buildModel(resolved, sources.jsonSchemas, profiles), checked };
  } catch (error) {
    const first = await checks.before(error);
    throw first === error ? error : await placed(first);
  }
}

/** Load → repair only: the repaired documents, for tools that need no model (the Prism mock, benchmarks). */
export async function loadRepairedSpecs(specs: readonly SpecInput[]): Promise<RepairedSpec[]> {
  return repairSpecs(loadSources({ specs: [...specs], jsonSchemas: [] }).specs);
}
