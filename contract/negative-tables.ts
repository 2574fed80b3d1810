// The mutation tables: for every schema the suite validates, a documented payload broken in each
// of the required ways (wrong type, missing required property, wrong `object` value, null where
// not nullable, and for the JSON Schema an id without the evt_ prefix), with the expected reason.
// The tables are data (module constants); the only function builds them from the cassettes.
import type { LoadedCassette } from "./cassette.ts";
import { type Mutation, type MutationTable, missing, wrongValue } from "./mutation-harness.ts";

interface TableSpec {
  readonly schema: string;
  /** Documented-example cassette the base comes from: mutation pointers (e.g. /data/1) rely on its shape. */
  readonly cassette: string;
  readonly mutations: readonly Mutation[];
}

/** Mutations shared by the two v1 Event schemas (OpenAPI `event` and stripe-event.json). */
const v1EventMutations = (objectKeyword: "enum" | "const"): Mutation[] => [
  wrongValue("wrong type: livemode is a string", "/livemode", "false", "type"),
  wrongValue(
    "wrong type: created is an ISO string instead of Unix seconds",
    "/created",
    "2023-06-06T22:19:30Z",
    "type",
  ),
  missing("missing required: id", "/id"),
  missing("missing required: data", "/data"),
  missing("missing required: data.object", "/data/object"),
  wrongValue("wrong object value: object is customer", "/object", "customer", objectKeyword),
  wrongValue("null where not nullable: type", "/type", null, "type"),
  wrongValue("null where not nullable: pending_webhooks", "/pending_webhooks", null, "type"),
];

const TABLES: readonly TableSpec[] = [
  { schema: "event", cassette: "v1-event-retrieve-200", mutations: v1EventMutations("enum") },
  {
    schema: "stripe-event.json",
    cassette: "v1-event-retrieve-200",
    mutations: [
      ...v1EventMutations("const"),
      wrongValue("id without the evt_ prefix", "/id", "ch_1NG8Du2eZvKYlo2CUI6cCVhB", "pattern"),
      missing("missing required: api_version", "/api_version"),
    ],
  },
  {
    schema: "NotificationEventList",
    cassette: "v1-events-list-page-1",
    mutations: [
      wrongValue("wrong type: has_more is a string", "/has_more", "true", "type"),
      missing("missing required: url", "/url"),
      wrongValue("wrong object value: object is event", "/object", "event", "enum"),
      wrongValue("null where not nullable: data", "/data", null, "type"),
      wrongValue("wrong type inside an item: data[0].livemode", "/data/0/livemode", "no", "type"),
      wrongValue("url outside /v1/events", "/url", "/v1/charges", "pattern"),
    ],
  },
  {
    schema: "error",
    cassette: "v1-event-retrieve-404",
    mutations: [
      missing("missing required: error", "/error"),
      missing("missing required: error.type", "/error/type"),
      wrongValue("wrong value: error.type is not a v1 error type", "/error/type", "not_found", "enum"),
      wrongValue("wrong type: error.message is a number", "/error/message", 404, "type"),
      wrongValue("null where not nullable: error.code", "/error/code", null, "type"),
    ],
  },
  {
    schema: "v2.core.event",
    cassette: "v2-event-retrieve-200",
    mutations: [
      wrongValue("wrong type: livemode is a string", "/livemode", "true", "type"),
      wrongValue("wrong type: created in Unix seconds (the v1 convention)", "/created", 1735689600, "type"),
      wrongValue("wrong format: created is not a date-time", "/created", "yesterday", "format"),
      missing("missing required: related_object", "/related_object"),
      missing("missing required: related_object.url", "/related_object/url"),
      wrongValue("wrong object value: object is event (v1)", "/object", "event", "enum"),
      wrongValue("wrong value: reason.type", "/reason/type", "automatic", "enum"),
      wrongValue("null where not nullable: id", "/id", null, "type"),
    ],
  },
  {
    schema: "v2.core.event_notification",
    cassette: "v2-thin-event-notification",
    mutations: [
      wrongValue("wrong type: context is a number", "/context", 0, "type"),
      missing("missing required: reason", "/reason"),
      wrongValue(
        "wrong object value: object is v2.core.event_notification",
        "/object",
        "v2.core.event_notification",
        "enum",
      ),
      wrongValue("null where not nullable: livemode", "/livemode", null, "type"),
      // An unknown thin type is valid here (Stripe adds types continually); a non-string is not.
      wrongValue("wrong type: type is a number", "/type", 7, "type"),
    ],
  },
  {
    schema: "v2.core.event_destination.ping.notification",
    cassette: "v2-thin-event-notification",
    mutations: [
      wrongValue(
        "another thin type: type is v1.billing.meter.no_meter_found",
        "/type",
        "v1.billing.meter.no_meter_found",
        "const",
      ),
      wrongValue("null where this type has a related object: related_object", "/related_object", null, "type"),
      missing("missing required: related_object", "/related_object"),
      wrongValue("wrong object value: object is event (v1)", "/object", "event", "enum"),
    ],
  },
  {
    schema: "v2.core.event_list",
    cassette: "v2-events-list-200",
    mutations: [
      wrongValue("wrong type: next_page_url is a number", "/next_page_url", 2, "type"),
      missing("missing required: previous_page_url", "/previous_page_url"),
      wrongValue("wrong object value inside an item: data[0].object", "/data/0/object", "event", "enum"),
      wrongValue("null where not nullable: data", "/data", null, "type"),
    ],
  },
  {
    schema: "v2.error",
    cassette: "v2-event-retrieve-404",
    mutations: [
      missing("missing required: error.type", "/error/type"),
      wrongValue("wrong type: error is a string", "/error", "not_found", "type"),
      wrongValue("null where not nullable: error.message", "/error/message", null, "type"),
    ],
  },
];

