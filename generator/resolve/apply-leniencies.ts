// Lenient by default, honest always: each construct of leniencies.ts found in a spec becomes a
// warning that names the file, the line and what was assumed, and its rewrite is applied to a copy
// of the document. With --strict each one is an error instead, and nothing is assumed.
import { toPointer } from "../../core/json-pointer.ts";
import { byPosition, locateProblems } from "../load/locate-pointer.ts";
import type { SourceFile } from "../load/read-source.ts";
import { SpecError, type SpecProblem } from "../spec-error.ts";
import { type DocumentEdits, editedCopy } from "./copy-on-write.ts";
import { addLenienciesAt, type Leniency } from "./leniencies.ts";
import type { OpenApiMajorMinor } from "./openapi-version.ts";
import { type SchemaSlot, schemaSlots } from "./schema-slots.ts";

export interface LenientSpec {
  /** The document with every rewrite applied (the document itself when none applies). */
  readonly document: unknown;
  /**
   * One warning per construct found, in the walk's order, not yet located: the emit stage locates
   * them with the run's other warnings in one pass of the text (emit/run-warnings.ts).
   */
  readonly warnings: readonly SpecProblem[];
}

export const LENIENCY_HEADING =
  "not valid OpenAPI, but with one clear meaning; generated as read here (--strict refuses them)";

export function findLeniencies(
  document: unknown,
  version: OpenApiMajorMinor,
  slots: readonly SchemaSlot[] = schemaSlots(document),
): Leniency[] {
  const found: Leniency[] = [];
  for (let index = 0; index < slots.length; index++) addLenienciesAt(slots[index]!, version, found);
  return found;
}

export function applyLeniencies(
  document: unknown,
  source: SourceFile,
  version: OpenApiMajorMinor,
  strict: boolean,
  slots?: readonly SchemaSlot[],
): LenientSpec {
  const found = findLeniencies(document, version, slots);
  if (found.length === 0) return { document, warnings: [] };
  if (strict) {
    const errors = problems(found, source, (leniency) => `${leniency.what}. To fix: ${leniency.fix}`);
    throw new SpecError(
      locateProblems(errors, source.locate).sort(byPosition),
      "Fix each construct as described, or run without --strict to generate with the meaning each warning states.",
    );
  }
  const warnings = problems(found, source, (leniency) => `${leniency.what}; read as: ${leniency.assumed}`);
  return { document: rewritten(document, found), warnings };
}

function rewritten(document: unknown, found: readonly Leniency[]): unknown {
  const rewrites = found.filter((leniency) => leniency.rewrite !== undefined);
  if (rewrites.length === 0) return document;
  return editedCopy(document, (edits) => {
    for (const leniency of rewrites) rewriteAt(edits, leniency);
  });
}

/** One problem per leniency, at its keyword (or schema), in the walk's order. */
function problems(
  found: readonly Leniency[],
  source: SourceFile,
  message: (leniency: Leniency) => string,
): SpecProblem[] {
  return found.map((leniency) => ({
    file: source.path,
    pointer: toPointer(leniency.keyword ? [...leniency.schemaPath, leniency.keyword] : leniency.schemaPath),
    message: message(leniency),
  }));
}

/** Replaces the schema at the leniency's path in the copy with its rewrite. */
function rewriteAt(edits: DocumentEdits, leniency: Leniency): void {
  const tokens = leniency.schemaPath.map(String);
  const holder = edits.writable(tokens.slice(0, -1));
  if (holder === undefined) return;
  const key = tokens.at(-1)!;
  const current = (holder as Record<string, unknown>)[key];
  // defineProperty, not assignment: a property named "__proto__" stays a key.
  Object.defineProperty(holder, key, {
    value: leniency.rewrite!(current as Record<string, unknown>),
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
