// anyOf/oneOf → union, allOf → intersection.
import type { SchemaObject } from "../../model/api-model.ts";
import type { TypeContext } from "./schema-to-type.ts";
import { parenthesise, schemaToType, union } from "./schema-to-type.ts";

export function hasComposition(schema: SchemaObject): boolean {
  return Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf) || Array.isArray(schema.allOf);
}

export function compositionType(schema: SchemaObject, context: TypeContext): string {
  const parts: string[] = [];
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const members = schema[keyword];
    if (Array.isArray(members) && members.length > 0)
      parts.push(union(members.map((member) => schemaToType(member, context))));
  }
  const all = schema.allOf;
  if (Array.isArray(all) && all.length > 0) {
    const members = all.map((member) => schemaToType(member, context)).filter((type) => type !== "unknown");
    if (members.length > 0) parts.push(members.map(parenthesise).join(" & "));
  }
  if (parts.length === 0) return "unknown";
  return parts.length === 1 ? parts[0]! : parts.map(parenthesise).join(" & ");
}
