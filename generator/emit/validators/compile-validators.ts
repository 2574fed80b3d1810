// Precompiles every validator with Ajv2020 into one standalone ESM module, so consumers never
// compile schemas at run time (no eval/new Function in their process). Each entry is compiled on
// its own (compile-entry.ts) under a content key (entry-key.ts), so a later run takes the entries
// whose key it has seen from its cache and compiles only the others.

import { NameRegistry, validatorExportName } from "../../model/names.ts";
import { CODE_WRITERS } from "../../write/fingerprint.ts";
import { addDocuments, compileUnit, entryRefOf, registerEntries, type Unit } from "./ajv-entries.ts";
import type { EntryCode } from "./compile-entry.ts";
import { compileFromPlan } from "./compile-from-plan.ts";
import { entryKey, type KeyContext, keyedEntries, type UnitCodes } from "./entry-key.ts";
import { type EntryRef, fragmentOf, readsAsItsRef } from "./entry-plan.ts";
import { moduleImports } from "./esm-imports.ts";
import type { FormatOptions } from "./formats.ts";
import { localUrlResolver, type UrlResolver } from "./local-urls.ts";
import { type Ajv, validatorAjv } from "./validator-ajv.ts";
import { registryCode } from "./validator-registry.ts";

export interface ValidatorDocument {
  /** Absolute $id the document is registered under. */
  readonly id: string;
  readonly file: string;
  readonly document: Record<string, unknown>;
  /** validator name → JSON pointer into the document ("" for the root). */
  readonly entries: ReadonlyMap<string, string>;
}

export interface CompiledValidators {
  /** ESM source of the module. */
  readonly code: string;
  /** validator name → export name in `code` (validatorExportName, made unique in entry order). */
  readonly exportNames: ReadonlyMap<string, string>;
  /** How many entries were taken from the cache rather than compiled. */
  readonly reusedCount: number;
  /** SHA-256 (hex) of `code`, when the validator worker made it (for the manifest: output-files.ts). */
  readonly codeSha256?: string;
}

export interface CompiledEntries extends CompiledValidators {
  /** Each keyed entry's code, for the next run's cache (write/validator-cache.ts); keyed on the first call when no cache was given. */
  readonly entries: () => ReadonlyMap<string, EntryCode>;
}

export interface CompileOptions extends FormatOptions {
  /** Entry code by content key from an earlier run (validator-cache.ts); nothing is reused without it. */
  readonly cache?: ReadonlyMap<string, EntryCode>;
  /** What every entry's code depends on besides its schemas: the generator's version and code. */
  readonly salt?: string;
  /** The lines the module starts with (the file's header, see file-header.ts). */
  readonly header?: string;
}

export function compileValidators(
  documents: readonly ValidatorDocument[],
  formatsImport: string,
  options: CompileOptions = {},
): CompiledEntries {
  const ajv = validatorAjv(options);
  const resolveUrl = localUrlResolver(ajv.opts.uriResolver);
  const exportNames = new Map<string, string>();
  const refs = exportRefs(resolveUrl, documents, exportNames);
  const salt = JSON.stringify([options.salt, CODE_WRITERS, options.formats, options.ignoreFormats, formatsImport]);
  const context = { salt, cache: options.cache, resolveUrl };
  // With a cache, most entries need no ajv set up over the whole document (compile-from-plan.ts).
  const planned = options.cache?.size ? compileFromPlan(ajv, refs, context) : undefined;
  const run =
    planned === undefined || planned === "ajv used"
      ? compileWithAjv(planned ? validatorAjv(options) : ajv, documents, refs, context)
      : planned;
  const code = moduleCode(options.header ?? "", formatsImport, run.codes, run.aliases) + registryCode(exportNames);
  return { code, exportNames, entries: run.entries, reusedCount: run.reusedCount };
}

/** Every entry resolved and registered by ajv over whole documents; the cache's entries taken, the others compiled. */
function compileWithAjv(
  ajv: Ajv,
  documents: readonly ValidatorDocument[],
  refs: readonly EntryRef[],
  { salt, cache, resolveUrl }: KeyContext,
): UnitCodes {
  addDocuments(ajv, documents);
  const registered = registerEntries(ajv, refs);
  const keyOf = (unit: Unit) =>
    entryKey({
      salt,
      ...unit,
      schema: unit.env.schema,
      entryRefs: entryRefOf(ajv, resolveUrl, registered, unit),
      readsAsItsRef: (schema) => readsAsItsRef(schema, ajv.RULES),
    });
  // With nothing to look up, keys are only for the next run: computed when asked for.
  const lookup = cache !== undefined && cache.size > 0;
  const keys = registered.units.map((unit) => (lookup ? keyOf(unit) : undefined));
  const cached = keys.map((key) => (key === undefined ? undefined : cache?.get(key)));
  const codes = registered.units.map((unit, index) => cached[index] ?? compileUnit(ajv, unit, registered.stubs));
  const reusedCount = cached.filter((code) => code !== undefined).length;
  const units = registered.units.map((unit, index) => ({
    documentId: unit.documentId,
    key: () => (lookup ? keys[index] : keyOf(unit)),
  }));
  return { codes, aliases: registered.aliases, reusedCount, entries: () => keyedEntries(units, codes) };
}

function moduleCode(
  header: string,
  formatsImport: string,
  codes: readonly EntryCode[],
  aliases: ReadonlyMap<string, string>,
): string {
  const modules = new Set(codes.flatMap((code) => code.modules));
  const aliasCode = [...aliases].map(([name, target]) => `export const ${name} = ${target};\n`).join("");
  return `${header}import { formats as __formats } from ${JSON.stringify(formatsImport)};\n${moduleImports([...modules].sort())}${codes.map((code) => code.code).join("")}${aliasCode}`;
}

/** Each entry with its export name and URL, in entry order; fills `exportNames` (validator name → export name). */
function exportRefs(
  resolveUrl: UrlResolver,
  documents: readonly ValidatorDocument[],
  exportNames: Map<string, string>,
): EntryRef[] {
  const refs: EntryRef[] = [];
  const taken = new NameRegistry();
  for (const document of documents) {
    for (const [name, pointer] of document.entries) {
      const exportName = taken.claim(validatorExportName(name));
      exportNames.set(name, exportName);
      refs.push({ exportName, url: resolveUrl(document.id, fragmentOf(pointer)), pointer, document });
    }
  }
  return refs;
}
