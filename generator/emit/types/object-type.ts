// type: object → an object type: required properties plain, others optional, keys that are not
// identifiers quoted, and an index signature when additionalProperties allows one.
import type { SchemaObject } from "../../model/api-model.ts";
import { propertyKey } from "../../model/names.ts";
import {
  intersectionOf,
  isKeyword,
  keyword,
  NEVER,
  reference,
  type TypeMember,
  type TypeNode,
  UNKNOWN,
} from "../code/type-node.ts";
import type { TypeContext } from "./schema-to-type.ts";
import { schemaToType } from "./schema-to-type.ts";
import { docLines } from "./tsdoc.ts";

export type PropertyMember = Extract<TypeMember, { kind: "property" }>;

export interface ObjectMembers {
  readonly properties: PropertyMember[];
  /** Value type of `[key: string]: …`, when there is one. */
  readonly indexType?: TypeNode;
  /**
   * Type of additional properties beside declared ones. An index signature in the same type would
   * have to admit every declared property's type too, so it is intersected instead (as
   * openapi-typescript does), which keeps reads of extra keys precise.
   */
  readonly extraType?: TypeNode;
}

export function looksLikeObject(schema: SchemaObject): boolean {
  return schema.properties !== undefined || schema.additionalProperties !== undefined || schema.required !== undefined;
}

export function objectType(schema: SchemaObject, context: TypeContext): TypeNode {
  const { properties, indexType, extraType } = objectMembers(schema, context);
  const members: TypeMember[] = indexType ? [...properties, { kind: "index", type: indexType }] : properties;
  const body: TypeNode =
    members.length === 0 ? reference("Record", [keyword("string"), NEVER]) : { kind: "object", members };
  return extraType ? intersectionOf([body, { kind: "object", members: [{ kind: "index", type: extraType }] }]) : body;
}

export function objectMembers(schema: SchemaObject, context: TypeContext): ObjectMembers {
  const declared = (schema.properties ?? {}) as Record<string, SchemaObject | boolean>;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  // An indexed loop, not entries with destructuring: this runs for every property of the spec, mostly
  // before V8 optimises it, where destructuring a pair allocates an iterator and its results.
  const names = Object.keys(declared);
  const properties: PropertyMember[] = new Array(names.length);
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    const property = declared[name]!;
    properties[index] = {
      kind: "property",
      key: propertyKey(name),
      optional: !required.has(name),
      docs: typeof property === "object" ? docLines(property) : [],
      type: schemaToType(property, context),
    };
  }
  const additional = schema.additionalProperties as SchemaObject | boolean | undefined;
  if (additional === false) return { properties };
  // `type: object` with nothing else is a free-form object: Stripe uses it for embedded resources.
  if (additional === undefined) return properties.length > 0 ? { properties } : { properties, indexType: UNKNOWN };
  const valueType = schemaToType(additional, context);
  if (properties.length === 0 || isKeyword(valueType, "unknown")) return { properties, indexType: valueType };
  return { properties, extraType: valueType };
}
