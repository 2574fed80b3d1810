// fetchEvent / fetchRelatedObject on a parsed thin notification. Both go through the caller's
// generated client, so they are authenticated, retried and (optionally) validated like any other
// call; both send the notification's `context` as Stripe-Context. related_object.url must be a
// path on the client's own origin: a notification may never send the API key anywhere else.

import { isPlainObject } from "../core/plain-object.ts";
import type { EventFetcher, RawRequester, RelatedObject, RelatedObjectRequest } from "./event-types.ts";

type JsonObject = Record<string, unknown>;

/** Adds the two methods, non-enumerable, so the payload still serialises exactly as it arrived. */
export function withNotificationMethods(notification: JsonObject): JsonObject {
  return Object.defineProperties(notification, {
    fetchEvent: { value: (client: EventFetcher) => fetchEvent(notification, client), enumerable: false },
    fetchRelatedObject: {
      value: (client: RawRequester) => fetchRelatedObject(notification, client),
      enumerable: false,
    },
  });
}

function contextOf(notification: JsonObject): { stripeContext?: string } {
  return typeof notification.context === "string" ? { stripeContext: notification.context } : {};
}

async function fetchEvent(notification: JsonObject, client: EventFetcher): Promise<unknown> {
  if (typeof client?.getV2CoreEventsId !== "function")
    throw new TypeError(
      "fetchEvent(client) needs the generated client (createClient()), whose getV2CoreEventsId fetches the event.",
    );
  const id = String(notification.id);
  const event = (await client.getV2CoreEventsId({ path: { id }, ...contextOf(notification) })) as JsonObject | null;
  if (typeof event !== "object" || event === null || event.id !== id || event.type !== notification.type) {
    throw new Error(
      `GET /v2/core/events/${id} returned ${describeEvent(event)}, not the event of notification ${id} (${String(notification.type)}).`,
    );
  }
  return event;
}

async function fetchRelatedObject(notification: JsonObject, client: RawRequester): Promise<RelatedObject | null> {
  const related = notification.related_object as { url?: unknown } | null | undefined;
  if (related === null || related === undefined) return null;
  const request: RelatedObjectRequest = { method: "GET", ...sameOriginPath(related.url), ...contextOf(notification) };
  if (typeof client?.rawRequest !== "function")
    throw new TypeError(
      "fetchRelatedObject(client) needs the generated client (createClient()), whose rawRequest sends the GET.",
    );
  const object = await client.rawRequest(request);
  if (!isPlainObject(object)) throw new Error(`GET ${request.path} returned ${describeEvent(object)}, not an object.`);
  return object as RelatedObject;
}

/** RFC 3986 path and query characters only: no backslash, whitespace, control character or fragment. */
const URL_CHARACTERS = /^[\w.~!$&'()*+,;=:@%/?-]*$/;

/**
 * "/v1/billing/meters/mtr_1?x=y" → { path, query }. Refused (TypeError): anything but one leading
 * "/" (a scheme, "//host", a relative path), "//" anywhere, characters outside a URL's path and
 * query (a backslash, whitespace, control characters, a fragment), and "." or ".." segments.
 */
export function sameOriginPath(url: unknown): { path: string; query?: Record<string, string> } {
  const text = typeof url === "string" ? url : "";
  const [path = "", search] = text.split(/\?(.*)/s);
  const segments = path.split("/").slice(1);
  const refused =
    !path.startsWith("/") ||
    path.includes("//") ||
    !URL_CHARACTERS.test(text) ||
    segments.some((s) => s === "." || s === "..");
  if (refused)
    throw new TypeError(
      `related_object.url ${JSON.stringify(url)} is not a path on the API's own origin (one leading "/", no scheme, no "//"): refusing to send the client's credentials anywhere else.`,
    );
  if (search === undefined || search === "") return { path };
  return { path, query: Object.fromEntries(new URLSearchParams(search)) };
}

function describeEvent(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? String(value);
  const { id, type, object } = value as JsonObject;
  return `${String(object ?? "an object")} ${String(id)}${type === undefined ? "" : ` (${String(type)})`}`;
}
