// OpenAPI 3.1 `webhooks:` → WebhookModel: each entry is a Path Item (or a $ref to one) whose
// operations describe requests the API sends to its users. Only the request body matters to a
// receiver: it gets a named type and a validator like any response body.
import { escapePointerToken } from "../../core/json-pointer.ts";
import type { HttpMethod } from "../../runtime/operation.ts";
import { SpecError, type SpecProblem } from "../spec-error.ts";
import { type ApiModel, PATH_ITEM_METHODS, type SchemaObject, type SpecModel, type WebhookModel } from "./api-model.ts";
import { buildRequestBody } from "./build-operation.ts";
import { type NameRegistry, toTypeName } from "./names.ts";
import { derefValue } from "./refs.ts";

export function collectWebhooks(
  specs: readonly SpecModel[],
  typeNames: NameRegistry,
  schemaByRef: ApiModel["schemaByRef"],
): WebhookModel[] {
  const collected = specs.flatMap((spec) => {
    const webhooks = spec.version === "3.1" ? spec.document.webhooks : undefined;
    if (typeof webhooks !== "object" || webhooks === null) return [];
    return Object.entries(webhooks as Record<string, unknown>).flatMap(([name, item]) =>
      webhookOperations(spec, name, derefValue(spec.document, item), typeNames, schemaByRef),
    );
  });
  assertUniqueKeys(collected);
  return collected;
}

/** Two specs of one run may not both name a webhook alike: the generated map has one entry per key. */
function assertUniqueKeys(webhooks: readonly WebhookModel[]): void {
  const seen = new Map<string, WebhookModel>();
  const problems: SpecProblem[] = [];
  for (const webhook of webhooks) {
    const earlier = seen.get(webhook.key);
    if (earlier)
      problems.push({
        file: webhook.spec.file,
        pointer: webhook.pointer,
        message: `webhook "${webhook.key}" is also defined in ${earlier.spec.file} #${earlier.pointer}`,
      });
    else seen.set(webhook.key, webhook);
  }
  if (problems.length > 0)
    throw new SpecError(problems, "Rename one of the webhooks: names must be unique across the specs of one run.");
}

function webhookOperations(
  spec: SpecModel,
  name: string,
  pathItem: unknown,
  typeNames: NameRegistry,
  schemaByRef: ApiModel["schemaByRef"],
): WebhookModel[] {
  if (typeof pathItem !== "object" || pathItem === null) return [];
  const item = pathItem as Record<string, Record<string, unknown> | undefined>;
  const methods = PATH_ITEM_METHODS.filter((method) => typeof item[method] === "object" && item[method] !== null);
  return methods.map((method) => {
    const operation = item[method]!;
    const key = methods.length > 1 ? `${name}.${method}` : name;
    const requestBody = buildRequestBody(spec.document, operation.requestBody);
    return {
      name,
      key,
      method: method.toUpperCase() as HttpMethod,
      pointer: `/webhooks/${escapePointerToken(name)}/${method}`,
      summary: text(operation.summary),
      description: text(operation.description),
      spec,
      typePrefix: typeNames.claim(`${toTypeName(key)}Webhook`),
      requestBody,
      validatorName: requestBody && bodyValidatorName(spec, requestBody.schema, `webhook.${key}`, schemaByRef),
    };
  });
}

function bodyValidatorName(
  spec: SpecModel,
  schema: SchemaObject | boolean,
  inlineName: string,
  schemaByRef: ApiModel["schemaByRef"],
): string {
  const ref = typeof schema === "object" ? schema.$ref : undefined;
  return (typeof ref === "string" ? schemaByRef(spec, ref)?.name : undefined) ?? inlineName;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
