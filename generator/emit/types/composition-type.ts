// anyOf/oneOf → union, allOf → intersection (all-of-type.ts).
import type { SchemaObject } from "../../model/api-model.ts";
import { intersectionOf, type TypeNode, UNKNOWN, unionOf } from "../code/type-node.ts";
import { allOfType } from "./all-of-type.ts";
import type { TypeContext } from "./schema-to-type.ts";
import { schemaToType } from "./schema-to-type.ts";

export function hasComposition(schema: SchemaObject): boolean {
  return Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf) || Array.isArray(schema.allOf);
}

export function compositionType(schema: SchemaObject, context: TypeContext): TypeNode {
  const parts: TypeNode[] = [];
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const members = schema[keyword];
    if (Array.isArray(members) && members.length > 0)
      parts.push(unionOf(members.map((member) => schemaToType(member, context))));
  }
  const all = schema.allOf;
  if (Array.isArray(all) && all.length > 0) {
    const type = allOfType(schema, all, context);
    if (type) parts.push(type);
  }
  if (parts.length === 0) return UNKNOWN;
  return parts.length === 1 ? parts[0]! : intersectionOf(parts);
}
