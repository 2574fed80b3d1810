// Operation-level comparison: operations matched by method and path (path parameter names
// ignored, since renaming {id} changes nothing on the wire), then their parameters, request
// body and responses, handing each schema pair to the schema walker.

import { escapePointerToken } from "../core/json-pointer.ts";
import type { OperationModel, ParameterModel } from "../generator/model/api-model.ts";
import { followRefs, lookupRef } from "../generator/model/refs.ts";
import { compareSchemas } from "./compare-schemas.ts";
import type { DiffContext } from "./diff-context.ts";
import { child, type Located } from "./located-schema.ts";

interface OperationPair {
  readonly context: DiffContext;
  readonly old: OperationModel;
  readonly newer: OperationModel;
  readonly oldAt: Located;
  readonly newAt: Located;
  readonly label: string;
}

export function operationKey(operation: OperationModel): string {
  return `${operation.method} ${operation.path.replace(/\{[^}]*\}/g, "{}")}`;
}

export function compareOperationLists(
  context: DiffContext,
  oldOperations: readonly OperationModel[],
  newOperations: readonly OperationModel[],
): void {
  const newByKey = new Map(newOperations.map((operation) => [operationKey(operation), operation]));
  const oldKeys = new Set(oldOperations.map(operationKey));
  for (const old of oldOperations) {
    const newer = newByKey.get(operationKey(old));
    const label = `${old.method} ${old.path}`;
    if (!newer) {
      context.report(
        "breaking",
        "operation-removed",
        label,
        old.pointer,
        closestPath(context.newDocument, old.path),
        `operation ${label} (${old.operationId}) was removed`,
      );
      continue;
    }
    const oldAt = { pointer: old.pointer, value: lookupRef(context.oldDocument, old.pointer) };
    const newAt = { pointer: newer.pointer, value: lookupRef(context.newDocument, newer.pointer) };
    compareOperation({ context, old, newer, oldAt, newAt, label });
  }
  for (const newer of newOperations) {
    if (oldKeys.has(operationKey(newer))) continue;
    const label = `${newer.method} ${newer.path}`;
    context.report(
      "safe",
      "operation-added",
      label,
      closestPath(context.oldDocument, newer.path),
      newer.pointer,
      `new operation ${label} (${newer.operationId})`,
    );
  }
}

function closestPath(document: unknown, path: string): string {
  const pointer = `/paths/${escapePointerToken(path)}`;
  return lookupRef(document, `#${pointer}`) === undefined ? "/paths" : pointer;
}

function compareOperation(pair: OperationPair): void {
  const { context, old, newer, label } = pair;
  if (old.operationId !== newer.operationId) {
    context.report(
      "warning",
      "operation-id-changed",
      label,
      `${old.pointer}/operationId`,
      `${newer.pointer}/operationId`,
      `operationId "${old.operationId}" → "${newer.operationId}": the generated client method is renamed`,
    );
  }
  if (!old.deprecated && newer.deprecated)
    context.report(
      "warning",
      "operation-deprecated",
      label,
      old.pointer,
      `${newer.pointer}/deprecated`,
      `operation ${label} is now deprecated`,
    );
  if (old.summary !== newer.summary || old.description !== newer.description) {
    context.report(
      "safe",
      "description-changed",
      label,
      old.pointer,
      newer.pointer,
      "operation summary or description changed (documentation only)",
    );
  }
  compareParameters(pair);
  compareRequestBody(pair);
  compareResponses(pair);
}

function parameterKey(parameter: ParameterModel): string {
  // Header names are case-insensitive on the wire.
  return `${parameter.in} ${parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name}`;
}

function compareParameters(pair: OperationPair): void {
  const { context, old, newer, label } = pair;
  const newByKey = new Map(newer.parameters.map((parameter) => [parameterKey(parameter), parameter]));
  const oldKeys = new Set(old.parameters.map(parameterKey));
  for (const oldParameter of old.parameters) {
    const where = `${label} ${oldParameter.in} parameter "${oldParameter.name}"`;
    const oldAt = parameterAt(context.oldDocument, pair.oldAt, old.path, oldParameter);
    const newParameter = newByKey.get(parameterKey(oldParameter));
    if (!newParameter) {
      context.report(
        "warning",
        "request-parameter-removed",
        where,
        oldAt.pointer,
        `${newer.pointer}`,
        `${oldParameter.in} parameter "${oldParameter.name}" was removed; callers that still send it may be rejected`,
      );
      continue;
    }
    const newAt = parameterAt(context.newDocument, pair.newAt, newer.path, newParameter);
    if (!oldParameter.required && newParameter.required)
      context.report(
        "breaking",
        "request-parameter-required",
        where,
        oldAt.pointer,
        newAt.pointer,
        `${newParameter.in} parameter "${newParameter.name}" is now required`,
      );
    if (oldParameter.required && !newParameter.required)
      context.report(
        "safe",
        "request-parameter-optional",
        where,
        oldAt.pointer,
        newAt.pointer,
        `${newParameter.in} parameter "${newParameter.name}" is now optional`,
      );
    if (oldParameter.style !== newParameter.style || oldParameter.explode !== newParameter.explode) {
      context.report(
        "breaking",
        "request-parameter-serialization-changed",
        where,
        oldAt.pointer,
        newAt.pointer,
        `serialization style=${oldParameter.style} explode=${oldParameter.explode} → style=${newParameter.style} explode=${newParameter.explode}; existing callers encode it the old way`,
      );
    }
    if (oldParameter.description !== newParameter.description)
      context.report(
        "safe",
        "description-changed",
        where,
        oldAt.pointer,
        newAt.pointer,
        "parameter description changed (documentation only)",
      );
    compareSchemas(
      { context, direction: "request", location: where },
      parameterSchemaAt(oldAt),
      parameterSchemaAt(newAt),
    );
  }
  for (const newParameter of newer.parameters) {
    if (oldKeys.has(parameterKey(newParameter))) continue;
    const where = `${label} ${newParameter.in} parameter "${newParameter.name}"`;
    const newAt = parameterAt(context.newDocument, pair.newAt, newer.path, newParameter);
    if (newParameter.required)
      context.report(
        "breaking",
        "request-parameter-added-required",
        where,
        old.pointer,
        newAt.pointer,
        `new required ${newParameter.in} parameter "${newParameter.name}"; existing callers do not send it`,
      );
    else
      context.report(
        "safe",
        "request-parameter-added",
        where,
        old.pointer,
        newAt.pointer,
        `new optional ${newParameter.in} parameter "${newParameter.name}"`,
      );
  }
}

