// anyOf/oneOf → union, allOf → intersection.
import type { SchemaObject } from "../../model/api-model.ts";
import { intersectionOf, isKeyword, type TypeNode, UNKNOWN, unionOf } from "../code/type-node.ts";
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
    // unknown is the identity of an intersection, so it is left out rather than absorbing the rest.
    const members = all.map((member) => schemaToType(member, context)).filter((type) => !isKeyword(type, "unknown"));
    if (members.length > 0) parts.push(intersectionOf(members));
  }
  if (parts.length === 0) return UNKNOWN;
  return parts.length === 1 ? parts[0]! : intersectionOf(parts);
}
