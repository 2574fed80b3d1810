// OpenAPI Schema Object → JSON Schema 2020-12, so one Ajv2020 instance validates OpenAPI 3.0, 3.1
// and plain JSON Schema documents. Hand-written because the translation is ours to define: plain
// ajv rejects `nullable` (with or without a sibling `type`), 3.0 has boolean exclusiveMinimum, and
// 3.0 ignores siblings of $ref. `x-*` and annotation keywords are dropped: they never change the
// result, and ajv's standalone code embeds every schema it compiles, so on GitHub's spec keeping
// descriptions roughly doubles the size of the module and the time to build it. `$async` is ajv's
// own keyword, not JSON Schema's (a 2020-12 validator ignores it): kept, it made ajv write a validator
// that returns a Promise, which validate() read as "valid", and whose rejection then went unhandled.

import { isPlainObject } from "../../../core/plain-object.ts";
import { closesAllOfMembers, hasNullableKeyword, type SchemaDialect } from "../../model/schema-facets.ts";
import { SCHEMA_KEYWORDS, SCHEMA_LIST_KEYWORDS, SCHEMA_MAP_KEYWORDS } from "../../model/schema-keywords.ts";

/** The dialect a schema is read in (model/schema-facets.ts); exported here too for the fuzz tests. */
export type { SchemaDialect as Dialect };

const DROPPED = new Set(["example", "discriminator", "xml", "externalDocs", "nullable"]);
const ANNOTATIONS = new Set([
  "title",
  "description",
  "examples",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly",
  "default",
  "contentMediaType",
  "contentEncoding",
]);
/** Dropped in every dialect: validators are called synchronously (runtime/validate-registry.ts). */
const AJV_ONLY = new Set(["$async"]);

export function translateSchema(schema: unknown, dialect: SchemaDialect): unknown {
  if (!isPlainObject(schema)) return schema;
  const source = schema as Record<string, unknown>;
  if (dialect === "3.0" && typeof source.$ref === "string") return { $ref: source.$ref };
  const entries: [string, unknown][] = [];
  // OpenAPI only: a JSON Schema document means what it says (see closesAllOfMembers).
  const closesAllOf = dialect !== "json-schema" && closesAllOfMembers(source);
  // Indexed loops here and below: this runs for every schema of the spec before V8 optimises it,
  // where for…of and destructuring allocate a result per step.
  const keys = Object.keys(source);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (isDropped(key, dialect)) continue;
    if (closesAllOf && key === "additionalProperties") entries.push(["unevaluatedProperties", false]);
    else entries.push([key, translateKeyword(key, source[key], dialect)]);
  }
  // fromEntries defines own properties: a "__proto__" key in a spec stays data.
  const translated = Object.fromEntries(entries);
  if (dialect === "3.0") fixExclusiveBounds(translated, source);
  return hasNullableKeyword(source, dialect) ? makeNullable(translated) : translated;
}

function isDropped(key: string, dialect: SchemaDialect): boolean {
  if (key.startsWith("x-") || ANNOTATIONS.has(key) || AJV_ONLY.has(key)) return true;
  return dialect !== "json-schema" && DROPPED.has(key);
}

function translateKeyword(key: string, value: unknown, dialect: SchemaDialect): unknown {
  if (SCHEMA_KEYWORDS.has(key)) return translateSchema(value, dialect);
  if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) return value.map((item) => translateSchema(item, dialect));
  if (SCHEMA_MAP_KEYWORDS.has(key) && typeof value === "object" && value !== null)
    return translateMap(value as Record<string, unknown>, dialect);
  return value;
}

function translateMap(map: Record<string, unknown>, dialect: SchemaDialect): Record<string, unknown> {
  const names = Object.keys(map);
  const entries: [string, unknown][] = new Array(names.length);
  for (let index = 0; index < names.length; index++)
    entries[index] = [names[index]!, translateSchema(map[names[index]!], dialect)];
  return Object.fromEntries(entries);
}

/** OpenAPI 3.0's boolean exclusive bounds, each with the bound it qualifies. */
const EXCLUSIVE_BOUNDS: readonly (readonly ["exclusiveMinimum" | "exclusiveMaximum", "minimum" | "maximum"])[] = [
  ["exclusiveMinimum", "minimum"],
  ["exclusiveMaximum", "maximum"],
];

function fixExclusiveBounds(translated: Record<string, unknown>, source: Record<string, unknown>): void {
  for (let index = 0; index < EXCLUSIVE_BOUNDS.length; index++) {
    const flag = EXCLUSIVE_BOUNDS[index]![0];
    const bound = EXCLUSIVE_BOUNDS[index]![1];
    if (typeof source[flag] !== "boolean") continue;
    if (source[flag] === true && typeof source[bound] === "number") {
      translated[flag] = source[bound];
      delete translated[bound];
    } else {
      delete translated[flag];
    }
  }
}

function makeNullable(schema: Record<string, unknown>): Record<string, unknown> {
  if (Array.isArray(schema.enum))
    return schema.enum.includes(null)
      ? schema
      : { ...schema, enum: [...schema.enum, null], ...nullableType(schema.type) };
  if (typeof schema.type === "string" && !schema.anyOf && !schema.oneOf && !schema.allOf)
    return { ...schema, type: [schema.type, "null"] };
  if (schema.type === undefined && Object.keys(schema).every((key) => key === "description" || key === "title"))
    return schema;
  return { anyOf: [schema, { type: "null" }] };
}

function nullableType(type: unknown): Record<string, unknown> {
  return typeof type === "string" ? { type: [type, "null"] } : {};
}
