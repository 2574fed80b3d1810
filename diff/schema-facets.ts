// Reads one facet of two schemas and says whether it widened, narrowed or changed, with the
// words for the report. Pure functions over plain schema objects (refs already followed).
import { allowsNull, hasNullBranch, nonNullTypes, type SchemaDialect } from "../generator/model/schema-facets.ts";
import type { Facet, Shift } from "./classify.ts";
import type { SchemaMap } from "./located-schema.ts";

export interface FacetChange {
  readonly facet: Facet;
  readonly shift: Shift;
  readonly detail: string;
  /** Keyword the change is about, appended to the schema pointer (e.g. "maxLength"). */
  readonly keyword?: string;
}

/** compare-schemas.ts reads null branches through this module. */
export { isNullSchema } from "../generator/model/schema-facets.ts";

const show = (values: Iterable<unknown>) => [...values].map((value) => JSON.stringify(value)).join(", ");

/** The dialect each side is read in: a 3.0 spec's `nullable` is compared with a 3.1 spec's `type: [.., "null"]`. */
export interface Dialects {
  readonly old: SchemaDialect;
  readonly newer: SchemaDialect;
}

/** Null admitted by the schema itself (in its own dialect) or by a `{type: "null"}` branch of its anyOf/oneOf. */
export function isNullable(schema: SchemaMap, dialect: SchemaDialect): boolean {
  return allowsNull(schema, dialect) || hasNullBranch(schema);
}

/** "integer" values are numbers, so number → integer narrows and integer → number widens. */
function covers(types: ReadonlySet<string>, type: string): boolean {
  return types.has(type) || (type === "integer" && types.has("number"));
}

export function typeChange(before: SchemaMap, after: SchemaMap): FacetChange | undefined {
  const old = nonNullTypes(before);
  const newer = nonNullTypes(after);
  if (old === undefined && newer === undefined) return undefined;
  if (old === undefined)
    return { facet: "type", shift: "narrowed", detail: `type was unconstrained, now ${show(newer!)}`, keyword: "type" };
  if (newer === undefined)
    return { facet: "type", shift: "widened", detail: `type was ${show(old)}, now unconstrained`, keyword: "type" };
  const added = [...newer].filter((type) => !covers(old, type));
  const removed = [...old].filter((type) => !covers(newer, type));
  if (added.length === 0 && removed.length === 0) return undefined;
  const shift: Shift = added.length > 0 && removed.length > 0 ? "changed" : added.length > 0 ? "widened" : "narrowed";
  return { facet: "type", shift, detail: `type ${show(old)} → ${show(newer)}`, keyword: "type" };
}

export function nullableChange(before: SchemaMap, after: SchemaMap, dialects: Dialects): FacetChange | undefined {
  const old = isNullable(before, dialects.old);
  const newer = isNullable(after, dialects.newer);
  if (old === newer) return undefined;
  return newer
    ? { facet: "nullable", shift: "widened", detail: "may now be null" }
    : { facet: "nullable", shift: "narrowed", detail: "may no longer be null" };
}

function enumValues(schema: SchemaMap): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.filter((value) => value !== null);
  return "const" in schema ? [schema.const] : undefined;
}

export function enumChange(before: SchemaMap, after: SchemaMap): FacetChange | undefined {
  const old = enumValues(before);
  const newer = enumValues(after);
  if (old === undefined && newer === undefined) return undefined;
  if (old === undefined)
    return { facet: "enum", shift: "narrowed", detail: `now limited to ${show(newer!)}`, keyword: "enum" };
  if (newer === undefined)
    return { facet: "enum", shift: "widened", detail: `no longer limited to ${show(old)}`, keyword: "enum" };
  const key = (value: unknown) => JSON.stringify(value);
  const oldKeys = new Set(old.map(key));
  const newKeys = new Set(newer.map(key));
  const added = newer.filter((value) => !oldKeys.has(key(value)));
  const removed = old.filter((value) => !newKeys.has(key(value)));
  if (added.length === 0 && removed.length === 0) return undefined;
  const parts = [
    added.length > 0 ? `new value(s) ${show(added)}` : "",
    removed.length > 0 ? `removed value(s) ${show(removed)}` : "",
  ].filter(Boolean);
  const shift: Shift = added.length > 0 && removed.length > 0 ? "changed" : added.length > 0 ? "widened" : "narrowed";
  return { facet: "enum", shift, detail: parts.join("; "), keyword: "enum" };
}

/** Limits where a smaller number allows less, and those where a larger one does. */
const UPPER_LIMITS = ["maxLength", "maxItems", "maxProperties", "maximum"] as const;
const LOWER_LIMITS = ["minLength", "minItems", "minProperties", "minimum"] as const;
const EXACT_KEYWORDS = ["pattern", "format", "multipleOf", "uniqueItems"] as const;

export function constraintChanges(before: SchemaMap, after: SchemaMap): FacetChange[] {
  const changes: FacetChange[] = [];
  for (const keyword of [...UPPER_LIMITS, ...LOWER_LIMITS]) {
    const change = limitChange(
      keyword,
      before[keyword],
      after[keyword],
      (UPPER_LIMITS as readonly string[]).includes(keyword),
    );
    if (change) changes.push(change);
  }
  for (const keyword of EXACT_KEYWORDS) {
    const old = before[keyword];
    const newer = after[keyword];
    if (JSON.stringify(old) === JSON.stringify(newer)) continue;
    const shift: Shift = old === undefined ? "narrowed" : newer === undefined ? "widened" : "changed";
    changes.push({ facet: "constraint", shift, detail: `${keyword} ${describe(old)} → ${describe(newer)}`, keyword });
  }
  return changes;
}

function limitChange(keyword: string, old: unknown, newer: unknown, isUpper: boolean): FacetChange | undefined {
  if (old === newer || (typeof old !== "number" && typeof newer !== "number")) return undefined;
  const detail = `${keyword} ${describe(old)} → ${describe(newer)}`;
  if (typeof old !== "number") return { facet: "constraint", shift: "narrowed", detail, keyword };
  if (typeof newer !== "number") return { facet: "constraint", shift: "widened", detail, keyword };
  const tighter = isUpper ? newer < old : newer > old;
  return { facet: "constraint", shift: tighter ? "narrowed" : "widened", detail, keyword };
}

function describe(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}

/** additionalProperties as one of three states; "schema" is compared member-wise by the walker. */
export function openness(schema: SchemaMap): "open" | "closed" | "schema" {
  const value = schema.additionalProperties;
  if (value === false) return "closed";
  if (value === undefined || value === true) return "open";
  return typeof value === "object" && value !== null && Object.keys(value).length === 0 ? "open" : "schema";
}
