// Single-field changes that must make a valid value invalid: drop a required property, give a
// property a JSON type its schema does not allow, or an enum property a value outside the enum.
// Each mutation names the JSON pointer where the validator must report it.

import { applyMutation, type PayloadMutation, removeAt, setAt } from "../../../contract/payload-mutation.ts";
import { escapePointerToken } from "../../../core/json-pointer.ts";
import type { Schema } from "./load-spec-schemas.ts";

type Lookup = (ref: string) => Schema;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Mutation {
  readonly kind: "remove required" | "wrong type" | "wrong enum";
  readonly pointer: string;
  readonly value: unknown;
}

/** One stand-in value per JSON type; "number" is fractional so it breaks `integer` too. */
const WRONG_VALUES: Record<string, Json> = {
  string: "mutated",
  number: 1.5,
  boolean: true,
  null: null,
  array: [],
  object: {},
};

export function breakingMutations(schema: Schema, value: unknown, lookup: Lookup): Mutation[] {
  const mutations: Mutation[] = [];
  collect(resolve(schema, lookup), value, "", lookup, (kind, mutation) =>
    mutations.push({ kind, pointer: mutation.pointer, value: applyMutation(value, mutation) }),
  );
  return mutations;
}

type Emit = (kind: Mutation["kind"], mutation: PayloadMutation) => void;

function collect(schema: Schema, value: unknown, pointer: string, lookup: Lookup, emit: Emit): void {
  if (typeof schema !== "object" || !isPlainObject(value) || !isObjectSchema(schema)) return;
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const [name, propertySchema] of Object.entries(properties)) {
    if (!Object.hasOwn(value, name)) continue;
    const at = `${pointer}/${escapePointerToken(name)}`;
    const property = resolve(propertySchema, lookup);
    if (required.has(name)) emit("remove required", removeAt(at));
    const wrongType = wrongTypeValue(property, lookup);
    if (wrongType !== undefined) emit("wrong type", setAt(at, wrongType));
    const wrongEnum = wrongEnumValue(property);
    if (wrongEnum !== undefined) emit("wrong enum", setAt(at, wrongEnum));
    const child = value[name];
    collect(property, child, at, lookup, emit);
    if (Array.isArray(child) && child.length > 0 && typeof property === "object" && property.items !== undefined) {
      collect(resolve(property.items as Schema, lookup), child[0], `${at}/0`, lookup, emit);
    }
  }
}

function resolve(schema: Schema, lookup: Lookup): Schema {
  let current = schema;
  while (typeof current === "object" && typeof current.$ref === "string") current = lookup(current.$ref);
  return current;
}

function isObjectSchema(schema: Record<string, unknown>): boolean {
  return schema.type === "object" || (schema.type === undefined && schema.properties !== undefined);
}

/** The JSON types a schema admits, or undefined when it admits any. */
function allowedTypes(schema: Schema, lookup: Lookup): Set<string> | undefined {
  const resolved = resolve(schema, lookup);
  if (typeof resolved !== "object") return resolved ? undefined : new Set();
  if (Array.isArray(resolved.enum)) return new Set((resolved.enum as Json[]).map(jsonType));
  if ("const" in resolved) return new Set([jsonType(resolved.const as Json)]);
  const union = (resolved.anyOf ?? resolved.oneOf) as Schema[] | undefined;
  if (union) {
    const members = union.map((member) => allowedTypes(member, lookup));
    return members.some((member) => member === undefined)
      ? undefined
      : new Set(members.flatMap((member) => [...member!]));
  }
  if (resolved.type === undefined) return undefined;
  const types = new Set(typeof resolved.type === "string" ? [resolved.type] : (resolved.type as string[]));
  if (types.has("number")) types.add("integer");
  return types;
}

function wrongTypeValue(schema: Schema, lookup: Lookup): Json | undefined {
  const allowed = allowedTypes(schema, lookup);
  if (allowed === undefined) return undefined;
  const type = Object.keys(WRONG_VALUES).find((candidate) => !allowed.has(candidate));
  return type === undefined ? undefined : WRONG_VALUES[type];
}

function wrongEnumValue(schema: Schema): string | undefined {
  if (typeof schema !== "object" || !Array.isArray(schema.enum)) return undefined;
  const values = schema.enum as Json[];
  return values.every((value) => typeof value === "string") ? `not-${values.join("|")}` : undefined;
}

function jsonType(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
