// OpenAPI primitive `type` keywords → TypeScript. `format: unix-time` stays `number`; the unit is
// documented on the property instead (see tsdoc.ts).
import { type KeywordName, keyword, type TypeNode, UNKNOWN } from "../code/type-node.ts";

const PRIMITIVES: Readonly<Record<string, KeywordName>> = {
  string: "string",
  integer: "number",
  number: "number",
  boolean: "boolean",
  null: "null",
};

export function primitiveType(type: string): TypeNode {
  return Object.hasOwn(PRIMITIVES, type) ? keyword(PRIMITIVES[type]!) : UNKNOWN;
}
