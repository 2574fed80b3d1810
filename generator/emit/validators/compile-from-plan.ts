// A run with a validator cache: the entries and their keys come from the plan (entry-plan.ts), not
// from ajv over whole documents, and ajv is set up over only what the entries the cache lacks read
// (a one-component edit of Stripe's spec: one entry and what it $refs, instead of 1,117 entries'
// documents). The module is the one compileWithAjv would write: the same units, aliases and keys,
// and each compiled entry's code depends only on what its key covers.
import { SchemaEnv } from "ajv/dist/compile/index.js";
import { normalizeId } from "ajv/dist/compile/resolve.js";
import { addDocuments, compileUnit, entryEnv, type Unit, unitOf } from "./ajv-entries.ts";
import { type EntryCode, EntryStubs } from "./compile-entry.ts";
import type { ValidatorDocument } from "./compile-validators.ts";
import { entryKey, type KeyContext, keyedEntries, type UnitCodes } from "./entry-key.ts";
import {
  type EntryPlan,
  type EntryRef,
  type PlannedUnit,
  partialDocuments,
  planEntries,
  readsAsItsRef,
} from "./entry-plan.ts";
import type { Ajv } from "./validator-ajv.ts";

/**
 * The units' codes; undefined when the plan cannot be made (nothing done: the caller may use the
 * same ajv), "ajv used" when it was made but ajv resolved an entry otherwise (the caller needs a
 * fresh ajv; no such case is known, this is the guard of the mirror).
 */
export function compileFromPlan(
  ajv: Ajv,
  refs: readonly EntryRef[],
  context: KeyContext,
): UnitCodes | "ajv used" | undefined {
  const plan = planEntries(refs, ajv.RULES);
  if (!plan) return undefined;
  const keys = plan.units.map((unit) => plannedKey(plan, unit, ajv.RULES, context));
  if (keys.some((key) => key === undefined)) return undefined;
  const cached = keys.map((key) => context.cache?.get(key!));
  const missing = plan.units.filter((_, index) => cached[index] === undefined);
  const partial = missing.length === 0 ? [] : partialDocuments(plan, missing, ajv.RULES, context.resolveUrl);
  if (!partial) return undefined;
  const compiled = compileMissing(ajv, plan, missing, partial);
  if (!compiled) return "ajv used";
  const codes = plan.units.map((unit, index) => cached[index] ?? compiled.get(unit)!);
  const units = plan.units.map((unit, index) => ({ documentId: unit.ref.document.id, key: () => keys[index] }));
  return {
    codes,
    aliases: plan.aliases,
    reusedCount: plan.units.length - missing.length,
    entries: () => keyedEntries(units, codes),
  };
}

/** The key compileWithAjv gives the same entry: its schema, its $refs to entries by export name. */
function plannedKey(
  plan: EntryPlan,
  unit: PlannedUnit,
  rules: Ajv["RULES"],
  { salt, resolveUrl }: KeyContext,
): string | undefined {
  return entryKey({
    salt,
    exportName: unit.ref.exportName,
    pointer: unit.ref.pointer,
    schema: unit.schema,
    document: unit.ref.document.document,
    entryRefs: (ref) => plan.exportOfUrl.get(resolveUrl(unit.baseId, ref)),
    readsAsItsRef: (schema) => readsAsItsRef(schema, rules),
  });
}

/**
 * The missing units compiled over the partial documents, every entry of those documents a stub of
 * its export; undefined when ajv finds another schema for an entry than the plan did.
 */
function compileMissing(
  ajv: Ajv,
  plan: EntryPlan,
  missing: readonly PlannedUnit[],
  partial: readonly ValidatorDocument[],
): Map<PlannedUnit, EntryCode> | undefined {
  if (missing.length === 0) return new Map();
  addDocuments(ajv, partial);
  const units = new Map<PlannedUnit, Unit>();
  for (const planned of missing) {
    const env = entryEnv(ajv, planned.ref);
    if (env.schema !== planned.schema || env.baseId !== planned.baseId) return undefined;
    units.set(planned, unitOf(planned.ref, env));
  }
  const stubs = registerStubs(ajv, plan, new Set(partial.map((document) => document.id)));
  return new Map([...units].map(([planned, unit]) => [planned, compileUnit(ajv, unit, stubs)]));
}

/** Every entry URL of the given documents, a stub calling its unit's export (as registerEntries does). */
function registerStubs(ajv: Ajv, plan: EntryPlan, documentIds: ReadonlySet<string>): EntryStubs {
  const stubs = new EntryStubs(ajv);
  const unitOfExport = new Map(plan.units.map((unit) => [unit.ref.exportName, unit]));
  for (const [url, exportName] of plan.exportOfUrl) {
    const unit = unitOfExport.get(exportName)!;
    if (!documentIds.has(unit.ref.document.id)) continue;
    const root = ajv.schemas[normalizeId(unit.ref.document.id)]!;
    const env = new SchemaEnv({ schema: unit.schema as object, schemaId: "$id", root, baseId: unit.baseId });
    ajv.refs[url] = stubs.stub(env, exportName);
  }
  return stubs;
}
