// Walks an old and a new schema side by side through $refs, properties, items and
// compositions, reporting each facet that moved. The direction (response or request) decides
// whether widening or narrowing is what hurts; see classify.ts.

import { followRefs } from "../generator/model/refs.ts";
import { classify, type Direction } from "./classify.ts";
import type { DiffContext } from "./diff-context.ts";
import { asSchema, child, type Located, type SchemaMap } from "./located-schema.ts";
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
  compareProperties(walk, old, newer, before, after);
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

function compareProperties(walk: SchemaWalk, old: Located, newer: Located, before: SchemaMap, after: SchemaMap): void {
  const oldProperties = asSchema(before.properties);
  const newProperties = asSchema(after.properties);
  const oldRequired = requiredSet(before);
  const newRequired = requiredSet(after);
  for (const name of Object.keys(oldProperties)) {
    const location = `${walk.location}.${name}`;
    const oldAt = child(old, "properties", name);
    if (!(name in newProperties)) {
      reportRemoved(walk, location, oldAt.pointer, closest(newer, "properties"), name);
      continue;
    }
    const newAt = child(newer, "properties", name);
    compareRequired(walk, location, oldAt.pointer, newAt.pointer, name, oldRequired.has(name), newRequired.has(name));
    compareSchemas({ ...walk, location }, oldAt, newAt);
  }
  for (const name of Object.keys(newProperties)) {
    if (!(name in oldProperties))
      reportAdded(
        walk,
        `${walk.location}.${name}`,
        closest(old, "properties"),
        child(newer, "properties", name).pointer,
        name,
        newRequired.has(name),
      );
  }
}

/** Pointer of a child when it exists, else of the parent: where a removed or added thing would be. */
function closest(parent: Located, token: string): string {
  const at = child(parent, token);
  return at.value === undefined ? parent.pointer : at.pointer;
}

function requiredSet(schema: SchemaMap): Set<string> {
  return new Set(
    Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === "string") : [],
  );
}

function reportRemoved(walk: SchemaWalk, location: string, oldPointer: string, newPointer: string, name: string): void {
  if (walk.direction === "response") {
    walk.context.report({
      severity: "breaking",
      rule: "response-property-removed",
      location,
      oldPointer,
      newPointer,
      reason: `property "${name}" was removed from the response`,
    });
  } else {
    walk.context.report({
      severity: "warning",
      rule: "request-property-removed",
      location,
      oldPointer,
      newPointer,
      reason: `request property "${name}" was removed; senders that still send it may be rejected`,
    });
  }
}

function reportAdded(
  walk: SchemaWalk,
  location: string,
  oldPointer: string,
  newPointer: string,
  name: string,
  required: boolean,
): void {
  if (walk.direction === "request" && required) {
    walk.context.report({
      severity: "breaking",
      rule: "request-property-added-required",
      location,
      oldPointer,
      newPointer,
      reason: `new required request property "${name}"; existing senders do not send it`,
    });
  } else {
    const what = required ? "required" : "optional";
    walk.context.report({
      severity: "safe",
      rule: `${walk.direction}-property-added`,
      location,
      oldPointer,
      newPointer,
      reason: `new ${what} ${walk.direction} property "${name}"`,
    });
  }
}

function compareRequired(
  walk: SchemaWalk,
  location: string,
  oldPointer: string,
  newPointer: string,
  name: string,
  was: boolean,
  is: boolean,
): void {
  if (was === is) return;
  const { direction, context } = walk;
  if (direction === "response" && was)
    context.report({
      severity: "breaking",
      rule: "response-property-optional",
      location,
      oldPointer,
      newPointer,
      reason: `response property "${name}" is no longer required, so it may be absent`,
    });
  if (direction === "response" && is)
    context.report({
      severity: "safe",
      rule: "response-property-required",
      location,
      oldPointer,
      newPointer,
      reason: `response property "${name}" is now always present`,
    });
  if (direction === "request" && is)
    context.report({
      severity: "breaking",
      rule: "request-property-required",
      location,
      oldPointer,
      newPointer,
      reason: `request property "${name}" is now required`,
    });
  if (direction === "request" && was)
    context.report({
      severity: "safe",
      rule: "request-property-optional",
      location,
      oldPointer,
      newPointer,
      reason: `request property "${name}" is now optional`,
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
  const oldPointer = oldAt.value === undefined ? old.pointer : oldAt.pointer;
  const newPointer = newAt.value === undefined ? newer.pointer : newAt.pointer;
  const tightened = after === "closed" || (before === "open" && after === "schema");
  if (tightened)
    walk.context.report({
      severity: "warning",
      rule: "additional-properties-tightened",
      location: walk.location,
      oldPointer,
      newPointer,
      reason: `additionalProperties ${before} → ${after}: extra properties are no longer allowed as before`,
    });
  else
    walk.context.report({
      severity: "safe",
      rule: "additional-properties-loosened",
      location: walk.location,
      oldPointer,
      newPointer,
      reason: `additionalProperties ${before} → ${after}`,
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
