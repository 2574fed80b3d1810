// The project's specs as the validators see them: overlay applied, OpenAPI schemas translated to
// JSON Schema 2020-12 (the same translateSchema the generator uses), $refs left in place.

import { REPO_ROOT } from "../../../test-support/repo.ts";
import { loadProjectConfig } from "../../config.ts";
import { type Dialect, translateSchema } from "../../emit/validators/translate-schema.ts";
import { loadRepairedSpecs } from "../../load-model.ts";
import { lookupRef } from "../../model/refs.ts";

export type Schema = Record<string, unknown> | boolean;

export interface LoadedSpec {
  readonly document: Record<string, unknown>;
  readonly dialect: Dialect;
  /** A translated component schema by name. */
  readonly component: (name: string) => Schema;
  /** Resolves a local "#/components/schemas/x" $ref to its translated schema. */
  readonly lookup: (ref: string) => Schema;
}

/** The project's specs by config name, e.g. "stripe-events-api". */
export async function loadProjectSpecs(): Promise<Map<string, LoadedSpec>> {
  const config = loadProjectConfig(REPO_ROOT);
  const specs = new Map<string, LoadedSpec>();
  for (const spec of await loadRepairedSpecs(config.specs))
    specs.set(spec.name, loadedSpec(spec.document as Record<string, unknown>));
  return specs;
}

function loadedSpec(document: Record<string, unknown>): LoadedSpec {
  const dialect: Dialect = String(document.openapi).startsWith("3.0") ? "3.0" : "3.1";
  const lookup = (ref: string): Schema => {
    const target = lookupRef(document, ref);
    if (target === undefined) throw new Error(`no schema at ${ref}`);
    return translateSchema(target, dialect) as Schema;
  };
  return { document, dialect, lookup, component: (name) => lookup(`#/components/schemas/${name}`) };
}