/** Where the parameter object lives: operation level wins over path level, $refs followed. */
function parameterAt(document: unknown, operationAt: Located, path: string, parameter: ParameterModel): Located {
  const pathItemAt = {
    pointer: `/paths/${escapePointerToken(path)}`,
    value: lookupRef(document, `#/paths/${escapePointerToken(path)}`),
  };
  for (const owner of [operationAt, pathItemAt]) {
    const list = child(owner, "parameters");
    const entries = Array.isArray(list.value) ? list.value : [];
    for (let index = 0; index < entries.length; index++) {
      const found = followRefs(document, child(list, index));
      const value = found.value as { name?: unknown; in?: unknown } | undefined;
      if (value?.name === parameter.name && value?.in === parameter.in) return found;
    }
  }
  return operationAt;
}

function parameterSchemaAt(parameterAt: Located): Located {
  const schema = child(parameterAt, "schema");
  if (schema.value !== undefined) return schema;
  const content = child(parameterAt, "content");
  const firstType = Object.keys((content.value as Record<string, unknown> | undefined) ?? {})[0];
  return firstType === undefined ? schema : child(content, firstType, "schema");
}

function compareRequestBody(pair: OperationPair): void {
  const { context, old, newer, label } = pair;
  const where = `${label} request body $`;
  const oldBody = followRefs(context.oldDocument, child(pair.oldAt, "requestBody"));
  const newBody = followRefs(context.newDocument, child(pair.newAt, "requestBody"));
  if (!old.requestBody && newer.requestBody?.required)
    context.report(
      "breaking",
      "request-body-added-required",
      where,
      old.pointer,
      newBody.pointer,
      "a request body is now required",
    );
  if (old.requestBody && !newer.requestBody)
    context.report(
      "warning",
      "request-body-removed",
      where,
      oldBody.pointer,
      newer.pointer,
      "the request body was removed; callers that still send one may be rejected",
    );
  if (!old.requestBody || !newer.requestBody) return;
  if (!old.requestBody.required && newer.requestBody.required)
    context.report(
      "breaking",
      "request-body-required",
      where,
      oldBody.pointer,
      newBody.pointer,
      "the request body is now required",
    );
  const oldSchema = child(oldBody, "content", old.requestBody.contentType, "schema");
  const newSchema = child(newBody, "content", newer.requestBody.contentType, "schema");
  compareSchemas({ context, direction: "request", location: where }, oldSchema, newSchema);
}

function compareResponses(pair: OperationPair): void {
  const { context, old, newer, label } = pair;
  const newByStatus = new Map(newer.responses.map((response) => [response.status, response]));
  const oldStatuses = new Set(old.responses.map((response) => response.status));
  for (const oldResponse of old.responses) {
    const where = `${label} → ${oldResponse.status}`;
    const entry = child(pair.oldAt, "responses", oldResponse.status);
    const newResponse = newByStatus.get(oldResponse.status);
    if (!newResponse) {
      context.report(
        "breaking",
        "response-status-removed",
        where,
        entry.pointer,
        `${newer.pointer}/responses`,
        `response ${oldResponse.status} was removed; code handling it no longer matches the spec`,
      );
      continue;
    }
    const oldAt = followRefs(context.oldDocument, entry);
    const newAt = followRefs(context.newDocument, child(pair.newAt, "responses", newResponse.status));
    if (oldResponse.schema !== undefined && newResponse.schema === undefined) {
      context.report(
        "breaking",
        "response-body-removed",
        where,
        oldAt.pointer,
        newAt.pointer,
        `response ${oldResponse.status} no longer has a JSON body`,
      );
      continue;
    }
    if (oldResponse.schema === undefined || newResponse.schema === undefined) continue;
    const oldSchema = child(oldAt, "content", oldResponse.contentType!, "schema");
    const newSchema = child(newAt, "content", newResponse.contentType!, "schema");
    compareSchemas({ context, direction: "response", location: `${where} body $` }, oldSchema, newSchema);
  }
  for (const newResponse of newer.responses) {
    if (oldStatuses.has(newResponse.status)) continue;
    const newAt = followRefs(context.newDocument, child(pair.newAt, "responses", newResponse.status));
    context.report(
      "safe",
      "response-status-added",
      `${label} → ${newResponse.status}`,
      `${old.pointer}/responses`,
      newAt.pointer,
      `new documented response ${newResponse.status}`,
    );
  }
}
