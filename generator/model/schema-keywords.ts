// Which keywords of a Schema Object hold subschemas, and how: one schema, a list, or a map of
// names to schemas. Every walk over schemas (the leniency scan, the validator translation, the
// format census) reads these, so a keyword added here is seen by all of them.
import { isPlainObject } from "../../core/plain-object.ts";

/** Keywords whose value is one subschema. */
export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "additionalItems",
  "contentSchema",
]);

/** Keywords whose value is a list of subschemas. */
export const SCHEMA_LIST_KEYWORDS: ReadonlySet<string> = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);

/** Keywords whose value maps names to subschemas. */
export const SCHEMA_MAP_KEYWORDS: ReadonlySet<string> = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
]);

/** Each direct subschema of a schema: [keyword path below the schema, subschema]. */
export function* subschemas(schema: Readonly<Record<string, unknown>>): Generator<[(string | number)[], unknown]> {
  for (const [keyword, value] of Object.entries(schema)) {
    if (SCHEMA_KEYWORDS.has(keyword)) yield [[keyword], value];
    else if (SCHEMA_LIST_KEYWORDS.has(keyword) && Array.isArray(value)) {
      for (const [index, item] of value.entries()) yield [[keyword, index], item];
    } else if (SCHEMA_MAP_KEYWORDS.has(keyword) && isPlainObject(value)) {
      for (const [name, item] of Object.entries(value)) yield [[keyword, name], item];
    }
  }
}
