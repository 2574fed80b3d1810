// Lists every point where two JSON Schemas for the same payload disagree, keyword by keyword.
// Used to keep the supplied JSON Schema 2020-12 event and the OpenAPI `event` honest with each
// other: the list is pinned by a test and shown in the README.
import { derefValue, refOf } from "../generator/model/refs.ts";
import { allowsNull, type SchemaDialect, typeList } from "../generator/model/schema-facets.ts";

/** A keyword on which two JSON Schemas for the same payload differ at one pointer. */
export interface KeywordDisagreement {
  /** JSON pointer into the payload, e.g. "/request/id" ("" for the root). */
  pointer: string;
  keyword: "presence" | "required" | "type" | "const" | "pattern" | "format" | "maxLength" | "additionalProperties";
  left: string;
  right: string;
}

export interface SchemaSide {
  schema: unknown;
  /** Document that local $refs in `schema` point into. */
  document: unknown;
  /** The schema language of `document`: whether `nullable` is a keyword (3.0) or null is a type. */
  dialect: SchemaDialect;
}

interface Flat {
  types: string[];
  properties: Record<string, unknown>;
  required: string[];
  constant?: string;
  pattern?: string;
  format?: string;
  maxLength?: string;
  additionalProperties?: string;
}

const COMPARED = ["const", "pattern", "format", "maxLength", "additionalProperties"] as const;

export function schemaDisagreements(
  left: SchemaSide,
  right: SchemaSide,
  pointer = "",
  visited = new Set<string>(),
): KeywordDisagreement[] {
  // A recursive schema (a property that refers back to its parent) is compared once per pair of refs.
  const pair = `${refOf(left.schema) ?? ""}\u0000${refOf(right.schema) ?? ""}`;
  if (!pair.startsWith("\u0000") && visited.has(pair)) return [];
  visited.add(pair);
  const a = flatten(left.schema, left);
  const b = flatten(right.schema, right);
  const found: KeywordDisagreement[] = [];
  const types = (flat: Flat) => (flat.types.length === 0 ? "any" : flat.types.join(" | "));
  if (types(a) !== types(b)) found.push({ pointer, keyword: "type", left: types(a), right: types(b) });
  for (const keyword of COMPARED) {
    const key = keyword === "const" ? "constant" : keyword;
    if (a[key] !== b[key]) found.push({ pointer, keyword, left: a[key] ?? "(none)", right: b[key] ?? "(none)" });
  }
  for (const name of [...new Set([...Object.keys(a.properties), ...Object.keys(b.properties)])].sort()) {
    const child = `${pointer}/${name}`;
    const inA = Object.hasOwn(a.properties, name);
    const inB = Object.hasOwn(b.properties, name);
    if (!inA || !inB) {
      found.push({
        pointer: child,
        keyword: "presence",
        left: inA ? "defined" : "(not defined)",
        right: inB ? "defined" : "(not defined)",
      });
      continue;
    }
    const requiredA = a.required.includes(name) ? "required" : "optional";
    const requiredB = b.required.includes(name) ? "required" : "optional";
    if (requiredA !== requiredB) found.push({ pointer: child, keyword: "required", left: requiredA, right: requiredB });
    found.push(
      ...schemaDisagreements(
        { ...left, schema: a.properties[name] },
        { ...right, schema: b.properties[name] },
        child,
        visited,
      ),
    );
  }
  return found;
}

/** Normalises spellings that mean the same: $refs, single-member anyOf, nullable, one-value enums. */
function flatten(input: unknown, side: SchemaSide): Flat {
  const resolved = derefValue(side.document, input);
  const schema = typeof resolved === "object" && resolved !== null ? (resolved as Record<string, unknown>) : {};
  const flat: Flat = { types: [], properties: {}, required: [] };
  for (const member of [...((schema.anyOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])])
    merge(flat, flatten(member, side));
  flat.types.push(...typeList(schema));
  if (allowsNull(schema, side.dialect)) flat.types.push("null");
  Object.assign(flat.properties, schema.properties ?? {});
  flat.required.push(...((schema.required as string[]) ?? []));
  const single = Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : schema.const;
  if (single !== undefined) flat.constant = JSON.stringify(single);
  for (const keyword of ["pattern", "format", "maxLength", "additionalProperties"] as const) {
    if (schema[keyword] !== undefined) flat[keyword] = JSON.stringify(schema[keyword]);
  }
  flat.types = [...new Set(flat.types)].sort();
  return flat;
}

function merge(into: Flat, from: Flat): void {
  into.types.push(...from.types);
  Object.assign(into.properties, from.properties);
  into.required.push(...from.required);
  for (const key of ["constant", "pattern", "format", "maxLength", "additionalProperties"] as const)
    into[key] ??= from[key];
}
