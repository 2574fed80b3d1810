// What the API sends rather than answers: OpenAPI 3.1 `webhooks:` request bodies and the event
// payloads the specs mark (the v1 event, each thin notification). They are read like responses
// (code that receives them breaks when they widen), and compared before the component schemas, so a
// change to a shared schema lists the webhook payload among the places that reach it.
import { valueAtPointer } from "../core/json-pointer.ts";
import type { ApiModel, NamedSchema, WebhookModel } from "../generator/model/api-model.ts";
import { followRefs } from "../generator/model/refs.ts";
import { compareSchemas } from "./compare-schemas.ts";
import type { DiffContext } from "./diff-context.ts";
import type { DiffSide } from "./load-spec-model.ts";
import { child, type Located } from "./located-schema.ts";
import { pairUp } from "./operation-pair.ts";

export function compareWebhooks(context: DiffContext, old: DiffSide, newer: DiffSide): void {
  pairUp(ownWebhooks(old), ownWebhooks(newer), (webhook) => webhook.key, {
    removed: (gone) =>
      context.report({
        severity: "breaking",
        rule: "webhook-removed",
        location: label(gone),
        oldPointer: gone.pointer,
        newPointer: "",
        reason: `webhook ${gone.key} was removed: its body type and validator disappear`,
      }),
    matched: (before, after) => {
      const oldBody = webhookBody(context.oldDocument, before);
      const newBody = webhookBody(context.newDocument, after);
      if (oldBody && newBody)
        compareSchemas({ context, direction: "response", location: `${label(before)} body $` }, oldBody, newBody);
    },
    added: (added) =>
      context.report({
        severity: "safe",
        rule: "webhook-added",
        location: label(added),
        oldPointer: "",
        newPointer: added.pointer,
        reason: `new webhook ${added.key}`,
      }),
  });
  compareEventPayloads(context, old.model, newer.model);
}

function ownWebhooks(side: DiffSide): WebhookModel[] {
  return side.model.webhooks.filter((webhook) => webhook.spec === side.spec);
}

const label = (webhook: WebhookModel) => `webhook ${webhook.key}`;

function webhookBody(document: unknown, webhook: WebhookModel): Located | undefined {
  if (webhook.requestBody === undefined) return undefined;
  const operation = { pointer: webhook.pointer, value: valueAtPointer(document, webhook.pointer) };
  const requestBody = followRefs(document, child(operation, "requestBody"));
  return child(requestBody, "content", webhook.requestBody.contentType, "schema");
}

/** The payloads the specs mark as events, by role, so the same role is compared on both sides. */
function eventPayloads(model: ApiModel): Map<string, NamedSchema> {
  const payloads = new Map<string, NamedSchema>();
  if (model.events.event) payloads.set("webhook payload (v1 event)", model.events.event);
  if (model.events.notification) payloads.set("webhook payload (thin event notification)", model.events.notification);
  for (const type of model.events.types) {
    const role =
      type.kind === "thin"
        ? `webhook payload (${type.eventType} notification)`
        : `webhook payload (${type.eventType} data)`;
    payloads.set(role, type.schema);
  }
  return payloads;
}

function compareEventPayloads(context: DiffContext, old: ApiModel, newer: ApiModel): void {
  const newPayloads = eventPayloads(newer);
  for (const [role, before] of eventPayloads(old)) {
    const after = newPayloads.get(role);
    if (after === undefined) continue;
    compareSchemas(
      { context, direction: "response", location: `${role} $` },
      { pointer: before.ref.slice(1), value: before.schema },
      { pointer: after.ref.slice(1), value: after.schema },
    );
  }
}
