// $ref → the named type of a component; any other local pointer is inlined (with a cycle guard,
// since an inlined ref has no name to break the recursion with).
import { reference, type TypeNode, UNKNOWN } from "../code/type-node.ts";
import type { TypeContext } from "./schema-to-type.ts";
import { schemaToType } from "./schema-to-type.ts";

export function refType(ref: string, context: TypeContext): TypeNode {
  const named = context.namedRef(ref);
  if (named) return reference(named);
  if (context.inlining.has(ref)) return UNKNOWN;
  const target = context.resolveRef(ref);
  if (target === undefined) return UNKNOWN;
  return schemaToType(target, { ...context, inlining: new Set([...context.inlining, ref]) });
}
