import type { ApiModel, SpecModel } from "../model/api-model.ts";
import { lookupRef } from "../model/refs.ts";
import type { TypeContext } from "./types/schema-to-type.ts";

export function typeContextFor(model: ApiModel, spec: SpecModel): TypeContext {
  return {
    namedRef: (ref) => model.schemaByRef(spec, ref)?.typeName,
    resolveRef: (ref) =>
      lookupRef(spec.document, ref) as TypeContext["resolveRef"] extends (ref: string) => infer R ? R : never,
    dialect: spec.version,
    file: spec.file,
    depth: 0,
    inlining: new Set(),
  };
}
