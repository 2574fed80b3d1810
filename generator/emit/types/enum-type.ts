// enum → a union of literal types. Members that TypeScript cannot spell as a literal (objects,
// arrays) widen the whole enum to unknown rather than produce a wrong type.
import { literal, union } from "./schema-to-type.ts";

export function enumType(values: readonly unknown[]): string {
  if (values.length === 0) return "never";
  return union(values.map(literal));
}
