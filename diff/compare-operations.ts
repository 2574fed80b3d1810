// Operation-level comparison: operations matched by method and path (path parameter names
// ignored, since renaming {id} changes nothing on the wire), then their parameters, request
// body and responses, handing each schema pair to the schema walker.

import { escapePointerToken, valueAtPointer } from "../core/json-pointer.ts";
import type { OperationModel } from "../generator/model/api-model.ts";
import { compareRequestBody, compareResponses } from "./compare-bodies.ts";
import { compareParameters } from "./compare-parameters.ts";
import type { DiffContext } from "./diff-context.ts";
import { type OperationPair, type PairCheck, pairUp, runPairChecks } from "./operation-pair.ts";

const labelOf = (operation: OperationModel) => `${operation.method} ${operation.path}`;

const OPERATION_CHECKS: readonly PairCheck<OperationModel>[] = [
  {
    severity: "warning",
    rule: "operation-id-changed",
    applies: (old, newer) => old.operationId !== newer.operationId,
    reason: (old, newer) =>
      `operationId "${old.operationId}" → "${newer.operationId}": the generated client method is renamed`,
    oldMember: "/operationId",
    newMember: "/operationId",
  },
  {
    severity: "warning",
    rule: "operation-deprecated",
    applies: (old, newer) => !old.deprecated && Boolean(newer.deprecated),
    reason: (old) => `operation ${labelOf(old)} is now deprecated`,
    newMember: "/deprecated",
  },
  {
    severity: "safe",
    rule: "description-changed",
    applies: (old, newer) => old.summary !== newer.summary || old.description !== newer.description,
    reason: () => "operation summary or description changed (documentation only)",
  },
];

export function operationKey(operation: OperationModel): string {
  return `${operation.method} ${operation.path.replace(/\{[^}]*\}/g, "{}")}`;
}

export function compareOperationLists(
  context: DiffContext,
  oldOperations: readonly OperationModel[],
  newOperations: readonly OperationModel[],
): void {
  pairUp(oldOperations, newOperations, operationKey, {
    removed: (old) =>
      context.report({
        severity: "breaking",
        rule: "operation-removed",
        location: labelOf(old),
        oldPointer: old.pointer,
        newPointer: closestPath(context.newDocument, old.path),
        reason: `operation ${labelOf(old)} (${old.operationId}) was removed`,
      }),
    matched: (old, newer) => compareOperation(pairOf(context, old, newer)),
    added: (newer) =>
      context.report({
        severity: "safe",
        rule: "operation-added",
        location: labelOf(newer),
        oldPointer: closestPath(context.oldDocument, newer.path),
        newPointer: newer.pointer,
        reason: `new operation ${labelOf(newer)} (${newer.operationId})`,
      }),
  });
}

function pairOf(context: DiffContext, old: OperationModel, newer: OperationModel): OperationPair {
  const oldAt = { pointer: old.pointer, value: valueAtPointer(context.oldDocument, old.pointer) };
  const newAt = { pointer: newer.pointer, value: valueAtPointer(context.newDocument, newer.pointer) };
  return { context, old, newer, oldAt, newAt, label: labelOf(old) };
}

function closestPath(document: unknown, path: string): string {
  const pointer = `/paths/${escapePointerToken(path)}`;
  return valueAtPointer(document, pointer) === undefined ? "/paths" : pointer;
}

function compareOperation(pair: OperationPair): void {
  const { context, old, newer, label } = pair;
  runPairChecks(context, OPERATION_CHECKS, old, newer, {
    location: label,
    oldPointer: old.pointer,
    newPointer: newer.pointer,
  });
  compareParameters(pair);
  compareRequestBody(pair);
  compareResponses(pair);
}
