// The validators compiled with ajv over whole documents: each document added (checked against the
// JSON Schema meta-schema, meta-schema-check.ts, and walked for its ids), each entry resolved by ajv and registered as a
// stub of itself, so that a $ref to it anywhere calls its export (compile-entry.ts).

import { resolveSchema, type SchemaEnv } from "ajv/dist/compile/index.js";
import { normalizeId } from "ajv/dist/compile/resolve.js";
import { SpecError } from "../../spec-error.ts";
import { type CompiledEntry, compileEntry, type EntryCode, EntryStubs } from "./compile-entry.ts";
import type { ValidatorDocument } from "./compile-validators.ts";
import type { EntryRef } from "./entry-plan.ts";
import type { UrlResolver } from "./local-urls.ts";
import { checkAgainstMetaSchema } from "./meta-schema-check.ts";
import type { Ajv } from "./validator-ajv.ts";

export interface Unit extends CompiledEntry {
  readonly url: string;
  /** Where the entry is in its document (a JSON pointer, "" for the root). */
  readonly pointer: string;
  readonly documentId: string;
  readonly document: unknown;
  readonly file: string;
}

export interface Units {
  readonly units: Unit[];
  /** Export name → the earlier export whose function it shares. */
  readonly aliases: Map<string, string>;
  readonly stubs: EntryStubs;
}

/**
 * Every entry's schema, found before anything is compiled; then each entry's URL is registered as
 * a stub of that entry (compile-entry.ts), so a $ref to it anywhere calls its export instead of
 * compiling it again. Entries that resolve to the same schema (a component that is only a $ref to
 * another) share one function: `aliases` names, for each such export, the earlier export.
 */
export function registerEntries(ajv: Ajv, refs: readonly EntryRef[]): Units {
  const bySchema = new Map<unknown, Unit>();
  const aliases = new Map<string, string>();
  const units: Unit[] = [];
  const unitOfUrl = new Map<string, Unit>();
  for (const ref of refs) {
    const env = entryEnv(ajv, ref);
    const known = bySchema.get(env.schema);
    if (known && known.env.root === env.root && known.env.baseId === env.baseId) {
      aliases.set(ref.exportName, known.exportName);
      unitOfUrl.set(ref.url, known);
      continue;
    }
    const unit = unitOf(ref, env);
    bySchema.set(env.schema, unit);
    units.push(unit);
    unitOfUrl.set(ref.url, unit);
  }
  const stubs = new EntryStubs(ajv);
  // A document's root is not a $ref target of its own entries' stubs: it stays what addSchema registered.
  for (const [url, unit] of unitOfUrl)
    if (unit.env !== unit.env.root) ajv.refs[url] = stubs.stub(unit.env, unit.exportName);
  return { units, aliases, stubs };
}

/** The entry `ref` as a unit of its own, compiled in `env`. */
export function unitOf(ref: EntryRef, env: SchemaEnv): Unit {
  return {
    exportName: ref.exportName,
    env,
    url: ref.url,
    pointer: ref.pointer,
    documentId: ref.document.id,
    document: ref.document.document,
    file: ref.document.file,
  };
}

export function entryEnv(ajv: Ajv, ref: EntryRef): SchemaEnv {
  const root = ajv.schemas[normalizeId(ref.document.id)];
  const env = ref.pointer === "" ? root : root && resolveSchema.call(ajv, root, ref.url);
  if (env) return env;
  throw SpecError.single(
    { file: ref.document.file, pointer: ref.pointer, message: "this schema cannot be found for its validator" },
    "Check that the schema is an object at this place, or a $ref to one that exists.",
  );
}

/** The export name of the entry a local $ref of `unit` reaches, as ajv resolves it; undefined for any other target. */
export function entryRefOf(
  ajv: Ajv,
  resolveUrl: UrlResolver,
  units: Units,
  unit: Unit,
): (ref: string) => string | undefined {
  return (ref) => units.stubs.exportNameOf(ajv.refs[resolveUrl(unit.env.baseId, ref)]);
}

export function compileUnit(ajv: Ajv, unit: Unit, stubs: EntryStubs): EntryCode {
  try {
    return compileEntry(ajv, unit, stubs);
  } catch (error) {
    throw SpecError.single(
      { file: unit.file, message: `schemas cannot be compiled to validators: ${(error as Error).message}` },
      "Fix the schema named in the message (often a $ref that points at a non-schema).",
    );
  }
}

export function addDocuments(ajv: Ajv, documents: readonly ValidatorDocument[]): void {
  for (const { id, document, file } of documents) {
    try {
      // ajv's own order: the document registered (its ids checked), then checked against the meta-schema.
      ajv.addSchema(document, id);
      checkAgainstMetaSchema(ajv, document);
    } catch (error) {
      throw SpecError.single(
        { file, message: `its schemas cannot be compiled: ${(error as Error).message}` },
        "Fix the schema keyword named in the message.",
      );
    }
  }
}
