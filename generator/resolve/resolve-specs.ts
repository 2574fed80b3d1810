// Resolve stage: each repaired spec checked and made self-contained, in one of two ways.
// resolveSpecs validates it against the OpenAPI schema and bundles its external $refs
// (validate-and-bundle.ts). resolveVersionOnly is for a caller that needs only the documents and
// whose spec errors the main thread reports anyway (the validator worker): it checks the OpenAPI
// version and gives up on a spec with external $refs, which only bundling can bring in.
//
// Both first read the constructs of leniencies.ts: with `strict` they are errors; otherwise each is
// a warning and the document is rewritten to what it is read as, before anything else sees it.
import type { NamedSpec } from "../model/build-model.ts";
import type { RepairedSpec } from "../repair/repair-specs.ts";
import type { CheckMemos } from "../write/check-memos.ts";
import { applyLeniencies, rewriteLeniently } from "./apply-leniencies.ts";
import type { CheckMemo } from "./check-memo.ts";
import { lowerDiscriminators } from "./discriminators.ts";
import { formatUsesOf, slotSchemas } from "./format-uses.ts";
import { checkOpenApiVersion } from "./openapi-version.ts";
import { hasExternalRefs, type RefPolicy } from "./ref-policy.ts";
import { type SchemaSlot, schemaSlots } from "./schema-slots.ts";

export interface ResolveOptions extends RefPolicy {
  /** Refuse the constructs lenient mode reads with a warning (--strict). */
  readonly strict?: boolean;
  /** What earlier checks of these specs remember (check-memo.ts). */
  readonly checkMemos?: CheckMemos;
}

export async function resolveSpecs(specs: readonly RepairedSpec[], options: ResolveOptions): Promise<NamedSpec[]> {
  // swagger-parser is large: loaded only once a run gets this far.
  const { validateAndBundle } = await import("./validate-and-bundle.ts");
  const resolved: NamedSpec[] = [];
  // One spec at a time, so the first spec's problems are the ones reported.
  for (const spec of specs) {
    const version = checkOpenApiVersion(spec.document, spec.source);
    const walked = walk(spec.document);
    const lenient = applyLeniencies(spec.document, spec.source, version, options.strict === true, walked.slots);
    const lenientWalk = walk(lenient.document, walked);
    const memos = options.checkMemos;
    const memo = memos && {
      remembered: memos.remembered(spec.name),
      remember: (passed: CheckMemo) => memos.remember(spec.name, passed),
    };
    const bundled = await validateAndBundle(
      lenient.document,
      spec.source,
      spec.absolute,
      options,
      lenientWalk.slots,
      memo,
    );
    const bundledWalk = walk(bundled.document, lenientWalk);
    const document = lowerDiscriminators(bundled.document, bundledWalk.slots);
    const formatUses = formatUsesOf(slotSchemas(walk(document, bundledWalk).slots));
    resolved.push({ name: spec.name, resolved: { ...bundled, document, warnings: lenient.warnings, formatUses } });
  }
  return resolved;
}

/** undefined when a spec has external $refs. */
export function resolveVersionOnly(specs: readonly RepairedSpec[]): NamedSpec[] | undefined {
  if (specs.some((spec) => hasExternalRefs(spec.document))) return undefined;
  return specs.map((spec) => {
    const version = checkOpenApiVersion(spec.document, spec.source);
    const walked = walk(spec.document);
    // Never strict, and no warnings here: the main thread refuses or reports the spec.
    const document = spec.document as Record<string, unknown>;
    const rewritten = rewriteLeniently(document, version, walked.slots);
    return {
      name: spec.name,
      resolved: {
        source: spec.source,
        version,
        document: lowerDiscriminators(document, rewritten ? schemaSlots(document) : walked.slots),
        warnings: [],
      },
    };
  });
}

interface Walked {
  readonly document: unknown;
  readonly slots: readonly SchemaSlot[];
}

/**
 * The schema places of a document, walked once and read by each step that needs them (the leniency
 * scan, the $ref proof, lowerDiscriminators); a step that returns the same document reuses the walk.
 */
function walk(document: unknown, earlier?: Walked): Walked {
  if (earlier !== undefined && earlier.document === document) return earlier;
  return { document, slots: schemaSlots(document) };
}
