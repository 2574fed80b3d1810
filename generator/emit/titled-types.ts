// Inline schemas with a `title` become named types (e.g. `created?: RangeQuerySpecs | number`).
// Identical shapes share one name; different shapes with the same title get suffixed names.
import type { SchemaObject } from "../model/api-model.ts";
import { type NameRegistry, toTypeName } from "../model/names.ts";
import type { Declaration } from "./code/declaration.ts";
import type { TypeContext } from "./types/schema-to-type.ts";

export interface TitledTypes {
  /** Returns the type name for a titled inline schema, declaring it on first sight. */
  name(schema: SchemaObject, context: TypeContext): string | undefined;
  /** Declarations of every titled type named so far. */
  declarations(): Declaration[];
}

/** Only object and enum shapes are worth a name; a titled `string` stays `string`. */
function worthNaming(schema: SchemaObject): boolean {
  return schema.type === "object" || schema.properties !== undefined || Array.isArray(schema.enum);
}

export function createTitledTypes(
  registry: NameRegistry,
  declare: (name: string, schema: SchemaObject, context: TypeContext) => Declaration,
): TitledTypes {
  const names = new Map<string, string>();
  const pending: Declaration[] = [];
  return {
    name(schema, context) {
      if (!worthNaming(schema)) return undefined;
      const key = JSON.stringify(schema);
      let name = names.get(key);
      if (name === undefined) {
        name = registry.claim(toTypeName(schema.title as string));
        names.set(key, name);
        pending.push(declare(name, schema, { ...context, root: schema, depth: 0 }));
      }
      return name;
    },
    declarations: () => pending,
  };
}
