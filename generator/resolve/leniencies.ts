// Constructs that are not valid OpenAPI but have one clear meaning. Each rule says how to spot the
// construct at a schema slot, what is wrong, what lenient mode reads it as, and how to fix the spec;
// its `rewrite`, when it has one, turns the construct into valid OpenAPI with that meaning in a
// copy of the document, so every later stage (the OpenAPI schema check, the model, types,
// validators, openapi-typescript) reads the same thing. Rules without a rewrite are read that way
// by the emitters already. Problems without one clear meaning (a $ref to nothing, a duplicate
// operationId, an unknown `openapi` version) are never here: they stay errors.
import { closesAllOfMembers, typeList } from "../model/schema-facets.ts";
import type { OpenApiMajorMinor } from "./openapi-version.ts";
import type { SchemaSlot } from "./schema-slots.ts";

export type LeniencyRule =
  | "schema-null"
  | "type-null"
  | "nullable-without-type"
  | "nullable-in-3.1"
  | "ref-siblings"
  | "id-beside-ref"
  | "additional-properties-beside-all-of";

export interface Leniency {
  readonly rule: LeniencyRule;
  /** Path of the schema that has the construct. */
  readonly schemaPath: readonly (string | number)[];
  /** The keyword of that schema the construct is at, when it is one keyword. */
  readonly keyword?: string;
  /** What is wrong, e.g. "`type: \"null\"` is not a type in OpenAPI 3.0". */
  readonly what: string;
  /** What lenient mode reads it as. */
  readonly assumed: string;
  /** How to make the spec valid, for --strict. */
  readonly fix: string;
  /** Rewrites the schema (in a copy of the document) into valid OpenAPI with the assumed meaning. */
  readonly rewrite?: (schema: Record<string, unknown>) => unknown;
}

type Schema = Readonly<Record<string, unknown>>;
/** The leniency at `slot`, whose schema is `schema`; the slot's path is read only when there is one. */
type Detector = (schema: Schema, version: OpenApiMajorMinor, slot: SchemaSlot) => Leniency | undefined;

/** Sibling keywords of a $ref that only annotate: no tool reads a different value into them. */
const ANNOTATIONS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "default",
  "externalDocs",
  "xml",
  "$comment",
  "$id",
]);

const typeNull: Detector = (schema, version, slot) => {
  if (version !== "3.0" || schema.type !== "null") return undefined;
  return {
    rule: "type-null",
    schemaPath: slot.path,
    keyword: "type",
    what: '`type: "null"` is not a type in OpenAPI 3.0',
    assumed: "the value is null (as `nullable: true, enum: [null]`)",
    fix: "write `nullable: true` on the schema that may be null, or move the spec to OpenAPI 3.1",
    rewrite: ({ type: _null, ...rest }) => ({ ...rest, nullable: true, enum: [null] }),
  };
};

const nullableWithoutType: Detector = (schema, version, slot) => {
  if (version !== "3.0" || schema.nullable !== true || schema.type !== undefined) return undefined;
  // `nullable` beside a composition is the established spelling of "one of these, or null" (Stripe's
  // specs use it hundreds of times), and beside a $ref it is a sibling (ref-siblings).
  if (["$ref", "anyOf", "oneOf", "allOf"].some((keyword) => schema[keyword] !== undefined)) return undefined;
  return {
    rule: "nullable-without-type",
    schemaPath: slot.path,
    keyword: "nullable",
    what: "`nullable: true` without a `type`, where OpenAPI 3.0 gives it no effect",
    assumed: "null is allowed besides whatever the rest of the schema allows",
    fix: "add the `type` that may be null",
  };
};

const nullableIn31: Detector = (schema, version, slot) => {
  if (version !== "3.1" || schema.nullable !== true) return undefined;
  return {
    rule: "nullable-in-3.1",
    schemaPath: slot.path,
    keyword: "nullable",
    what: "`nullable` is not a keyword in OpenAPI 3.1, where JSON Schema ignores it",
    assumed: 'null is allowed too (as `type: [..., "null"]`)',
    fix: 'add "null" to `type` (or an `anyOf` branch `{ type: "null" }`) and remove `nullable`',
    rewrite: allowNull,
  };
};

