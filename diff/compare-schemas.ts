// Walks an old and a new schema side by side through $refs, properties, items and
// compositions, reporting each facet that moved. The direction (response or request) decides
// whether widening or narrowing is what hurts; see classify.ts.

import { followRefs } from "../generator/model/refs.ts";
import { classify, type Direction } from "./classify.ts";
import { compareProperties } from "./compare-properties.ts";
import type { DiffContext } from "./diff-context.ts";
import { asSchema, child, closest, type Located, type SchemaMap } from "./located-schema.ts";
import {
  constraintChanges,
  enumChange,
  type FacetChange,
  isNullSchema,
  nullableChange,
  openness,
  typeChange,
} from "./schema-facets.ts";

export interface SchemaWalk {
  readonly context: DiffContext;
  readonly direction: Direction;
  /** Human location so far, e.g. "GET /v1/events → 200 body .data[]". */
  readonly location: string;
}

export function compareSchemas(walk: SchemaWalk, oldAt: Located, newAt: Located): void {
  const old = followRefs(walk.context.oldDocument, oldAt);
  const newer = followRefs(walk.context.newDocument, newAt);
  walk.context.visitPair(old, newer, walk.location, () => compareResolved(walk, old, newer));
}

function compareResolved(walk: SchemaWalk, old: Located, newer: Located): void {
  const before = asSchema(old.value);
  const after = asSchema(newer.value);
  compareDescription(walk, old, newer, before, after);
  const facets = [
    typeChange(before, after),
    nullableChange(before, after, walk.context.dialects),
    enumChange(before, after),
    ...constraintChanges(before, after),
  ];
  for (const facet of facets) if (facet) reportFacet(walk, old, newer, facet);
  for (const kept of compareProperties(walk, old, newer))
    compareSchemas({ ...walk, location: kept.location }, kept.old, kept.newer);
  compareAdditionalProperties(walk, old, newer);
  if (before.items !== undefined && after.items !== undefined)
    compareSchemas({ ...walk, location: `${walk.location}[]` }, child(old, "items"), child(newer, "items"));
  for (const keyword of ["allOf", "anyOf", "oneOf"] as const) compareAlternatives(walk, old, newer, keyword);
}

function reportFacet(walk: SchemaWalk, old: Located, newer: Located, facet: FacetChange): void {
  const { severity, rule } = classify(facet.facet, walk.direction, facet.shift);
  const suffix = facet.keyword ? `/${facet.keyword}` : "";
  const oldPointer =
    facet.keyword && (old.value as SchemaMap | undefined)?.[facet.keyword] !== undefined
      ? old.pointer + suffix
      : old.pointer;
  const newPointer =
    facet.keyword && (newer.value as SchemaMap | undefined)?.[facet.keyword] !== undefined
      ? newer.pointer + suffix
      : newer.pointer;
  walk.context.report({
    severity,
    rule,
    location: walk.location,
    oldPointer,
    newPointer,
    reason: `${subject(walk)}: ${facet.detail}`,
  });
}

function subject(walk: SchemaWalk): string {
  return walk.direction === "response" ? "response value" : "request value";
}

function compareDescription(walk: SchemaWalk, old: Located, newer: Located, before: SchemaMap, after: SchemaMap): void {
  if (before.description === after.description) return;
  walk.context.report({
    severity: "safe",
    rule: "description-changed",
    location: walk.location,
    oldPointer: old.pointer,
    newPointer: newer.pointer,
    reason: "description changed (documentation only)",
  });
}

function compareAdditionalProperties(walk: SchemaWalk, old: Located, newer: Located): void {
  const before = openness(asSchema(old.value));
  const after = openness(asSchema(newer.value));
  const oldAt = child(old, "additionalProperties");
  const newAt = child(newer, "additionalProperties");
  if (before === "schema" && after === "schema") {
    compareSchemas({ ...walk, location: `${walk.location}.*` }, oldAt, newAt);
    return;
  }
  if (before === after) return;
  const tightened = after === "closed" || (before === "open" && after === "schema");
  walk.context.report({
    severity: tightened ? "warning" : "safe",
    rule: tightened ? "additional-properties-tightened" : "additional-properties-loosened",
    location: walk.location,
    oldPointer: closest(old, "additionalProperties"),
    newPointer: closest(newer, "additionalProperties"),
    reason: `additionalProperties ${before} → ${after}${tightened ? ": extra properties are no longer allowed as before" : ""}`,
  });
}

/** Branches are matched by position; a `{type: "null"}` branch is nullability, handled by nullableChange. */
function compareAlternatives(
  walk: SchemaWalk,
  old: Located,
  newer: Located,
  keyword: "allOf" | "anyOf" | "oneOf",
): void {
  const oldBranches = branchIndexes(old.value, keyword);
  const newBranches = branchIndexes(newer.value, keyword);
  const common = Math.min(oldBranches.length, newBranches.length);
  for (let index = 0; index < common; index++) {
    compareSchemas(walk, child(old, keyword, oldBranches[index]!), child(newer, keyword, newBranches[index]!));
  }
  if (oldBranches.length === newBranches.length) return;
  // allOf adds constraints with each member; anyOf/oneOf add accepted shapes.
  const grew = newBranches.length > oldBranches.length;
  const shift = (keyword === "allOf") === grew ? "narrowed" : "widened";
  const { severity, rule } = classify("alternatives", walk.direction, shift);
  const reason = `${subject(walk)}: ${keyword} has ${oldBranches.length} → ${newBranches.length} member schemas`;
  walk.context.report({
    severity,
    rule,
    location: walk.location,
    oldPointer: child(old, keyword).pointer,
    newPointer: child(newer, keyword).pointer,
    reason,
  });
}

function branchIndexes(schema: unknown, keyword: string): number[] {
  const branches = asSchema(schema)[keyword];
  if (!Array.isArray(branches)) return [];
  return branches.flatMap((branch, index) => (isNullSchema(branch) ? [] : [index]));
}
