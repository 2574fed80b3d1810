// diffSpecs: every change between two loaded specs, operations first (so each change is
// located where a consumer meets it), then webhooks and the event payloads the specs mark, then
// component schemas nothing else reaches, read as responses. A change to a shared schema is reported
// once, listing every operation and webhook that reaches it (DiffContext).
import type { NamedSchema } from "../generator/model/api-model.ts";
import { lookupRef } from "../generator/model/refs.ts";
import { type Change, sortChanges } from "./change.ts";
import { compareOperationLists } from "./compare-operations.ts";
import { compareSchemas } from "./compare-schemas.ts";
import { compareWebhooks } from "./compare-webhooks.ts";
import { DiffContext } from "./diff-context.ts";
import type { DiffSide } from "./load-spec-model.ts";

export function diffSpecs(old: DiffSide, newer: DiffSide): Change[] {
  const context = new DiffContext(old.spec, newer.spec);
  compareOperationLists(context, old.model.operations, newer.model.operations);
  compareWebhooks(context, old, newer);
  compareComponents(context, ownSchemas(old), ownSchemas(newer));
  return sortChanges(context.changes());
}

function ownSchemas(side: DiffSide): NamedSchema[] {
  return side.model.schemas.filter((schema) => schema.spec === side.spec);
}

function compareComponents(
  context: DiffContext,
  oldSchemas: readonly NamedSchema[],
  newSchemas: readonly NamedSchema[],
): void {
  const newByName = new Map(newSchemas.map((schema) => [schema.name, schema]));
  const oldNames = new Set(oldSchemas.map((schema) => schema.name));
  for (const old of oldSchemas) {
    const oldAt = { pointer: old.ref.slice(1), value: old.schema };
    const newer = newByName.get(old.name);
    const where = `schema "${old.name}"`;
    if (!newer) {
      context.report({
        severity: "breaking",
        rule: "schema-removed",
        location: where,
        oldPointer: oldAt.pointer,
        newPointer: componentsPointer(context.newDocument),
        reason: `schema "${old.name}" was removed: its generated type and validator disappear`,
      });
      continue;
    }
    compareSchemas({ context, direction: "response", location: `${where} $` }, oldAt, {
      pointer: newer.ref.slice(1),
      value: newer.schema,
    });
  }
  for (const newer of newSchemas) {
    if (!oldNames.has(newer.name))
      context.report({
        severity: "safe",
        rule: "schema-added",
        location: `schema "${newer.name}"`,
        oldPointer: componentsPointer(context.oldDocument),
        newPointer: newer.ref.slice(1),
        reason: `new schema "${newer.name}"`,
      });
  }
}

function componentsPointer(document: unknown): string {
  return lookupRef(document, "#/components/schemas") === undefined ? "" : "/components/schemas";
}