/** The 3.1 spelling of a 3.0 `nullable: true`: "null" added to `type` (and `enum`), or a null branch. */
function allowNull({ nullable: _nullable, ...schema }: Schema): Schema {
  const enumWithNull =
    Array.isArray(schema.enum) && !schema.enum.includes(null) ? { enum: [...schema.enum, null] } : {};
  if (schema.type !== undefined && schema.const === undefined) {
    const types = typeList(schema);
    return types.includes("null") ? schema : { ...schema, type: [...types, "null"], ...enumWithNull };
  }
  const { description, title, ...rest } = schema;
  const annotations = { ...(description !== undefined && { description }), ...(title !== undefined && { title }) };
  return { ...annotations, anyOf: [rest, { type: "null" }] };
}

const refSiblings: Detector = (schema, version, slot) => {
  if (version !== "3.0" || typeof schema.$ref !== "string") return undefined;
  // Most Reference Objects hold nothing else: no list to build for them.
  if (Object.keys(schema).length === 1) return undefined;
  const ignored = Object.keys(schema).filter((key) => key !== "$ref" && !ANNOTATIONS.has(key) && !key.startsWith("x-"));
  if (ignored.length === 0) return undefined;
  const names = ignored.map((key) => `\`${key}\``).join(", ");
  return {
    rule: "ref-siblings",
    schemaPath: slot.path,
    what: `${names} beside \`$ref\`, which OpenAPI 3.0 says to ignore`,
    assumed: `${ignored.length === 1 ? "it is" : "they are"} ignored: the schema is exactly its $ref target`,
    fix: `to apply ${ignored.length === 1 ? "it" : "them"}, write \`allOf: [{ $ref: ... }]\` beside ${names}; otherwise remove ${ignored.length === 1 ? "it" : "them"}`,
    rewrite: (current) => Object.fromEntries(Object.entries(current).filter(([key]) => !ignored.includes(key))),
  };
};

const idBesideRef: Detector = (schema, _version, slot) => {
  if (schema.$id === undefined || typeof schema.$ref !== "string" || !schema.$ref.startsWith("#")) return undefined;
  return {
    rule: "id-beside-ref",
    schemaPath: slot.path,
    keyword: "$id",
    what: `\`$id\` beside the local \`$ref: "${schema.$ref}"\` makes the $ref point into a document named by the $id, where nothing is defined`,
    assumed: "the $ref points into this document; the `$id` is ignored",
    fix: "remove the `$id`",
    rewrite: ({ $id: _id, ...rest }) => rest,
  };
};

const additionalPropertiesBesideAllOf: Detector = (schema, _version, slot) => {
  if (!closesAllOfMembers(schema)) return undefined;
  return {
    rule: "additional-properties-beside-all-of",
    schemaPath: slot.path,
    keyword: "additionalProperties",
    what: "`additionalProperties: false` beside `allOf` forbids every property the allOf members declare (JSON Schema applies it to the sibling `properties` only)",
    assumed:
      "no properties beyond those the allOf members and the sibling `properties` declare (as `unevaluatedProperties: false`)",
    fix: "write `unevaluatedProperties: false` (OpenAPI 3.1) instead, or remove `additionalProperties: false`",
  };
};

const DETECTORS: readonly Detector[] = [
  typeNull,
  nullableWithoutType,
  nullableIn31,
  refSiblings,
  idBesideRef,
  additionalPropertiesBesideAllOf,
];

/**
 * Adds the leniencies at one schema slot to `found`, in a fixed order. Indexed loops, nothing
 * allocated for a slot without any: this runs for every schema place of the document, almost all
 * have none, and it runs before V8 optimises it, where a for…of allocates a result per step.
 */
export function addLenienciesAt(slot: SchemaSlot, version: OpenApiMajorMinor, found: Leniency[]): void {
  const value = slot.value;
  if (value === null) found.push(schemaNull(slot));
  if (typeof value !== "object" || value === null || Array.isArray(value)) return;
  for (let index = 0; index < DETECTORS.length; index++) {
    const leniency = DETECTORS[index]!(value as Schema, version, slot);
    if (leniency !== undefined) found.push(leniency);
  }
}

function schemaNull(slot: SchemaSlot): Leniency {
  return {
    rule: "schema-null",
    schemaPath: slot.path,
    what: "the schema is `null`",
    assumed: "any value, as if no schema were given",
    fix: "remove the key, or give it a schema (`{}` allows any value)",
    rewrite: () => ({}),
  };
}
