// The mutation tables: for every schema the suite validates, a documented payload broken in each
// of the required ways (wrong type, missing required property, wrong `object` value, null where
// not nullable, and for the JSON Schema an id without the evt_ prefix), with the expected reason.
import type { LoadedCassette } from "./cassette.ts";
import { type MutationTable, removeAt, setAt } from "./mutation-harness.ts";

/** Bases are the documented examples: mutation pointers (e.g. /data/1) rely on their shape. */
function baseFrom(cassettes: readonly LoadedCassette[], name: string): { baseSource: string; base: unknown } {
  const found = cassettes.find(
    (loaded) => loaded.cassette.source.kind === "documented-example" && loaded.file.endsWith(`/${name}.json`),
  );
  if (found === undefined) throw new Error(`Negative tables need the cassette ${name}.json`);
  const { cassette } = found;
  return { baseSource: found.file, base: cassette.kind === "http" ? cassette.response.body : cassette.delivery.body };
}

/** Mutations shared by the two v1 Event schemas (OpenAPI `event` and stripe-event.json). */
function v1EventMutations(objectKeyword: "enum" | "const") {
  return [
    setAt("wrong type: livemode is a string", "/livemode", "false", { pointer: "/livemode", keyword: "type" }),
    setAt("wrong type: created is an ISO string instead of Unix seconds", "/created", "2023-06-06T22:19:30Z", {
      pointer: "/created",
      keyword: "type",
    }),
    removeAt("missing required: id", "/id"),
    removeAt("missing required: data", "/data"),
    removeAt("missing required: data.object", "/data/object"),
    setAt("wrong object value: object is customer", "/object", "customer", {
      pointer: "/object",
      keyword: objectKeyword,
    }),
    setAt("null where not nullable: type", "/type", null, { pointer: "/type", keyword: "type" }),
    setAt("null where not nullable: pending_webhooks", "/pending_webhooks", null, {
      pointer: "/pending_webhooks",
      keyword: "type",
    }),
  ];
}

export function mutationTables(cassettes: readonly LoadedCassette[]): MutationTable[] {
  return [
    { schema: "event", ...baseFrom(cassettes, "v1-event-retrieve-200"), mutations: v1EventMutations("enum") },
    {
      schema: "stripe-event.json",
      ...baseFrom(cassettes, "v1-event-retrieve-200"),
      mutations: [
        ...v1EventMutations("const"),
        setAt("id without the evt_ prefix", "/id", "ch_1NG8Du2eZvKYlo2CUI6cCVhB", {
          pointer: "/id",
          keyword: "pattern",
        }),
        removeAt("missing required: api_version", "/api_version"),
      ],
    },
    {
      schema: "NotificationEventList",
      ...baseFrom(cassettes, "v1-events-list-page-1"),
      mutations: [
        setAt("wrong type: has_more is a string", "/has_more", "true", { pointer: "/has_more", keyword: "type" }),
        removeAt("missing required: url", "/url"),
        setAt("wrong object value: object is event", "/object", "event", { pointer: "/object", keyword: "enum" }),
        setAt("null where not nullable: data", "/data", null, { pointer: "/data", keyword: "type" }),
        setAt("wrong type inside an item: data[0].livemode", "/data/0/livemode", "no", {
          pointer: "/data/0/livemode",
          keyword: "type",
        }),
        setAt("url outside /v1/events", "/url", "/v1/charges", { pointer: "/url", keyword: "pattern" }),
      ],
    },
    {
      schema: "error",
      ...baseFrom(cassettes, "v1-event-retrieve-404"),
      mutations: [
        removeAt("missing required: error", "/error"),
        removeAt("missing required: error.type", "/error/type"),
        setAt("wrong value: error.type is not a v1 error type", "/error/type", "not_found", {
          pointer: "/error/type",
          keyword: "enum",
        }),
        setAt("wrong type: error.message is a number", "/error/message", 404, {
          pointer: "/error/message",
          keyword: "type",
        }),
        setAt("null where not nullable: error.code", "/error/code", null, { pointer: "/error/code", keyword: "type" }),
      ],
    },
    {
      schema: "v2.core.event",
      ...baseFrom(cassettes, "v2-event-retrieve-200"),
      mutations: [
        setAt("wrong type: livemode is a string", "/livemode", "true", { pointer: "/livemode", keyword: "type" }),
        setAt("wrong type: created in Unix seconds (the v1 convention)", "/created", 1735689600, {
          pointer: "/created",
          keyword: "type",
        }),
        setAt("wrong format: created is not a date-time", "/created", "yesterday", {
          pointer: "/created",
          keyword: "format",
        }),
        removeAt("missing required: related_object", "/related_object"),
        removeAt("missing required: related_object.url", "/related_object/url"),
        setAt("wrong object value: object is event (v1)", "/object", "event", { pointer: "/object", keyword: "enum" }),
        setAt("wrong value: reason.type", "/reason/type", "automatic", { pointer: "/reason/type", keyword: "enum" }),
        setAt("null where not nullable: id", "/id", null, { pointer: "/id", keyword: "type" }),
      ],
    },
    {
      schema: "v2.core.event_notification",
      ...baseFrom(cassettes, "v2-thin-event-notification"),
      mutations: [
        setAt("wrong type: context is a number", "/context", 0, { pointer: "/context", keyword: "type" }),
        removeAt("missing required: reason", "/reason"),
        setAt("wrong object value: object is v2.core.event_notification", "/object", "v2.core.event_notification", {
          pointer: "/object",
          keyword: "enum",
        }),
        setAt("null where not nullable: livemode", "/livemode", null, { pointer: "/livemode", keyword: "type" }),
        setAt("unknown thin event type", "/type", "v2.core.event_destination.pong", {
          pointer: "/type",
          keyword: "enum",
        }),
      ],
    },
    {
      schema: "v2.core.event_list",
      ...baseFrom(cassettes, "v2-events-list-200"),
      mutations: [
        setAt("wrong type: next_page_url is a number", "/next_page_url", 2, {
          pointer: "/next_page_url",
          keyword: "type",
        }),
        removeAt("missing required: previous_page_url", "/previous_page_url"),
        setAt("wrong object value inside an item: data[0].object", "/data/0/object", "event", {
          pointer: "/data/0/object",
          keyword: "enum",
        }),
        setAt("null where not nullable: data", "/data", null, { pointer: "/data", keyword: "type" }),
      ],
    },
    {
      schema: "v2.error",
      ...baseFrom(cassettes, "v2-event-retrieve-404"),
      mutations: [
        removeAt("missing required: error.type", "/error/type"),
        setAt("wrong type: error is a string", "/error", "not_found", { pointer: "/error", keyword: "type" }),
        setAt("null where not nullable: error.message", "/error/message", null, {
          pointer: "/error/message",
          keyword: "type",
        }),
      ],
    },
  ];
}
