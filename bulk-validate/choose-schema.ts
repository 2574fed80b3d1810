// Which validator a payload is checked against when --schema is not given: Stripe payloads say
// what they are in their `object` field. The map from `object` values to schema names is taken
// from the validators themselves, so bulk validation works for any generated project.

import { isPlainObject } from "../core/plain-object.ts";
import type { ValidateFn } from "../runtime/operation.ts";
import { isThinNotification, payloadSchema } from "../webhooks/check-payload.ts";
import type { EventSchemaNames, EventTypesShape } from "../webhooks/event-types.ts";

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

export interface SchemaChoice {
  readonly schemaByObject: ReadonlyMap<string, string>;
  readonly eventSchemas?: EventSchemaNames<EventTypesShape>;
}

export function chooseSchema(data: unknown, choice: SchemaChoice): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const thin = thinNotificationSchema(data as Record<string, unknown>, choice.eventSchemas);
  if (thin !== undefined) return thin;
  const object = (data as { object?: unknown }).object;
  return typeof object === "string" ? choice.schemaByObject.get(object) : undefined;
}

/**
 * A thin notification (what an event destination delivers) shares `object: "v2.core.event"` with the
 * full event GET /v2/core/events/{id} returns, but carries no `data`: it is checked like the webhook
 * router checks it, by the event map (its type's schema, else the notification of any thin type).
 */
function thinNotificationSchema(
  data: Record<string, unknown>,
  eventSchemas: EventSchemaNames<EventTypesShape> | undefined,
): string | undefined {
  if (eventSchemas === undefined || !isThinNotification(data) || Object.hasOwn(data, "data")) return undefined;
  if (eventSchemas.notification === null && !Object.hasOwn(eventSchemas.thin, String(data.type))) return undefined;
  return payloadSchema(eventSchemas, data);
}

export function describeObjectField(data: unknown): string {
  if (!isPlainObject(data))
    return `the payload is ${Array.isArray(data) ? "an array" : data === null ? "null" : typeof data}, not an object`;
  const object = (data as { object?: unknown }).object;
  return object === undefined ? 'the payload has no "object" field' : `"object" is ${JSON.stringify(object)}`;
}
