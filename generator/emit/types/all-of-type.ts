// allOf → intersection, with a sibling `required` merged in as JSON Schema means it (and as
// openapi-typescript types it): a name required beside allOf is required in whichever member
// declares it. An inline member takes the names into its own `required`; a $ref member (or a titled
// one, which has a name of its own) becomes `Member & Required<Pick<Member, "a" | "b">>`; a name no
// member declares is still required, with any value.
import type { SchemaObject } from "../../model/api-model.ts";
import { intersectionOf, isKeyword, literal, reference, type TypeNode, unionOf } from "../code/type-node.ts";
import type { TypeContext } from "./schema-to-type.ts";
import { schemaToType } from "./schema-to-type.ts";

export function allOfType(
  schema: SchemaObject,
  members: readonly unknown[],
  context: TypeContext,
): TypeNode | undefined {
  const pending = siblingRequired(schema);
  const types: TypeNode[] = [];
  for (const member of members) {
    const names = pending.filter((name) => declaredProperties(member, context).has(name));
    for (const name of names) pending.splice(pending.indexOf(name), 1);
    const type = memberType(member as SchemaObject | boolean, names, context);
    // A member that is itself `A & B` (a $ref member made to require names) joins the chain unbracketed.
    if (type.kind === "intersection" && typeof member === "object" && member !== null && "$ref" in member)
      types.push(...type.members);
    else types.push(type);
  }
  if (pending.length > 0) types.push(requiredUnknowns(pending, context));
  // unknown is the identity of an intersection, so it is left out rather than absorbing the rest.
  const known = types.filter((type) => !isKeyword(type, "unknown"));
  return known.length > 0 ? intersectionOf(known) : undefined;
}

/** Names in `required` that the schema's own `properties` do not declare (those are typed there). */
function siblingRequired(schema: SchemaObject): string[] {
  const own = (schema.properties ?? {}) as Record<string, unknown>;
  const required = Array.isArray(schema.required) ? (schema.required as unknown[]) : [];
  return [...new Set(required.filter((name): name is string => typeof name === "string" && !Object.hasOwn(own, name)))];
}

function memberType(member: SchemaObject | boolean, names: readonly string[], context: TypeContext): TypeNode {
  if (names.length === 0 || typeof member !== "object") return schemaToType(member, context);
  const inline = typeof member.$ref !== "string" && typeof member.title !== "string";
  if (inline) {
    const required = Array.isArray(member.required) ? member.required : [];
    return schemaToType({ ...member, required: [...new Set([...required, ...names])] }, context);
  }
  const type = schemaToType(member, context);
  const keys = unionOf(names.map((name) => literal(name)));
  return intersectionOf([type, reference("Required", [reference("Pick", [type, keys])])]);
}

/** Names no member declares, still required with any value: the object schema that says so. */
function requiredUnknowns(names: readonly string[], context: TypeContext): TypeNode {
  const properties = Object.fromEntries(names.map((name) => [name, {}]));
  return schemaToType({ type: "object", required: [...names], properties }, context);
}

/**
 * The property names a schema declares for certain: its own `properties` and those of its allOf
 * members, through $refs (not anyOf/oneOf branches: a name only one branch declares is not a key of
 * every value).
 */
export function declaredProperties(schema: unknown, context: TypeContext, seen = new Set<unknown>()): Set<string> {
  const names = new Set<string>();
  if (typeof schema !== "object" || schema === null || seen.has(schema)) return names;
  seen.add(schema);
  const object = schema as SchemaObject;
  if (typeof object.$ref === "string") return declaredProperties(context.resolveRef(object.$ref), context, seen);
  for (const name of Object.keys((object.properties ?? {}) as object)) names.add(name);
  if (Array.isArray(object.allOf))
    for (const member of object.allOf) for (const name of declaredProperties(member, context, seen)) names.add(name);
  return names;
}
