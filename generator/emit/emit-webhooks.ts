// webhooks.ts: the event map. `EventTypes` says, as types, what the specs know about events (the
// v1 event, the notification of any thin event, event type → payload, webhook name → request
// body); `eventSchemas` names the validator behind each, so a receiver checks a payload before
// it narrows it. stripe-events-contract/webhooks takes both: createWebhookReceiver<EventTypes>.
import type { ApiModel, EventCatalog, NamedSchema, WebhookModel } from "../model/api-model.ts";
import type { Declaration, Expression } from "./code/declaration.ts";
import { NEVER, objectOf, property, reference, type TypeMember, type TypeNode } from "./code/type-node.ts";

interface Entry {
  readonly key: string;
  readonly typeName: string;
  readonly validatorName: string;
  readonly docs: readonly string[];
}

/** True when the specs say anything about events or webhooks; otherwise no webhooks.ts is written. */
export function hasEventMap(model: ApiModel): boolean {
  const { event, notification, types } = model.events;
  return event !== undefined || notification !== undefined || types.length > 0 || model.webhooks.length > 0;
}

type Maps = Record<"snapshot" | "thin" | "webhooks", Entry[]>;

export function buildWebhooks(
  model: ApiModel,
  webhookTypes: ReadonlyMap<WebhookModel, string>,
  typesImport: string,
): Declaration[] {
  const maps: Maps = {
    snapshot: eventEntries(model.events, "snapshot"),
    thin: eventEntries(model.events, "thin"),
    webhooks: webhookEntries(model.webhooks, webhookTypes),
  };
  return [
    { kind: "import", from: typesImport, typeOnly: true, namespace: "T" },
    eventTypesInterface(model.events, maps),
    {
      kind: "const",
      name: "eventSchemas",
      exported: true,
      docs: ["The validator names behind EventTypes (names that validate() in validators.ts accepts)."],
      value: {
        kind: "object",
        entries: [
          { key: "event", value: quotedOrNull(model.events.event?.name) },
          { key: "notification", value: quotedOrNull(model.events.notification?.name) },
          ...(["snapshot", "thin", "webhooks"] as const).map((key) => ({ key, value: validatorObject(maps[key]) })),
        ],
      },
    },
  ];
}

function eventTypesInterface(events: EventCatalog, maps: Maps): Declaration {
  return {
    kind: "interface",
    name: "EventTypes",
    exported: true,
    docs: [
      "What the specs say about events, as types. Pass it to `createWebhookReceiver<EventTypes>()` of",
      "stripe-events-contract/webhooks together with `eventSchemas` and `validate`.",
    ],
    members: [
      baseMember("event", events.event, "The v1 event (the schema marked `x-resourceId: event`)."),
      baseMember(
        "notification",
        events.notification,
        "The notification of any thin event (`x-stripeEvent: { kind: thin }`).",
      ),
      mapMember(
        "snapshot",
        maps.snapshot,
        "v1 event type → the type of its `data` (schemas marked `x-stripeEvent: { type }`).",
      ),
      mapMember(
        "thin",
        maps.thin,
        "Thin event type → its notification (schemas marked `x-stripeEvent: { type, kind: thin }`).",
      ),
      mapMember("webhooks", maps.webhooks, "OpenAPI 3.1 `webhooks:` name → the request body the API sends."),
    ],
  };
}

function eventEntries(catalog: EventCatalog, kind: "snapshot" | "thin"): Entry[] {
  return catalog.types
    .filter((entry) => entry.kind === kind)
    .map(({ eventType, schema }) => ({
      key: eventType,
      typeName: schema.typeName,
      validatorName: schema.name,
      docs: [`Schema \`${schema.name}\` (${schema.spec.file}).`],
    }));
}

function webhookEntries(webhooks: readonly WebhookModel[], types: ReadonlyMap<WebhookModel, string>): Entry[] {
  return webhooks.flatMap((webhook) => {
    const typeName = types.get(webhook);
    if (typeName === undefined || webhook.validatorName === undefined) return [];
    return [
      {
        key: webhook.key,
        typeName,
        validatorName: webhook.validatorName,
        docs: webhook.summary ? [webhook.summary] : [],
      },
    ];
  });
}

function baseMember(key: string, named: NamedSchema | undefined, doc: string): TypeMember {
  const type: TypeNode = named ? reference(`T.${named.typeName}`) : NEVER;
  const docs = named ? [doc, `Schema \`${named.name}\` (${named.spec.file}).`] : [doc, "None in these specs."];
  return property(key, type, false, docs);
}

function mapMember(key: string, entries: readonly Entry[], doc: string): TypeMember {
  const type: TypeNode =
    entries.length === 0
      ? reference("Record", [NEVER, NEVER])
      : objectOf(
          entries.map((entry) =>
            property(JSON.stringify(entry.key), reference(`T.${entry.typeName}`), false, entry.docs),
          ),
        );
  return property(key, type, false, [doc]);
}

function validatorObject(entries: readonly Entry[]): Expression {
  if (entries.length === 0) return { kind: "code", text: "{}" };
  return {
    kind: "object",
    entries: entries.map((entry) => ({
      // A computed key keeps "__proto__" a plain key in the object literal.
      key: entry.key === "__proto__" ? `[${JSON.stringify(entry.key)}]` : JSON.stringify(entry.key),
      value: { kind: "code", text: JSON.stringify(entry.validatorName) },
    })),
  };
}

function quotedOrNull(name: string | undefined): Expression {
  return { kind: "code", text: name === undefined ? "null" : JSON.stringify(name) };
}
