// Parameters of a matched operation pair: matched by location and name (header names ignoring
// case), then required-ness, serialization, description and schema compared.
import { toPointer, valueAtPointer } from "../core/json-pointer.ts";
import type { ParameterModel } from "../generator/model/api-model.ts";
import { followRefs } from "../generator/model/refs.ts";
import { compareSchemas } from "./compare-schemas.ts";
import { child, type Located } from "./located-schema.ts";
import { type OperationPair, type PairCheck, pairUp, runPairChecks } from "./operation-pair.ts";

const named = (parameter: ParameterModel) => `${parameter.in} parameter "${parameter.name}"`;

const PARAMETER_CHECKS: readonly PairCheck<ParameterModel>[] = [
  {
    severity: "breaking",
    rule: "request-parameter-required",
    applies: (old, newer) => !old.required && newer.required,
    reason: (_old, newer) => `${named(newer)} is now required`,
  },
  {
    severity: "safe",
    rule: "request-parameter-optional",
    applies: (old, newer) => old.required && !newer.required,
    reason: (_old, newer) => `${named(newer)} is now optional`,
  },
  {
    severity: "breaking",
    rule: "request-parameter-serialization-changed",
    applies: (old, newer) => old.style !== newer.style || old.explode !== newer.explode,
    reason: (old, newer) =>
      `serialization style=${old.style} explode=${old.explode} → style=${newer.style} explode=${newer.explode}; existing callers encode it the old way`,
  },
  {
    severity: "safe",
    rule: "description-changed",
    applies: (old, newer) => old.description !== newer.description,
    reason: () => "parameter description changed (documentation only)",
  },
];

function parameterKey(parameter: ParameterModel): string {
  // Header names are case-insensitive on the wire.
  return `${parameter.in} ${parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name}`;
}

export function compareParameters(pair: OperationPair): void {
  const { context, old, newer, label } = pair;
  const where = (parameter: ParameterModel) => `${label} ${named(parameter)}`;
  const oldAt = (parameter: ParameterModel) => parameterAt(context.oldDocument, pair.oldAt, old.path, parameter);
  const newAt = (parameter: ParameterModel) => parameterAt(context.newDocument, pair.newAt, newer.path, parameter);
  pairUp(old.parameters, newer.parameters, parameterKey, {
    removed: (parameter) =>
      context.report({
        severity: "warning",
        rule: "request-parameter-removed",
        location: where(parameter),
        oldPointer: oldAt(parameter).pointer,
        newPointer: newer.pointer,
        reason: `${named(parameter)} was removed; callers that still send it may be rejected`,
      }),
    matched: (oldParameter, newParameter) => {
      const place = { location: where(oldParameter), oldAt: oldAt(oldParameter), newAt: newAt(newParameter) };
      compareParameterPair(pair, place, oldParameter, newParameter);
    },
    added: (parameter) =>
      context.report({
        severity: parameter.required ? "breaking" : "safe",
        rule: parameter.required ? "request-parameter-added-required" : "request-parameter-added",
        location: where(parameter),
        oldPointer: old.pointer,
        newPointer: newAt(parameter).pointer,
        reason: parameter.required
          ? `new required ${named(parameter)}; existing callers do not send it`
          : `new optional ${named(parameter)}`,
      }),
  });
}

function compareParameterPair(
  { context }: OperationPair,
  place: { location: string; oldAt: Located; newAt: Located },
  old: ParameterModel,
  newer: ParameterModel,
): void {
  const { location, oldAt, newAt } = place;
  runPairChecks(context, PARAMETER_CHECKS, old, newer, {
    location,
    oldPointer: oldAt.pointer,
    newPointer: newAt.pointer,
  });
  compareSchemas({ context, direction: "request", location }, parameterSchemaAt(oldAt), parameterSchemaAt(newAt));
}

/** Where the parameter object lives: operation level wins over path level, $refs followed. */
function parameterAt(document: unknown, operationAt: Located, path: string, parameter: ParameterModel): Located {
  const pointer = toPointer(["paths", path]);
  const pathItemAt = { pointer, value: valueAtPointer(document, pointer) };
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
