// Schema Object → TypeScript type text. One small transformer per kind of schema, in the spirit of
// openapi-typescript; this file dispatches between them.

import type { SchemaObject } from "../../model/api-model.ts";
import { allowsNull, nonNullTypes, type SchemaDialect, typeList } from "../../model/schema-facets.ts";
import { SpecError } from "../../spec-error.ts";
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

export function schemaToType(schema: SchemaObject | boolean | undefined, context: TypeContext): string {
  if (schema === undefined || schema === true) return "unknown";
  if (schema === false) return "never";
  if (context.depth > MAX_DEPTH) {
    throw SpecError.single(
      { file: context.file, message: `a schema is nested more than ${MAX_DEPTH} levels deep` },
      "Flatten the schema with named components and $refs.",
    );
  }
  if (schema !== context.root && typeof schema.title === "string" && context.nameTitled) {
    const name = context.nameTitled(schema);
    if (name) return name;
  }
  const inner = { ...context, depth: context.depth + 1 };
  const base = baseType(schema, inner);
  const addsNull = allowsNull(schema, context.dialect) && base !== "unknown" && base !== "null";
  return addsNull ? union([base, "null"]) : base;
}

function baseType(schema: SchemaObject, context: TypeContext): string {
  if (typeof schema.$ref === "string") return refType(schema.$ref, context);
  if (Object.hasOwn(schema, "const")) return literal(schema.const);
  if (Array.isArray(schema.enum)) return enumType(schema.enum);
  const parts: string[] = [];
  if (hasComposition(schema)) parts.push(compositionType(schema, context));
  const own = ownType(schema, context);
  if (own !== undefined) parts.push(own);
  if (parts.length === 0) return "unknown";
  return parts.length === 1 ? parts[0]! : parts.map(parenthesise).join(" & ");
}

/** The type from `type`/`properties`/`items`, or undefined when the schema only composes others. */
function ownType(schema: SchemaObject, context: TypeContext): string | undefined {
  const types = [...(nonNullTypes(schema) ?? [])];
  if (types.length === 0) {
    if (looksLikeObject(schema)) return objectType(schema, context);
    if (schema.items !== undefined) return arrayType(schema, context);
    if (hasComposition(schema)) return undefined;
    return typeList(schema).includes("null") ? "null" : "unknown";
  }
  return union(types.map((type) => typeForKeyword(type, schema, context)));
}

function typeForKeyword(type: string, schema: SchemaObject, context: TypeContext): string {
  if (type === "object") return objectType(schema, context);
  if (type === "array") return arrayType(schema, context);
  return primitiveType(type);
}

export function literal(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return JSON.stringify(value);
  return "unknown";
}

export function union(types: readonly string[]): string {
  const unique = [...new Set(types)];
  if (unique.includes("unknown")) return "unknown";
  if (unique.length <= 1) return unique[0] ?? "never";
  return unique.map(parenthesise).join(" | ");
}

/** Wraps a union or intersection so it can sit inside another union, intersection or array. */
export function parenthesise(type: string): string {
  return hasTopLevelOperator(type) ? `(${type})` : type;
}

/** True when `|` or `&` occurs outside brackets and string literals (spec text can contain both). */
function hasTopLevelOperator(type: string): boolean {
  let depth = 0;
  for (let index = 0; index < type.length; index++) {
    const char = type[index];
    if (char === '"') index = endOfString(type, index);
    else if (char === "{" || char === "(" || char === "[" || char === "<") depth++;
    else if (char === "}" || char === ")" || char === "]" || char === ">") depth--;
    else if (depth === 0 && (char === "|" || char === "&")) return true;
    else if (char === "/" && type[index + 1] === "*") index = type.indexOf("*/", index + 2) + 1;
  }
  return false;
}

function endOfString(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === '"') return index;
  }
  return text.length;
}
