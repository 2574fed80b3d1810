// OpenAPI primitive `type` keywords → TypeScript. `format: unix-time` stays `number`; the unit is
// documented on the property instead (see tsdoc.ts).

const PRIMITIVES: Record<string, string> = {
  string: "string",
  integer: "number",
  number: "number",
  boolean: "boolean",
  null: "null",
};

export function primitiveType(type: string): string {
  return PRIMITIVES[type] ?? "unknown";
}
