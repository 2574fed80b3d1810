// The named type of a webhook's request body in types.ts, e.g. V2CoreEventDestinationPingWebhookBody:
// an alias of the component for a $ref body, a full declaration for an inline one.
import type { WebhookModel } from "../model/api-model.ts";
import type { NameRegistry } from "../model/names.ts";
import type { PartDeclaration } from "./operation-types.ts";

export function webhookBodyPart(webhook: WebhookModel, registry: NameRegistry): PartDeclaration | undefined {
  const body = webhook.requestBody;
  if (body === undefined) return undefined;
  const summary = webhook.summary ?? webhook.description;
  return {
    name: registry.claim(`${webhook.typePrefix}Body`),
    schema: body.schema,
    docs: [
      ...(summary === undefined ? [] : [summary]),
      `Request body of webhook \`${webhook.name}\` (${webhook.method}, ${body.contentType}; ${webhook.spec.file} #${webhook.pointer}).`,
    ],
  };
}
