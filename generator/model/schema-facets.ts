// Which JSON types and whether null a Schema Object allows, read one way for every reader: the type
// emitter, the validator translation and the spec diff.
//
// `nullable: true` is a keyword of OpenAPI 3.0 only. OpenAPI 3.1 and JSON Schema 2020-12 spell null
// as a "null" entry in `type`, and there `nullable` is an unknown keyword that validators ignore (our
// ajv translation drops it), so counting it would promise null where validation rejects it.
import type { SpecModel } from "./api-model.ts";

/** The schema language of a document: "3.0", "3.1" or a standalone "json-schema" document. */
export type SchemaDialect = SpecModel["version"];

type SchemaMap = Readonly<Record<string, unknown>>;

/** The type names in `type` (one string or a list), in order, "null" included; [] when there are none. */
export function typeList(schema: SchemaMap): string[] {
  const type = schema.type;
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === "string") : [];
}

/** The JSON types other than null that `type` names; undefined when there is no `type` (any type). */
export function nonNullTypes(schema: SchemaMap): ReadonlySet<string> | undefined {
  if (schema.type === undefined) return undefined;
  return new Set(typeList(schema).filter((type) => type !== "null"));
}

/** OpenAPI 3.0's `nullable: true`; false in every other dialect, where it is not a keyword. */
export function hasNullableKeyword(schema: SchemaMap, dialect: SchemaDialect): boolean {
  return dialect === "3.0" && schema.nullable === true;
}

/** True when the schema's own `type` or 3.0 `nullable` admits null (compositions are not looked into). */
export function allowsNull(schema: SchemaMap, dialect: SchemaDialect): boolean {
  return hasNullableKeyword(schema, dialect) || typeList(schema).includes("null");
}

/** `{ type: "null" }` and nothing else: how 3.1 spells the null branch of an anyOf or oneOf. */
export function isNullSchema(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as SchemaMap).type === "null" &&
    Object.keys(value).length === 1
  );
}

/** A `{ type: "null" }` branch in the schema's own anyOf or oneOf: how 3.1 spells a nullable $ref. */
export function hasNullBranch(schema: SchemaMap): boolean {
  return ["anyOf", "oneOf"].some((keyword) => {
    const branches = schema[keyword];
    return Array.isArray(branches) && branches.some(isNullSchema);
  });
}

/**
 * `additionalProperties: false` beside a non-empty `allOf`. JSON Schema applies it to the sibling
 * `properties` only, so it would forbid every property the allOf members declare; it is read as
 * "nothing beyond what the members and siblings declare" (`unevaluatedProperties: false`) by the
 * types and validators alike, with a warning (generator/resolve/leniencies.ts).
 */
export function closesAllOfMembers(schema: SchemaMap): boolean {
  return schema.additionalProperties === false && Array.isArray(schema.allOf) && schema.allOf.length > 0;
}
