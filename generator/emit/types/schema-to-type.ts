// Schema Object → TypeNode. One small transformer per kind of schema, in the spirit of
// openapi-typescript; this file dispatches between them.

import type { SchemaObject } from "../../model/api-model.ts";
import {
  allowsNull,
  closesAllOfMembers,
  nonNullTypes,
  type SchemaDialect,
  typeList,
} from "../../model/schema-facets.ts";
import { SpecError } from "../../spec-error.ts";
import {
  intersectionOf,
  isKeyword,
  keyword,
  literal,
  NEVER,
  type TypeNode,
  UNKNOWN,
  unionOf,
} from "../code/type-node.ts";
import { arrayType } from "./array-type.ts";
import { compositionType, hasComposition } from "./composition-type.ts";
import { enumType } from "./enum-type.ts";
import { looksLikeObject, objectType } from "./object-type.ts";
import { primitiveType } from "./primitive-type.ts";
import { refType } from "./ref-type.ts";

export interface TypeContext {
  /** Type name of a component schema ref, or undefined for other refs. */
  readonly namedRef: (ref: string) => string | undefined;
  /** The schema at a local ref that is not a component (inlined). */
  readonly resolveRef: (ref: string) => SchemaObject | boolean | undefined;
  /** Decides whether `nullable` is a keyword (OpenAPI 3.0 only); see model/schema-facets.ts. */
  readonly dialect: SchemaDialect;
  readonly file: string;
  readonly depth: number;
  readonly inlining: ReadonlySet<string>;
  /**
   * Names an inline schema that carries a `title` (Stripe titles reusable inline shapes such as
   * `range_query_specs`), so it becomes a named type instead of an anonymous one. Undefined = inline.
   */
  readonly nameTitled?: (schema: SchemaObject) => string | undefined;
  /** The schema being declared; it is never replaced by its own name. */
  readonly root?: unknown;
}

const MAX_DEPTH = 256;

export function schemaToType(schema: SchemaObject | boolean | undefined, context: TypeContext): TypeNode {
  if (schema === undefined || schema === true) return UNKNOWN;
  if (schema === false) return NEVER;
  if (context.depth > MAX_DEPTH) {
    throw SpecError.single(
      { file: context.file, message: `a schema is nested more than ${MAX_DEPTH} levels deep` },
      "Flatten the schema with named components and $refs.",
    );
  }
  if (schema !== context.root && typeof schema.title === "string" && context.nameTitled) {
    const name = context.nameTitled(schema);
    if (name) return { kind: "reference", name };
  }
  const base = baseType(schema, { ...context, depth: context.depth + 1 });
  const addsNull = allowsNull(schema, context.dialect) && !isKeyword(base, "unknown") && !isKeyword(base, "null");
  return addsNull ? unionOf([base, keyword("null")]) : base;
}

function baseType(schema: SchemaObject, context: TypeContext): TypeNode {
  if (typeof schema.$ref === "string") return refType(schema.$ref, context);
  if (Object.hasOwn(schema, "const")) return literal(schema.const);
  if (Array.isArray(schema.enum)) return enumType(schema.enum);
  const parts: TypeNode[] = [];
  if (hasComposition(schema)) parts.push(compositionType(schema, context));
  const own = ownType(schema, context);
  if (own !== undefined) parts.push(own);
  if (parts.length === 0) return UNKNOWN;
  return parts.length === 1 ? parts[0]! : intersectionOf(parts);
}

/** The type from `type`/`properties`/`items`, or undefined when the schema only composes others. */
function ownType(schema: SchemaObject, context: TypeContext): TypeNode | undefined {
  if (addsNothingToComposition(schema, context)) return undefined;
  const types = [...(nonNullTypes(schema) ?? [])];
  if (types.length === 0) {
    if (looksLikeObject(schema)) return objectType(schema, context);
    // `items` without `type: array` constrains arrays only; any other value passes the validator.
    if (hasComposition(schema)) return undefined;
    return typeList(schema).includes("null") ? keyword("null") : UNKNOWN;
  }
  return unionOf(types.map((type) => typeForKeyword(type, schema, context)));
}

/**
 * An object schema that composes others and declares no properties of its own adds nothing to the
 * composition's type: no properties, and no index signature either (the members say what the keys
 * are). `additionalProperties: false` beside allOf says no more than the members (closesAllOfMembers),
 * and `additionalProperties: true` beside anyOf/oneOf allows what is allowed anyway. (Beside allOf,
 * `true` keeps its index signature, as in openapi-typescript's types.)
 */
function addsNothingToComposition(schema: SchemaObject, context: TypeContext): boolean {
  if (!hasComposition(schema) || schema.properties !== undefined || schema.patternProperties !== undefined)
    return false;
  const objectOnly = [...(nonNullTypes(schema) ?? ["object"])].every((type) => type === "object");
  const additional = schema.additionalProperties;
  if (additional === undefined) return objectOnly;
  if (additional === true || isEmptySchema(additional)) return objectOnly && !Array.isArray(schema.allOf);
  return context.dialect !== "json-schema" && closesAllOfMembers(schema);
}

function isEmptySchema(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}

function typeForKeyword(type: string, schema: SchemaObject, context: TypeContext): TypeNode {
  if (type === "object") return objectType(schema, context);
  if (type === "array") return arrayType(schema, context);
  return primitiveType(type);
}
