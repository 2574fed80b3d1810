// enum → a union of literal types. Members that TypeScript cannot spell as a literal (objects,
// arrays) widen the whole enum to unknown rather than produce a wrong type.
import { literal, NEVER, type TypeNode, unionOf } from "../code/type-node.ts";

export function enumType(values: readonly unknown[]): TypeNode {
  if (values.length === 0) return NEVER;
  return unionOf(values.map(literal));
}
