// Precompiles every validator with Ajv2020 into one standalone ESM module, so consumers never
// compile schemas at run time (no eval/new Function in their process).

import { _ } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
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
    code: { source: true, esm: true, lines: false, optimize: false, formats: _`__formats` },
  });
  addFormats(ajv);
  registerFormats(ajv, formatOptions);
  const exportNames = new Map<string, string>();
  const refs: Record<string, string> = {};
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
  const taken = new NameRegistry();
  for (const { id, entries } of documents) {
    for (const [name, pointer] of entries) {
      const exportName = taken.claim(validatorExportName(name));
      exportNames.set(name, exportName);
      refs[exportName] = `${id}#${pointer.split("/").map(encodeURIComponent).join("/")}`;
    }
  }
  const code = compile(ajv, refs, documents);
  const { code: esm } = requiresToImports(code);
  return { code: `import { formats as __formats } from ${JSON.stringify(formatsImport)};\n${esm}\n`, exportNames };
}

function compile(
  ajv: InstanceType<typeof Ajv2020>,
  refs: Record<string, string>,
  documents: readonly ValidatorDocument[],
): string {
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
