// Loads one side of a diff through the generator's own stages (load → overlay → validate and
// resolve → model), so `diff` sees the spec exactly as `generate` does; no second parser.
import { basename, extname, resolve as resolvePath } from "node:path";
import { readSource } from "../generator/load/read-source.ts";
import type { ApiModel, SpecModel } from "../generator/model/api-model.ts";
import { buildModel } from "../generator/model/build-model.ts";
import { applyOverlay } from "../generator/repair/apply-overlay.ts";
import { validateAndResolve } from "../generator/resolve/validate-and-resolve.ts";

export interface DiffSide {
  readonly file: string;
  readonly model: ApiModel;
  readonly spec: SpecModel;
}

export interface LoadOptions {
  readonly overlay?: string;
  readonly allowRemoteRefs?: boolean;
}

export async function loadSpecModel(file: string, options: LoadOptions = {}): Promise<DiffSide> {
  const source = readSource(file);
  if (isJsonSchemaDocument(source.data)) {
    // A standalone JSON Schema (specs/stripe-event.json) is modelled as one named schema, its root.
    // A fixed name: the two sides usually have different file names but are the same schema.
    const model = buildModel([], [{ name: "json-schema", source }]);
    return { file: source.path, model, spec: model.specs[0]! };
  }
  const data = options.overlay ? await applyOverlay(source.data, readSource(options.overlay)) : source.data;
  const resolved = await validateAndResolve(data, source, resolvePath(file), {
    allowRemoteRefs: options.allowRemoteRefs === true,
  });
  const model = buildModel([{ name: basename(file, extname(file)) || "spec", resolved }]);
  return { file: source.path, model, spec: model.specs[0]! };
}

function isJsonSchemaDocument(data: unknown): boolean {
  return typeof data === "object" && data !== null && !("openapi" in data) && !("swagger" in data) && "$schema" in data;
}
