// Which validator a payload is checked against when --schema is not given: Stripe payloads say
// what they are in their `object` field. The map from `object` values to schema names is taken
// from the validators themselves, so bulk validation works for any generated project.
import type { ValidateFn } from "../runtime/operation.ts";

/** An `object` value no schema allows, so every schema that constrains `object` reports what it allows. */
const PROBE = Object.freeze({ object: "\u0000not-an-object-type" });

/**
 * `object` value → schema name, read from the validators' own errors: a schema whose `object` is an
 * enum or const rejects the probe at /object and lists the values it allows. Where several schemas
 * allow a value (the event and its JSON Schema twin), the one named like the value wins, else the
 * first in `schemaNames`.
 */
export function schemaByObjectField(validate: ValidateFn, schemaNames: readonly string[]): Map<string, string> {
  const candidates = new Map<string, string[]>();
  for (const name of schemaNames) {
    for (const value of allowedObjectValues(validate, name))
      candidates.set(value, [...(candidates.get(value) ?? []), name]);
  }
  return new Map([...candidates].map(([value, names]) => [value, names.includes(value) ? value : names[0]!]));
}

function allowedObjectValues(validate: ValidateFn, name: string): string[] {
  const result = validate(name, PROBE);
  if (result.valid) return [];
  return result.errors
    .filter((error) => error.pointer === "/object")
    .flatMap((error) => {
      if (error.keyword === "enum" && Array.isArray(error.params.allowedValues)) return error.params.allowedValues;
      return error.keyword === "const" ? [error.params.allowedValue] : [];
    })
    .filter((value): value is string => typeof value === "string");
}

export function chooseSchema(data: unknown, schemaByObject: ReadonlyMap<string, string>): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const object = (data as { object?: unknown }).object;
  return typeof object === "string" ? schemaByObject.get(object) : undefined;
}

export function describeObjectField(data: unknown): string {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return `the payload is ${Array.isArray(data) ? "an array" : data === null ? "null" : typeof data}, not an object`;
  const object = (data as { object?: unknown }).object;
  return object === undefined ? 'the payload has no "object" field' : `"object" is ${JSON.stringify(object)}`;
}
