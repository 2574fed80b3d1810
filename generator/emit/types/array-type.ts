// type: array → T[]; 3.1 `prefixItems` → a tuple with a rest element.
import type { SchemaObject } from "../../model/api-model.ts";
import type { TypeNode } from "../code/type-node.ts";
import type { TypeContext } from "./schema-to-type.ts";
import { schemaToType } from "./schema-to-type.ts";

export function arrayType(schema: SchemaObject, context: TypeContext): TypeNode {
  const items = schema.items as SchemaObject | boolean | undefined;
  const itemType = schemaToType(items, context);
  if (Array.isArray(schema.prefixItems)) {
    const elements = schema.prefixItems.map((item: SchemaObject) => schemaToType(item, context));
    return items === false ? { kind: "tuple", elements } : { kind: "tuple", elements, rest: itemType };
  }
  return { kind: "array", element: itemType };
}
