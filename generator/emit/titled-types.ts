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

/** A titled shape named so far; its JSON is made only when another schema with its title is seen. */
interface Named {
  readonly schema: SchemaObject;
  readonly name: string;
  json?: string;
}

export function createTitledTypes(
  registry: NameRegistry,
  declare: (name: string, schema: SchemaObject, context: TypeContext) => Declaration,
): TitledTypes {
  // Shapes are told apart by their JSON, but only among schemas of one title (the title is part of
  // the JSON), and one object is one shape: Stripe's spec names thousands of titled places, most of
  // them the only schema of their title, and stringifying each took about 35 ms.
  const byTitle = new Map<string, Named[]>();
  const byObject = new WeakMap<SchemaObject, string>();
  const pending: Declaration[] = [];
  const jsonOf = (shape: Named) => {
    shape.json ??= JSON.stringify(shape.schema);
    return shape.json;
  };
  const sameShape = (schema: SchemaObject, named: readonly Named[]) => {
    if (named.length === 0) return undefined;
    const json = JSON.stringify(schema);
    return named.find((shape) => jsonOf(shape) === json);
  };
  return {
    name(schema, context) {
      if (!worthNaming(schema)) return undefined;
      const known = byObject.get(schema);
      if (known !== undefined) return known;
      const title = schema.title as string;
      const named = byTitle.get(title) ?? [];
      let name = sameShape(schema, named)?.name;
      if (name === undefined) {
        name = registry.claim(toTypeName(title));
        named.push({ schema, name });
        byTitle.set(title, named);
        pending.push(declare(name, schema, { ...context, root: schema, depth: 0 }));
      }
      byObject.set(schema, name);
      return name;
    },
    declarations: () => pending,
  };
}
