// Values that satisfy a JSON Schema 2020-12 schema, for the keywords the project's specs use
// (type, enum, const, anyOf/oneOf, properties/required, items, pattern, maxLength, min/max,
// date-time). Unknown keywords that constrain values fail loudly instead of generating junk.
import fc from "fast-check";
import type { Schema } from "./load-spec-schemas.ts";

type Lookup = (ref: string) => Schema;
type SchemaObject = Record<string, unknown>;

const UNSUPPORTED = [
  "allOf",
  "not",
  "if",
  "patternProperties",
  "dependentSchemas",
  "minProperties",
  "uniqueItems",
  "contains",
  "multipleOf",
];
const MAX_DEPTH = 8;

export function arbitraryFor(schema: Schema, lookup: Lookup, depth = 0): fc.Arbitrary<unknown> {
  if (schema === true) return fc.jsonValue();
  if (schema === false) throw new Error("`false` admits no value");
  if (depth > MAX_DEPTH) throw new Error("schema nests deeper than the builder follows");
  const next = (inner: Schema) => arbitraryFor(inner, lookup, depth + 1);
  const unsupported = UNSUPPORTED.find((keyword) => keyword in schema);
  if (unsupported) throw new Error(`the arbitrary builder does not support \`${unsupported}\``);
  if (typeof schema.$ref === "string") return next(lookup(schema.$ref));
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union) return fc.oneof(...union.map(next));
  const types =
    typeof schema.type === "string" ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : [];
  if (types.length === 0) return schema.properties ? objectArbitrary(schema, next) : fc.jsonValue();
  return fc.oneof(...types.map((type) => typedArbitrary(type, schema, next)));
}

function typedArbitrary(
  type: string,
  schema: SchemaObject,
  next: (inner: Schema) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  switch (type) {
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return fc.integer({ min: numberOr(schema.minimum, -1_000_000), max: numberOr(schema.maximum, 2_000_000_000) });
    case "number":
      return fc.double({
        min: numberOr(schema.minimum, -1e9),
        max: numberOr(schema.maximum, 1e9),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(schema.items === undefined ? fc.jsonValue() : next(schema.items as Schema), {
        minLength: numberOr(schema.minItems, 0),
        maxLength: Math.min(numberOr(schema.maxItems, 3), 3),
      });
    case "object":
      return objectArbitrary(schema, next);
    default:
      throw new Error(`unknown type ${type}`);
  }
}

function stringArbitrary(schema: SchemaObject): fc.Arbitrary<string> {
  const maxLength = Math.min(numberOr(schema.maxLength, 40), 40);
  if (schema.format === "date-time")
    return fc
      .date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString());
  if (typeof schema.pattern === "string")
    return fc
      .stringMatching(new RegExp(schema.pattern, "u"))
      .filter((text) => text.length <= numberOr(schema.maxLength, Infinity));
  return fc.string({ unit: "grapheme", minLength: numberOr(schema.minLength, 0), maxLength });
}

function objectArbitrary(schema: SchemaObject, next: (inner: Schema) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  if (Object.keys(properties).length === 0) {
    return schema.additionalProperties === false
      ? fc.constant({})
      : fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
  }
  // A required name without a property schema still has to be present, with any value.
  const undeclared = required.filter((name) => !(name in properties)).map((name) => [name, fc.jsonValue()] as const);
  const model = Object.fromEntries([
    ...Object.entries(properties).map(([name, property]) => [name, next(property)] as const),
    ...undeclared,
  ]);
  return fc.record(model, { requiredKeys: required });
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" ? value : fallback;
}
