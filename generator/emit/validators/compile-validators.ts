// Precompiles every validator with Ajv2020 into one standalone ESM module, so consumers never
// compile schemas at run time (no eval/new Function in their process). Each entry is compiled on
// its own (compile-entry.ts) under a content key (entry-key.ts), so a later run takes the entries
// whose key it has seen from its cache and compiles only the others.

import { _ } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import { resolveSchema, type SchemaEnv } from "ajv/dist/compile/index.js";
import { normalizeId } from "ajv/dist/compile/resolve.js";
import addFormatsModule from "ajv-formats";
import { NameRegistry, validatorExportName } from "../../model/names.ts";
import { SpecError } from "../../spec-error.ts";
import { CODE_WRITERS } from "../../write/fingerprint.ts";
import { type CompiledEntry, compileEntry, type EntryCode, EntryStubs } from "./compile-entry.ts";
import { entryKey } from "./entry-key.ts";
import { moduleImports } from "./esm-imports.ts";
import { type FormatOptions, registerFormats } from "./formats.ts";
import { localUrlResolver, type UrlResolver } from "./local-urls.ts";
import { registryCode } from "./validator-registry.ts";

// CommonJS packages: Node's default import is module.exports, and each also sets exports.default.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

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
  const ajv = newAjv(options);
  addDocuments(ajv, documents);
  const resolveUrl = localUrlResolver(ajv.opts.uriResolver);
  const exportNames = new Map<string, string>();
  const registered = registerEntries(ajv, exportRefs(resolveUrl, documents, exportNames));
  const salt = JSON.stringify([options.salt, CODE_WRITERS, options.formats, options.ignoreFormats, formatsImport]);
  const keyOf = (unit: Unit) =>
    entryKey({ salt, ...unit, schema: unit.env.schema, entryRefs: entryRefOf(ajv, resolveUrl, registered, unit) });
  // With nothing to look up, keys are only for the next run: computed when asked for.
  const lookup = options.cache !== undefined && options.cache.size > 0;
  const keys = registered.units.map((unit) => (lookup ? keyOf(unit) : undefined));
  let reusedCount = 0;
  const codes = registered.units.map((unit, index) => {
    const cached = keys[index] === undefined ? undefined : options.cache?.get(keys[index]!);
    if (cached) reusedCount++;
    return cached ?? compileUnit(ajv, unit, registered.stubs);
  });
  const entries = () => {
    const keyed = new Map<string, EntryCode>();
    registered.units.forEach((unit, index) => {
      const key = lookup ? keys[index] : keyOf(unit);
      // The key leaves out the document's URL (it names the spec's file): code that spells it is not reused.
      if (key !== undefined && !codes[index]!.code.includes(unit.documentId)) keyed.set(key, codes[index]!);
    });
    return keyed;
  };
  const code = moduleCode(options.header ?? "", formatsImport, codes, registered.aliases) + registryCode(exportNames);
  return { code, exportNames, entries, reusedCount };
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

type Ajv = InstanceType<typeof Ajv2020>;

function newAjv(formatOptions: FormatOptions): Ajv {
  const ajv = new Ajv2020({
    strict: false,
    // Its only warnings under these options are about unknown formats, which it skips (no code);
    // the spec's unknown formats are reported once each, with their uses, by formats.ts instead.
    logger: false,
    allErrors: true,
    validateFormats: true,
    // Formats are imported by the generated module from our runtime (see runtime/formats.ts).
    // inlineRefs: false keeps one function per referenced schema instead of copying it into every user:
    // on GitHub's spec that is 53 MB of code versus a few, and most of the compile time.
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: false, formats: _`__formats`, process: sourceOnly },
  });
  addFormats(ajv);
  registerFormats(ajv, formatOptions);
  return ajv;
}

/**
 * ajv makes every schema it compiles a live function (new Function over the generated source) as
 * well as keeping the source; we only print the source, and V8's parse of it was a quarter of the
 * compile time. So our schemas get a stub body; meta-schemas stay live, since ajv validates each
 * added schema with them. The printed code is the same: it comes from the kept source.
 */
function sourceOnly(source: string, env?: SchemaEnv): string {
  return env?.root.meta
    ? source
    : 'return function sourceOnly() { throw new Error("ajv compiled this for its source only"); }';
}

function addDocuments(ajv: Ajv, documents: readonly ValidatorDocument[]): void {
  for (const { id, document, file } of documents) {
    try {
      ajv.addSchema(document, id);
    } catch (error) {
      throw SpecError.single(
        { file, message: `its schemas cannot be compiled: ${(error as Error).message}` },
        "Fix the schema keyword named in the message.",
      );
    }
  }
}

interface EntryRef {
  readonly exportName: string;
  /** The URL of the entry's schema, as ajv resolves a $ref to it. */
  readonly url: string;
  readonly pointer: string;
  readonly document: ValidatorDocument;
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
      const fragment = `#${pointer.split("/").map(encodeURIComponent).join("/")}`;
      refs.push({ exportName, url: resolveUrl(document.id, fragment), pointer, document });
    }
  }
  return refs;
}

interface Unit extends CompiledEntry {
  readonly url: string;
  /** Where the entry is in its document (a JSON pointer, "" for the root). */
  readonly pointer: string;
  readonly documentId: string;
  readonly document: unknown;
  readonly file: string;
}

interface Units {
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
function registerEntries(ajv: Ajv, refs: readonly EntryRef[]): Units {
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
    const unit = {
      exportName: ref.exportName,
      env,
      url: ref.url,
      pointer: ref.pointer,
      documentId: ref.document.id,
      document: ref.document.document,
      file: ref.document.file,
    };
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

function entryEnv(ajv: Ajv, ref: EntryRef): SchemaEnv {
  const root = ajv.schemas[normalizeId(ref.document.id)];
  const env = ref.pointer === "" ? root : root && resolveSchema.call(ajv, root, ref.url);
  if (env) return env;
  throw SpecError.single(
    { file: ref.document.file, pointer: ref.pointer, message: "this schema cannot be found for its validator" },
    "Check that the schema is an object at this place, or a $ref to one that exists.",
  );
}

/** The export name of the entry a local $ref of `unit` reaches, as ajv resolves it; undefined for any other target. */
function entryRefOf(ajv: Ajv, resolveUrl: UrlResolver, units: Units, unit: Unit): (ref: string) => string | undefined {
  return (ref) => units.stubs.exportNameOf(ajv.refs[resolveUrl(unit.env.baseId, ref)]);
}

function compileUnit(ajv: Ajv, unit: Unit, stubs: EntryStubs): EntryCode {
  try {
    return compileEntry(ajv, unit, stubs);
  } catch (error) {
    throw SpecError.single(
      { file: unit.file, message: `schemas cannot be compiled to validators: ${(error as Error).message}` },
      "Fix the schema named in the message (often a $ref that points at a non-schema).",
    );
  }
}