/** The base documents are the documented examples, found among the loaded cassettes. */
function baseFrom(
  cassettes: readonly LoadedCassette[],
  name: string,
): { baseSource: string; base: unknown } | undefined {
  const found = cassettes.find(
    (loaded) => loaded.cassette.source.kind === "documented-example" && loaded.file.endsWith(`/${name}.json`),
  );
  if (found === undefined) return undefined;
  const { cassette } = found;
  return { baseSource: found.file, base: cassette.kind === "http" ? cassette.response.body : cassette.delivery.body };
}

/** Every table, for this repository's cassettes, which have every base document. */
export function mutationTables(cassettes: readonly LoadedCassette[]): MutationTable[] {
  const { tables, inapplicable } = applicableMutationTables(
    cassettes,
    TABLES.map((table) => table.schema),
  );
  if (inapplicable.length > 0)
    throw new Error(
      `Negative tables need ${inapplicable.map(({ schema, reason }) => `${schema}: ${reason}`).join("; ")}`,
    );
  return tables;
}

export interface InapplicableTable {
  readonly schema: string;
  readonly reason: string;
}

/**
 * The tables a project can run: its validators know the schema and its cassettes hold the documented
 * example the mutations start from (as `init` writes them). The others, with the reason.
 */
export function applicableMutationTables(
  cassettes: readonly LoadedCassette[],
  schemaNames: readonly string[],
): { tables: MutationTable[]; inapplicable: InapplicableTable[] } {
  const tables: MutationTable[] = [];
  const inapplicable: InapplicableTable[] = [];
  for (const { schema, cassette, mutations } of TABLES) {
    const base = baseFrom(cassettes, cassette);
    if (!schemaNames.includes(schema)) inapplicable.push({ schema, reason: "no generated validator of that name" });
    else if (base === undefined)
      inapplicable.push({ schema, reason: `no documented-example cassette ${cassette}.json` });
    else tables.push({ schema, ...base, mutations });
  }
  return { tables, inapplicable };
}
