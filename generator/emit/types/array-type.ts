// type: array → T[]; 3.1 `prefixItems` → a tuple with a rest element.
import type { SchemaObject } from "../../model/api-model.ts";
import type { TypeContext } from "./schema-to-type.ts";
import { parenthesise, schemaToType } from "./schema-to-type.ts";

export function arrayType(schema: SchemaObject, context: TypeContext): string {
  const items = schema.items as SchemaObject | boolean | undefined;
  const itemType = schemaToType(items, context);
  if (Array.isArray(schema.prefixItems)) {
    const prefix = schema.prefixItems.map((item: SchemaObject) => schemaToType(item, context));
    const rest = items === false ? [] : [`...${parenthesise(itemType)}[]`];
    return `[${[...prefix, ...rest].join(", ")}]`;
  }
  return `${parenthesise(itemType)}[]`;
}
