// One side of a diff, loaded by the generator's own path (generator/load-model.ts), so `diff` sees
// the spec exactly as `generate` does. Either kind of document: an OpenAPI spec (with an optional
// overlay), or a standalone JSON Schema (specs/stripe-event.json), modelled as one named schema,
// its root. That schema has a fixed name: the two sides usually have different file names but are
// the same schema.

import { loadModel } from "../generator/load-model.ts";
import type { ApiModel, SpecModel } from "../generator/model/api-model.ts";

export interface DiffSide {
  readonly file: string;
  readonly model: ApiModel;
  readonly spec: SpecModel;
}

export interface DiffSideOptions {
  /** Overlay file(s), applied in order. */
  readonly overlay?: string | readonly string[];
  readonly allowRemoteRefs?: boolean;
}

export async function loadSpecModel(file: string, options: DiffSideOptions = {}): Promise<DiffSide> {
  const model = await loadModel(
    {
      specs: [{ spec: file, overlay: options.overlay }],
      jsonSchemas: [],
      allowRemoteRefs: options.allowRemoteRefs === true,
    },
    { jsonSchemaName: "json-schema" },
  );
  const spec = model.specs[0]!;
  return { file: spec.file, model, spec };
}
