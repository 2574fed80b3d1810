// Resolve stage: each repaired spec validated against the OpenAPI schema and made self-contained,
// its external $refs bundled (validate-and-bundle.ts; the check of a spec with only local $refs
// may be deferred: deferred-checks.ts). First the constructs of leniencies.ts are
// read: with `strict` they are errors; otherwise each is a warning and the document is rewritten to
// what it is read as, before anything else sees it.

import { readAsJson } from "../load/read-source.ts";
import type { NamedSpec } from "../model/build-model.ts";
import type { RepairedSpec } from "../repair/repair-specs.ts";
import type { CheckMemos } from "../write/check-memos.ts";
import { applyLeniencies } from "./apply-leniencies.ts";
import type { CheckMemo } from "./check-memo.ts";
import { DeferredChecks } from "./deferred-checks.ts";
import { lowerDiscriminators } from "./discriminators.ts";
import { formatUsesOfSlots } from "./format-uses.ts";
import { checkOpenApiVersion } from "./openapi-version.ts";
import type { RefPolicy } from "./ref-policy.ts";
import { type SchemaSlot, schemaSlots } from "./schema-slots.ts";
import type { ResolvedSpec, SpecCheckMemo } from "./validate-and-bundle.ts";

export interface ResolveOptions extends RefPolicy {
  /** Refuse the constructs lenient mode reads with a warning (--strict). */
  readonly strict?: boolean;
  /** What earlier checks of these specs remember (check-memo.ts). */
  readonly checkMemos?: CheckMemos;
}

/**
 * The resolved specs, and the OpenAPI schema checks that may wait (validate-and-bundle.ts): the
 * caller runs them before it uses what it made (loadModel at once; the pipeline after handing the
 * validator worker its documents). An error raised here after a check was deferred is reported only
 * if the deferred checks pass, as if they had run in place.
 */
export async function resolveSpecs(
  specs: readonly RepairedSpec[],
  options: ResolveOptions,
): Promise<{ specs: NamedSpec[]; checks: DeferredChecks }> {
  // swagger-parser is large: loaded only once a run gets this far.
  const { validateAndBundle } = await import("./validate-and-bundle.ts");
  const checks = new DeferredChecks();
  const resolved: NamedSpec[] = [];
  try {
    // One spec at a time, so the first spec's problems are the ones reported.
    for (const spec of specs) {
      const { lenient, walked } = readLeniently(spec, options.strict === true);
      const bundled = await validateAndBundle(
        lenient.document,
        spec.source,
        spec.absolute,
        options,
        walked.slots,
        checkMemo(spec, options.checkMemos),
      );
      checks.defer(bundled.check);
      resolved.push({ name: spec.name, resolved: { ...lowered(bundled.spec, walked), warnings: lenient.warnings } });
    }
  } catch (error) {
    throw await checks.before(error);
  }
  return { specs: resolved, checks };
}

/** The spec read leniently (leniencies.ts), and the walk of the document that gives. */
function readLeniently(spec: RepairedSpec, strict: boolean) {
  const version = checkOpenApiVersion(spec.document, spec.source);
  const walked = walk(spec.document);
  const lenient = applyLeniencies(spec.document, spec.source, version, strict, walked.slots);
  return { lenient, walked: walk(lenient.document, walked) };
}

/** The memo of this spec's last passed OpenAPI schema check, and where a passed check leaves its own. */
function checkMemo(spec: RepairedSpec, memos: CheckMemos | undefined): SpecCheckMemo | undefined {
  return (
    memos && {
      remembered: memos.remembered(spec.name),
      basis: readAsJson([spec.source, ...spec.overlays]) ? "json" : "v8",
      remember: (passed: CheckMemo) => memos.remember(spec.name, passed),
    }
  );
}

/** The bundled spec with its discriminators lowered, and the formats its schemas use. */
function lowered(bundled: Omit<ResolvedSpec, "warnings">, lenientWalk: Walked) {
  const bundledWalk = walk(bundled.document, lenientWalk);
  const document = lowerDiscriminators(bundled.document, bundledWalk.slots);
  const formatUses = formatUsesOfSlots(walk(document, bundledWalk).slots);
  return { ...bundled, document, formatUses };
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
