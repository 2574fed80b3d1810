// Resolve stage: each repaired spec checked and made self-contained, in one of two ways.
// resolveSpecs validates it against the OpenAPI schema and bundles its external $refs
// (validate-and-bundle.ts). resolveVersionOnly is for a caller that needs only the documents and
// whose spec errors the main thread reports anyway (the validator worker): it checks the OpenAPI
// version and gives up on a spec with external $refs, which only bundling can bring in.
import type { NamedSpec } from "../model/build-model.ts";
import type { RepairedSpec } from "../repair/repair-specs.ts";
import { checkOpenApiVersion } from "./openapi-version.ts";
import { hasExternalRefs, type RefPolicy } from "./ref-policy.ts";

export async function resolveSpecs(specs: readonly RepairedSpec[], policy: RefPolicy): Promise<NamedSpec[]> {
  // swagger-parser is large: loaded only once a run gets this far.
  const { validateAndBundle } = await import("./validate-and-bundle.ts");
  const resolved: NamedSpec[] = [];
  // One spec at a time, so the first spec's problems are the ones reported.
  for (const spec of specs)
    resolved.push({
      name: spec.name,
      resolved: await validateAndBundle(spec.document, spec.source, spec.absolute, policy),
    });
  return resolved;
}

/** undefined when a spec has external $refs. */
export function resolveVersionOnly(specs: readonly RepairedSpec[]): NamedSpec[] | undefined {
  if (specs.some((spec) => hasExternalRefs(spec.document))) return undefined;
  return specs.map((spec) => ({
    name: spec.name,
    resolved: {
      source: spec.source,
      version: checkOpenApiVersion(spec.document, spec.source),
      document: spec.document as Record<string, unknown>,
    },
  }));
}
