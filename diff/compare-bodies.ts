// Request body and responses of a matched operation pair: a body appearing, disappearing or
// becoming required, documented statuses added or removed, and each body schema compared.
import type { ResponseModel } from "../generator/model/api-model.ts";
import { followRefs } from "../generator/model/refs.ts";
import { compareSchemas } from "./compare-schemas.ts";
import { child, type Located } from "./located-schema.ts";
import { type OperationPair, pairUp } from "./operation-pair.ts";

export function compareRequestBody(pair: OperationPair): void {
  const { context, old, newer, label } = pair;
  const location = `${label} request body $`;
  const oldBody = followRefs(context.oldDocument, child(pair.oldAt, "requestBody"));
  const newBody = followRefs(context.newDocument, child(pair.newAt, "requestBody"));
  if (!old.requestBody || !newer.requestBody) {
    reportBodyPresence(pair, location, oldBody, newBody);
    return;
  }
  if (!old.requestBody.required && newer.requestBody.required)
    context.report({
      severity: "breaking",
      rule: "request-body-required",
      location,
      oldPointer: oldBody.pointer,
      newPointer: newBody.pointer,
      reason: "the request body is now required",
    });
  const oldSchema = child(oldBody, "content", old.requestBody.contentType, "schema");
  const newSchema = child(newBody, "content", newer.requestBody.contentType, "schema");
  compareSchemas({ context, direction: "request", location }, oldSchema, newSchema);
}

/** One side has no request body: a required one appeared, or one was removed. */
function reportBodyPresence(
  { context, old, newer }: OperationPair,
  location: string,
  oldBody: Located,
  newBody: Located,
) {
  if (!old.requestBody && newer.requestBody?.required)
    context.report({
      severity: "breaking",
      rule: "request-body-added-required",
      location,
      oldPointer: old.pointer,
      newPointer: newBody.pointer,
      reason: "a request body is now required",
    });
  if (old.requestBody && !newer.requestBody)
    context.report({
      severity: "warning",
      rule: "request-body-removed",
      location,
      oldPointer: oldBody.pointer,
      newPointer: newer.pointer,
      reason: "the request body was removed; callers that still send one may be rejected",
    });
}

export function compareResponses(pair: OperationPair): void {
  const { context, old, newer, label } = pair;
  pairUp(old.responses, newer.responses, (response) => response.status, {
    removed: (response) =>
      context.report({
        severity: "breaking",
        rule: "response-status-removed",
        location: `${label} → ${response.status}`,
        oldPointer: child(pair.oldAt, "responses", response.status).pointer,
        newPointer: `${newer.pointer}/responses`,
        reason: `response ${response.status} was removed; code handling it no longer matches the spec`,
      }),
    matched: (oldResponse, newResponse) => compareResponsePair(pair, oldResponse, newResponse),
    added: (response) =>
      context.report({
        severity: "safe",
        rule: "response-status-added",
        location: `${label} → ${response.status}`,
        oldPointer: `${old.pointer}/responses`,
        newPointer: followRefs(context.newDocument, child(pair.newAt, "responses", response.status)).pointer,
        reason: `new documented response ${response.status}`,
      }),
  });
}

function compareResponsePair(pair: OperationPair, old: ResponseModel, newer: ResponseModel): void {
  const { context } = pair;
  const location = `${pair.label} → ${old.status}`;
  const oldAt = followRefs(context.oldDocument, child(pair.oldAt, "responses", old.status));
  const newAt = followRefs(context.newDocument, child(pair.newAt, "responses", newer.status));
  if (old.schema !== undefined && newer.schema === undefined) {
    context.report({
      severity: "breaking",
      rule: "response-body-removed",
      location,
      oldPointer: oldAt.pointer,
      newPointer: newAt.pointer,
      reason: `response ${old.status} no longer has a JSON body`,
    });
    return;
  }
  if (old.schema === undefined || newer.schema === undefined) return;
  const oldSchema = child(oldAt, "content", old.contentType!, "schema");
  const newSchema = child(newAt, "content", newer.contentType!, "schema");
  compareSchemas({ context, direction: "response", location: `${location} body $` }, oldSchema, newSchema);
}
