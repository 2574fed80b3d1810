// A verified body → a checked, marked payload: decoded, parsed, routed by its `object` field, and
// validated by the generated validators (the v1 event and, for a listed type, its data; a thin
// notification against its type's schema, or the any-type notification schema).

import { isPlainObject } from "../core/plain-object.ts";
import type { ValidateFn, ValidationError } from "../runtime/operation.ts";
import type { EventSchemaNames, EventTypesShape } from "./event-types.ts";
import { invalidJson, schemaMismatch, wrongKind } from "./payload-error.ts";
import type { RawPayload } from "./verify-signature.ts";

/** true (default): a mismatch throws; false: no validation; a callback: sees the violations, lets the payload through. */
export type ValidateOption = boolean | ((violations: readonly ValidationError[]) => void);

export interface PayloadBindings {
  readonly validate: ValidateFn;
  readonly schemas: EventSchemaNames<EventTypesShape>;
}

type JsonObject = Record<string, unknown>;

const decoder = new TextDecoder();

export function parsePayload(payload: RawPayload): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof payload === "string" ? payload : decoder.decode(payload));
  } catch (error) {
    throw invalidJson(error);
  }
  if (!isPlainObject(parsed)) {
    const violation = {
      pointer: "",
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    throw schemaMismatch("a Stripe event", [violation]);
  }
  return parsed as JsonObject;
}

export function isThinNotification(parsed: JsonObject): boolean {
  return parsed.object === "v2.core.event";
}

/** Whether the specs list the payload's type (for its kind: v1 snapshot or thin). */
function isListed(schemas: PayloadBindings["schemas"], parsed: JsonObject): boolean {
  const listed = isThinNotification(parsed) ? schemas.thin : schemas.snapshot;
  return typeof parsed.type === "string" && Object.hasOwn(listed, parsed.type);
}

/**
 * The validator a payload as a whole is checked with: the v1 event, a listed thin type's own
 * schema, or the notification of any thin type (a listed v1 type's data is checked on top).
 */
export function payloadSchema(schemas: PayloadBindings["schemas"], parsed: JsonObject): string {
  if (!isThinNotification(parsed))
    return requireSchema(schemas.event, "the v1 event (a schema marked x-resourceId: event)");
  if (isListed(schemas, parsed)) return (schemas.thin as Record<string, string>)[parsed.type as string]!;
  return requireSchema(schemas.notification, "the notification of any thin event (x-stripeEvent: { kind: thin })");
}

export function checkV1Event(bindings: PayloadBindings, parsed: JsonObject, option: ValidateOption = true): JsonObject {
  if (isThinNotification(parsed)) throw wrongKind("constructEvent", parsed.object);
  const { schemas, validate } = bindings;
  const known = isListed(schemas, parsed);
  if (option === false) return mark(parsed, known);
  const schema = payloadSchema(schemas, parsed);
  let violations = violationsOf(validate, schema, parsed);
  let failed = schema;
  if (known && violations.length === 0) {
    failed = (schemas.snapshot as Record<string, string>)[parsed.type as string]!;
    violations = violationsOf(validate, failed, parsed.data).map((violation) => ({
      ...violation,
      pointer: `/data${violation.pointer}`,
    }));
  }
  report(failed, violations, option);
  return mark(parsed, known);
}

export function checkNotification(
  bindings: PayloadBindings,
  parsed: JsonObject,
  option: ValidateOption = true,
): JsonObject {
  if (!isThinNotification(parsed)) throw wrongKind("parseEventNotification", parsed.object);
  const { schemas, validate } = bindings;
  const known = isListed(schemas, parsed);
  if (option === false) return mark(parsed, known);
  const schema = payloadSchema(schemas, parsed);
  report(schema, violationsOf(validate, schema, parsed), option);
  return mark(parsed, known);
}

function violationsOf(validate: ValidateFn, schema: string, data: unknown): ValidationError[] {
  const result = validate(schema, data);
  return result.valid ? [] : result.errors;
}

function report(schema: string, violations: readonly ValidationError[], option: ValidateOption): void {
  if (violations.length === 0) return;
  if (typeof option === "function") option(violations);
  else throw schemaMismatch(schema, violations);
}

function requireSchema(name: string | null, what: string): string {
  if (name !== null) return name;
  throw new TypeError(
    `The specs define no schema for ${what}, so the payload cannot be validated; pass validate: false to skip it.`,
  );
}

/** Non-enumerable, so the payload serialises exactly as it arrived. */
function mark(parsed: JsonObject, known: boolean): JsonObject {
  return Object.defineProperty(parsed, "knownType", { value: known, enumerable: false });
}
