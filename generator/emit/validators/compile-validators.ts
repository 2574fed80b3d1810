// Precompiles every validator with Ajv2020 into one standalone ESM module, so consumers never
// compile schemas at run time (no eval/new Function in their process).

import { _ } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import { resolveSchema, SchemaEnv } from "ajv/dist/compile/index.js";
import { resolveUrl } from "ajv/dist/compile/resolve.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import addFormatsModule from "ajv-formats";
import { NameRegistry, validatorExportName } from "../../model/names.ts";
import { SpecError } from "../../spec-error.ts";
import { requiresToImports } from "./esm-imports.ts";
import { type FormatOptions, registerFormats } from "./formats.ts";

// CommonJS packages: Node's default import is module.exports, and each also sets exports.default.
const Ajv2020 = Ajv2020Module.default;
const standaloneCode = standaloneModule.default;
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
}

export function compileValidators(
  documents: readonly ValidatorDocument[],
  formatsImport: string,
  formatOptions: FormatOptions = {},
): CompiledValidators {
  const ajv = newAjv(formatOptions);
  addDocuments(ajv, documents);
  const exportNames = new Map<string, string>();
  const refs = exportRefs(ajv, documents, exportNames);
  const aliases = registerEntries(ajv, refs);
  const code = compile(ajv, Object.fromEntries([...refs].filter(([name]) => !aliases.has(name))), documents);
  const { code: esm } = requiresToImports(code);
  const aliasCode = [...aliases].map(([name, target]) => `export const ${name} = ${target};\n`).join("");
  return {
    code: `import { formats as __formats } from ${JSON.stringify(formatsImport)};\n${esm}\n${aliasCode}`,
    exportNames,
  };
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

/** Export name → the URL of its schema; fills `exportNames` (validator name → export name) in entry order. */
function exportRefs(
  ajv: Ajv,
  documents: readonly ValidatorDocument[],
  exportNames: Map<string, string>,
): Map<string, string> {
  const refs = new Map<string, string>();
  const taken = new NameRegistry();
  for (const { id, entries } of documents) {
    for (const [name, pointer] of entries) {
      const exportName = taken.claim(validatorExportName(name));
      exportNames.set(name, exportName);
      const fragment = `#${pointer.split("/").map(encodeURIComponent).join("/")}`;
      refs.set(exportName, resolveUrl(ajv.opts.uriResolver, id, fragment));
    }
  }
  return refs;
}

/**
 * Registers every entry under its URL before anything is compiled, as ajv's getSchema would one at
 * a time. A $ref elsewhere to the same URL then finds this entry, so each schema is compiled once:
 * otherwise ajv compiles an exported schema a second time apart from the copy it compiled for the
 * $refs to it (Stripe's spec: 40% of the code and of the compile time). Entries that resolve to
 * the same schema (a component that is only a $ref to another) share one function: the returned
 * map names, for each such export, the earlier export it is an alias of (ajv's standalone code
 * would declare a function twice if two exports named it).
 */
function registerEntries(ajv: Ajv, refs: ReadonlyMap<string, string>): Map<string, string> {
  const bySchema = new Map<unknown, { env: SchemaEnv; exportName: string }>();
  const aliases = new Map<string, string>();
  for (const [exportName, url] of refs) {
    // A document's root is registered by addSchema already.
    if (!url.includes("#/")) continue;
    const found = resolveSchema.call(ajv, new SchemaEnv({ schema: {}, schemaId: ajv.opts.schemaId }), url);
    if (!found) continue; // ajv's getSchema reports the missing schema when it compiles
    const known = bySchema.get(found.schema);
    if (known && known.env.root === found.root && known.env.baseId === found.baseId) {
      aliases.set(exportName, known.exportName);
      continue;
    }
    bySchema.set(found.schema, { env: found, exportName });
    ajv.refs[url] = found;
  }
  return aliases;
}

function compile(ajv: Ajv, refs: Record<string, string>, documents: readonly ValidatorDocument[]): string {
  try {
    return standaloneCode(ajv, refs);
  } catch (error) {
    const files = [...new Set(documents.map((document) => document.file))].join(", ");
    throw SpecError.single(
      { file: files, message: `schemas cannot be compiled to validators: ${(error as Error).message}` },
      "Fix the schema named in the message (often a $ref that points at a non-schema).",
    );
  }
}
