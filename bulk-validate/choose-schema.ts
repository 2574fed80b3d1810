// Which generated validator a payload is checked against when --schema is not given: Stripe
// payloads say what they are in their `object` field.
export const SCHEMA_BY_OBJECT: Readonly<Record<string, string>> = {
  event: "event",
  list: "NotificationEventList",
  "v2.core.event": "v2.core.event",
};

export function chooseSchema(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const object = (data as { object?: unknown }).object;
  return typeof object === "string" && Object.hasOwn(SCHEMA_BY_OBJECT, object) ? SCHEMA_BY_OBJECT[object] : undefined;
}

export function describeObjectField(data: unknown): string {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return `the payload is ${Array.isArray(data) ? "an array" : data === null ? "null" : typeof data}, not an object`;
  const object = (data as { object?: unknown }).object;
  return object === undefined ? 'the payload has no "object" field' : `"object" is ${JSON.stringify(object)}`;
}
